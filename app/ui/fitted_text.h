// Text laid into a box: wrapped, and shrunk when wrapping is not enough, so a long name or
// message never runs past its panel; and the boxes reported for the window tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/layout.h"

#include <imgui.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace matside::ui {

enum class Align { Left, Centre };

// Where `text` goes inside `box`: the first of `fonts` (largest first) in which it fits,
// wrapped at word ends; else the last font shrunk (down to kMinTextScale of its size).
struct TextFit {
    ImFont* font = nullptr;
    float size = 0;                 // pixel size drawn at (font->FontSize, or less when shrunk)
    std::vector<std::string> lines; // the text as wrapped, every character kept
    ImVec2 extent;                  // width of the widest line, height of all lines
    bool fits = false;              // false only when even the smallest size overflows
};
inline constexpr float kMinTextScale = 0.4f;
TextFit fitText(std::initializer_list<ImFont*> fonts, const std::string& text, ImVec2 box);

// Items one under another in one face at one size: the largest size (down to kMinTextScale)
// at which all of them fit `box`, each wrapped; when none does, as many whole items as fit at
// the smallest size, with one line kept for saying how many were left out.
struct BlockFit {
    float size = 0;
    std::vector<TextFit> items; // the ones shown, in order
};
BlockFit fitBlock(ImFont* font, const std::vector<std::string>& items, ImVec2 box, float gap);

// Draws `text` fitted into `box` (top-aligned; `align` per line) and reports it as `what`.
// Returns the rectangle the text covers.
Rect drawFittedText(ImDrawList* draw, std::initializer_list<ImFont*> fonts, ImU32 colour, const std::string& text,
                    const Rect& box, Align align = Align::Left, std::string_view what = "text");

// Draws a fit already made (by fitText or fitBlock) at the top of `box`, and reports it.
Rect drawFit(ImDrawList* draw, const TextFit& fit, ImU32 colour, const std::string& text, const Rect& box,
             Align align = Align::Left, std::string_view what = "text");

// At the ImGui cursor: `text` fitted into `width` x `maxHeight`, then the cursor moves below
// it as after any item. For the screens laid out by ImGui's own cursor (the ready screen).
TextFit fittedTextItem(std::initializer_list<ImFont*> fonts, ImU32 colour, const std::string& text, float width,
                       float maxHeight, std::string_view what);

// Reports one text's rectangle against the box it must stay in, when MATSIDE_REPORT_TEXT_BOXES
// names a file (one JSON line each: what, text, box, drawn). A test reads it; a person never
// sets it. Also used for the item rectangles of ImGui's own wrapped text.
void reportTextBox(std::string_view what, const std::string& text, const Rect& box, const Rect& drawn);
// The last item's rectangle (ImGui::GetItemRectMin/Max) against `box`.
void reportLastItem(std::string_view what, const std::string& text, const Rect& box);

} // namespace matside::ui
