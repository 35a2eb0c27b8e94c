// Test fixtures for picture decoding: PNG/JPEG bytes made in memory and a scratch folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace matside::test {

using Bytes = std::vector<std::uint8_t>;

// A w x h RGBA picture with a known pattern: pixel (x, y) = (x*8, y*8, 128, 255).
Bytes patternPixels(int w, int h);
Bytes makePng(int w, int h);  // patternPixels encoded as PNG
Bytes makeJpeg(int w, int h); // patternPixels encoded as JPEG (quality 90)

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path write(const std::string& name, const Bytes& bytes) const;

private:
    std::filesystem::path m_path;
};

} // namespace matside::test
