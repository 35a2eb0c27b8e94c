// Screenshot: glReadPixels of the back buffer, rows flipped, PNG via stb_image_write.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <cstring>
#include <vector>

namespace matside::platform {

std::optional<std::string> saveScreenshot(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return std::string("the window has no pixels to capture");
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    std::vector<unsigned char> pixels(row * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // GL counts rows from the bottom, PNG from the top.
    std::vector<unsigned char> line(row);
    for (int y = 0; y < height / 2; ++y) {
        unsigned char* a = pixels.data() + row * static_cast<std::size_t>(y);
        unsigned char* b = pixels.data() + row * static_cast<std::size_t>(height - 1 - y);
        std::memcpy(line.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, line.data(), row);
    }
    if (!stbi_write_png(file.c_str(), width, height, 3, pixels.data(), static_cast<int>(row)))
        return "cannot write the screenshot " + file.string();
    return std::nullopt;
}

} // namespace matside::platform
