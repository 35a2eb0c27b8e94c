// Reading our PDFs back with poppler-utils: text, page sizes, images, fonts and pixels.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace matside::test {

// Runs a poppler tool; fails the test (with what to install) when it cannot run.
std::string poppler(const std::vector<std::string>& argv);

std::string pdfText(const std::filesystem::path& pdf); // pdftotext -layout, whole file
std::string pdfInfo(const std::filesystem::path& pdf); // pdfinfo
int pdfPages(const std::filesystem::path& pdf);        // "Pages:" of pdfinfo
// Words with their boxes (pdftotext -bbox): height of each word in points.
struct Word {
    std::string text;
    int page = 0; // 0-based
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};
std::vector<Word> pdfWords(const std::filesystem::path& pdf);

// One page rendered at `dpi` (pdftoppm), RGB.
struct Raster {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;
    // Share of pixels in the rectangle (pixels) darker than `level` on any channel.
    double inkShare(int x0, int y0, int x1, int y1, int level = 200) const;
    // Share of pixels in the rectangle that are neither white nor grey (a coloured mark).
    double colourShare(int x0, int y0, int x1, int y1) const;
};
Raster renderPage(const std::filesystem::path& pdf, int page /* 1-based */, int dpi);

} // namespace matside::test
