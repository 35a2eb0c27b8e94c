// Reading the player's PNG screenshots back (stb_image) and the pixel counts the tests use.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/screenshot.h"

#include <stb_image.h>

#include <algorithm>
#include <cstdlib>

namespace matside::test {

ui::Rgb Screenshot::at(int x, int y) const {
    const auto* p = &rgb[(static_cast<std::size_t>(y) * w + x) * 3];
    return {p[0], p[1], p[2]};
}

int Screenshot::count(ui::Rgb colour, int tolerance, int y0, int y1) const {
    int n = 0;
    for (int y = std::max(y0, 0); y < (y1 < 0 ? h : std::min(y1, h)); ++y)
        for (int x = 0; x < w; ++x) n += near(at(x, y), colour, tolerance);
    return n;
}

int Screenshot::countIn(ui::Rgb colour, float x0, float x1, float y0, float y1, int tolerance) const {
    int n = 0;
    for (int y = static_cast<int>(y0 * h); y < static_cast<int>(y1 * h); ++y)
        for (int x = static_cast<int>(x0 * w); x < static_cast<int>(x1 * w); ++x)
            n += near(at(x, y), colour, tolerance);
    return n;
}

Screenshot readScreenshot(const std::filesystem::path& file) {
    Screenshot s;
    int channels = 0;
    if (unsigned char* data = stbi_load(file.c_str(), &s.w, &s.h, &channels, 3)) {
        s.rgb.assign(data, data + static_cast<std::size_t>(s.w) * s.h * 3);
        stbi_image_free(data);
    }
    return s;
}

int timerInkHeight(const Screenshot& png, ui::Rgb text) {
    int best = 0, run = 0;
    for (int y = 0; y < png.h; ++y) {
        int count = 0;
        for (int x = png.w * 3 / 10; x < png.w; ++x) count += near(png.at(x, y), text, 10);
        run = count >= 8 ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

bool near(ui::Rgb a, ui::Rgb b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

double changedShare(const Screenshot& a, const Screenshot& b) {
    if (a.w != b.w || a.h != b.h || a.rgb.empty()) return -1;
    int changed = 0, total = 0;
    for (int y = a.h / 4; y < a.h * 3 / 4; ++y)
        for (int x = a.w / 4; x < a.w * 3 / 4; ++x, ++total) {
            const std::size_t i = (static_cast<std::size_t>(y) * a.w + x) * 3;
            int d = 0;
            for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(int(a.rgb[i + c]) - int(b.rgb[i + c])));
            changed += d > 10;
        }
    return double(changed) / total;
}

} // namespace matside::test
