// poppler-utils behind small helpers, for the document tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdf_tools.h"

#include "support/run_process.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

namespace matside::test {

std::string poppler(const std::vector<std::string>& args) {
    std::vector<std::string> argv = args;
    argv[0] = "/usr/bin/" + argv[0]; // runProcess does not search PATH
    const ProcessResult r = runProcess(argv, {}, 60);
    EXPECT_EQ(r.exitCode, 0) << argv[0] << " failed (install poppler-utils: scripts/install-deps): " << r.err;
    return r.out;
}

std::string pdfText(const std::filesystem::path& pdf) { return poppler({"pdftotext", "-layout", pdf.string(), "-"}); }
std::string pdfInfo(const std::filesystem::path& pdf) { return poppler({"pdfinfo", pdf.string()}); }

int pdfPages(const std::filesystem::path& pdf) {
    std::smatch m;
    const std::string info = pdfInfo(pdf);
    return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : -1;
}

std::vector<Word> pdfWords(const std::filesystem::path& pdf) {
    const std::string html = poppler({"pdftotext", "-bbox", pdf.string(), "-"});
    std::vector<Word> words;
    int page = -1;
    std::istringstream in(html);
    const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    for (std::string line; std::getline(in, line);) {
        if (line.find("<page ") != std::string::npos) ++page;
        std::smatch m;
        if (std::regex_search(line, m, word))
            words.push_back({m[5], page, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
    }
    return words;
}

double Raster::inkShare(int x0, int y0, int x1, int y1, int level) const {
    long ink = 0, all = 0;
    for (int y = std::max(y0, 0); y < std::min(y1, height); ++y)
        for (int x = std::max(x0, 0); x < std::min(x1, width); ++x) {
            const std::uint8_t* p = &rgb[(static_cast<std::size_t>(y) * width + x) * 3];
            ++all;
            ink += p[0] < level || p[1] < level || p[2] < level;
        }
    return all ? static_cast<double>(ink) / all : 0;
}

double Raster::colourShare(int x0, int y0, int x1, int y1) const {
    long coloured = 0, all = 0;
    for (int y = std::max(y0, 0); y < std::min(y1, height); ++y)
        for (int x = std::max(x0, 0); x < std::min(x1, width); ++x) {
            const std::uint8_t* p = &rgb[(static_cast<std::size_t>(y) * width + x) * 3];
            ++all;
            const int hi = std::max({p[0], p[1], p[2]}), lo = std::min({p[0], p[1], p[2]});
            coloured += hi - lo > 60;
        }
    return all ? static_cast<double>(coloured) / all : 0;
}

Raster renderPage(const std::filesystem::path& pdf, int page, int dpi) {
    const std::filesystem::path out = pdf.parent_path() / ("render-" + std::to_string(page));
    poppler({"pdftoppm", "-r", std::to_string(dpi), "-f", std::to_string(page), "-l", std::to_string(page),
             "-singlefile", pdf.string(), out.string()});
    std::ifstream in(out.string() + ".ppm", std::ios::binary);
    Raster r;
    std::string magic;
    int maxValue = 0;
    in >> magic >> r.width >> r.height >> maxValue;
    in.get();
    EXPECT_EQ(magic, "P6");
    r.rgb.resize(static_cast<std::size_t>(r.width) * r.height * 3);
    in.read(reinterpret_cast<char*>(r.rgb.data()), static_cast<std::streamsize>(r.rgb.size()));
    return r;
}

} // namespace matside::test
