// A full-window card whose text shrinks until it fits: at 800x600 with the largest text size
// a long card must neither clip nor scroll out of sight.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace matside::ui {

// Like beginOverlay, but the card's fonts are scaled by what the last frame measured.
void beginFittedCard(const char* id, const Palette& palette, ImVec2 cardSize);
// Measures the content; when it overflowed (or the scale can grow back), the next frame
// uses a new scale and takeRedrawRequest() turns true.
void endFittedCard();

// True once after a card changed its scale: the loop must draw another frame.
bool takeRedrawRequest();

// A button height that shrinks with the card's text (1.75 x the heading face).
float cardButtonHeight(ImFont* heading);

// Text wrapped at the card's width in `font` (scaled with the card).
void cardText(ImFont* font, ImU32 colour, const std::string& text);
// A bulleted list, one wrapped paragraph per item.
void cardBullets(ImFont* font, ImU32 colour, const std::vector<std::string>& items, const char* bullet = "\xE2\x80\xA2");

} // namespace matside::ui
