// matside_screen_check: tells from a player screenshot whether it shows the ready screen or
// the work screen, for checks outside CTest (scripts/fresh-check looks at the screenshots
// of a packaged player and of `scripts/run` on a new Debian root with it).
//   matside_screen_check FILE.png ready|work   exit 0 and one line when it is that screen
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/screenshot.h"
#include "ui/theme.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace {

using matside::test::near;
using matside::test::Screenshot;
using matside::test::timerInkHeight;

// The four corners and the left edge's middle are the phase's plain background.
bool edgesAre(const Screenshot& png, matside::ui::Rgb background) {
    return near(png.at(2, 2), background) && near(png.at(png.w - 3, 2), background) &&
           near(png.at(2, png.h / 2), background) && near(png.at(png.w - 3, png.h - 3), background);
}

int fail(const std::string& why) {
    std::fprintf(stderr, "matside_screen_check: %s\n", why.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3 || (std::string(argv[2]) != "ready" && std::string(argv[2]) != "work")) {
        std::fprintf(stderr, "usage: matside_screen_check FILE.png ready|work\n");
        return 2;
    }
    const std::string file = argv[1], screen = argv[2];
    const Screenshot png = matside::test::readScreenshot(file);
    if (png.rgb.empty() || png.w < 64 || png.h < 64) return fail(file + ": not a readable screenshot");

    const bool work = screen == "work";
    const matside::ui::Palette& p =
        matside::ui::paletteFor(work ? matside::ui::Phase::Work : matside::ui::Phase::Neutral);
    if (!edgesAre(png, p.background)) return fail(file + ": the edges are not the " + p.name + " background");
    // A broken routine's sign and the It hurts card use the warning colour over a large area.
    const int warning = png.count(p.warning, 10);
    if (warning > png.w * png.h / 50) return fail(file + ": a warning sign covers the screen");
    const int text = png.count(p.text, 10);
    if (text < png.w * png.h / 400) return fail(file + ": almost no text on screen (" + std::to_string(text) + " px)");
    if (work) {
        const int ink = timerInkHeight(png, p.text);
        if (ink < png.h / 5)
            return fail(file + ": no timer a fifth of the window tall (" + std::to_string(ink) + " px of " +
                        std::to_string(png.h) + ")");
        std::printf("%s: the work screen (%dx%d, timer %d px tall, %d text pixels)\n", file.c_str(), png.w, png.h, ink,
                    text);
    } else {
        std::printf("%s: the ready screen (%dx%d, %d text pixels)\n", file.c_str(), png.w, png.h, text);
    }
    return 0;
}
