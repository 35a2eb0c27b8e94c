// Fitting text into boxes with ImGui's own word wrap, and the text-box report for tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fitted_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace matside::ui {
namespace {

// The lines ImGui's word wrap makes of `text` at `size` pixels in `width`.
std::vector<std::string> wrapLines(ImFont* font, float size, const std::string& text, float width) {
    std::vector<std::string> lines;
    const char* s = text.c_str();
    const char* end = s + text.size();
    const float scale = size / font->FontSize;
    while (s < end) {
        const char* cut = font->CalcWordWrapPositionA(scale, s, end, std::max(width, 1.0f));
        if (cut == s) cut = s + 1; // a line must take at least one byte (ImGui does the same)
        // Never split a UTF-8 sequence: move the cut forward over continuation bytes.
        while (cut < end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;
        std::string line(s, cut);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(std::move(line));
        s = cut;
        while (s < end && *s == ' ') ++s; // the space a line broke at starts no line
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

ImVec2 extentOf(ImFont* font, float size, const std::vector<std::string>& lines) {
    float w = 0;
    for (const auto& line : lines) w = std::max(w, font->CalcTextSizeA(size, FLT_MAX, 0, line.c_str()).x);
    return ImVec2(w, size * static_cast<float>(lines.size()));
}

TextFit fitAt(ImFont* font, float size, const std::string& text, ImVec2 box) {
    TextFit fit{font, size, wrapLines(font, size, text, box.x), {}, false};
    fit.extent = extentOf(font, size, fit.lines);
    fit.fits = fit.extent.x <= box.x + 0.5f && fit.extent.y <= box.y + 0.5f;
    return fit;
}

std::ofstream* reportFile() {
    // Diagnostics only, opened once for the process: not app state.
    static std::ofstream* file = []() -> std::ofstream* {
        const char* path = std::getenv("MATSIDE_REPORT_TEXT_BOXES");
        if (!path || !*path) return nullptr;
        static std::ofstream out(path, std::ios::app);
        return out ? &out : nullptr;
    }();
    return file;
}

} // namespace

TextFit fitText(std::initializer_list<ImFont*> fonts, const std::string& text, ImVec2 box) {
    // The biggest face in which the text fits, on one line or wrapped: two lines of a big
    // face read better from the mat than one line of a small one.
    for (ImFont* font : fonts) {
        TextFit fit = fitAt(font, font->FontSize, text, box);
        if (fit.fits) return fit;
    }
    ImFont* smallest = *(fonts.end() - 1);
    TextFit fit;
    for (float scale = 0.95f; scale >= kMinTextScale - 0.001f; scale -= 0.05f) {
        fit = fitAt(smallest, smallest->FontSize * scale, text, box);
        if (fit.fits) return fit;
    }
    return fit; // overflows even at the smallest size: drawn, clipped, and reported as such
}

BlockFit fitBlock(ImFont* font, const std::vector<std::string>& items, ImVec2 box, float gap) {
    BlockFit block;
    for (float scale = 1.0f; scale >= kMinTextScale - 0.001f; scale -= 0.05f) {
        block.size = font->FontSize * scale;
        block.items.clear();
        float used = 0;
        for (const auto& item : items) {
            TextFit fit = fitAt(font, block.size, item, ImVec2(box.x, FLT_MAX));
            used += fit.extent.y + (block.items.empty() ? 0 : gap);
            fit.fits = fit.extent.x <= box.x + 0.5f;
            block.items.push_back(std::move(fit));
        }
        if (used <= box.y + 0.5f) return block;
    }
    // Even the smallest size is too tall: keep the whole items that fit above one more line.
    float used = block.size + gap; // the line that says how many were left out
    std::size_t keep = 0;
    for (; keep < block.items.size(); ++keep) {
        used += block.items[keep].extent.y + gap;
        if (used > box.y + 0.5f) break;
    }
    block.items.resize(keep);
    return block;
}

Rect drawFit(ImDrawList* draw, const TextFit& fit, ImU32 colour, const std::string& text, const Rect& box, Align align,
             std::string_view what) {
    draw->PushClipRect(box.min, box.max, true);
    float y = box.min.y;
    Rect drawn{ImVec2(FLT_MAX, box.min.y), ImVec2(-FLT_MAX, box.min.y + fit.extent.y)};
    for (const auto& line : fit.lines) {
        const float w = fit.font->CalcTextSizeA(fit.size, FLT_MAX, 0, line.c_str()).x;
        const float x = align == Align::Centre ? box.min.x + (box.width() - w) * 0.5f : box.min.x;
        draw->AddText(fit.font, fit.size, ImVec2(x, y), colour, line.c_str());
        drawn.min.x = std::min(drawn.min.x, x);
        drawn.max.x = std::max(drawn.max.x, x + w);
        y += fit.size;
    }
    draw->PopClipRect();
    if (fit.lines.empty() || drawn.min.x > drawn.max.x) drawn.min.x = drawn.max.x = box.min.x;
    reportTextBox(what, text, box, drawn);
    return drawn;
}

Rect drawFittedText(ImDrawList* draw, std::initializer_list<ImFont*> fonts, ImU32 colour, const std::string& text,
                    const Rect& box, Align align, std::string_view what) {
    return drawFit(draw, fitText(fonts, text, ImVec2(box.width(), box.height())), colour, text, box, align, what);
}

TextFit fittedTextItem(std::initializer_list<ImFont*> fonts, ImU32 colour, const std::string& text, float width,
                       float maxHeight, std::string_view what) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    TextFit fit = fitText(fonts, text, ImVec2(width, maxHeight));
    drawFit(ImGui::GetWindowDrawList(), fit, colour, text, Rect{at, ImVec2(at.x + width, at.y + maxHeight)},
            Align::Left, what);
    ImGui::Dummy(ImVec2(width, std::min(fit.extent.y, maxHeight)));
    return fit;
}

void reportTextBox(std::string_view what, const std::string& text, const Rect& box, const Rect& drawn) {
    std::ofstream* out = reportFile();
    if (!out) return;
    const nlohmann::json line = {{"what", what},
                                 {"text", text},
                                 {"box", {box.min.x, box.min.y, box.max.x, box.max.y}},
                                 {"drawn", {drawn.min.x, drawn.min.y, drawn.max.x, drawn.max.y}}};
    *out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n' << std::flush;
}

void reportLastItem(std::string_view what, const std::string& text, const Rect& box) {
    if (!reportFile()) return;
    reportTextBox(what, text, box, Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

} // namespace matside::ui
