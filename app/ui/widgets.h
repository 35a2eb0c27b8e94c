// Drawing helpers shared by the views: full-window canvas, big digits, bars, big buttons.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/layout.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>

namespace matside::ui {

// Begins the one full-viewport window every screen draws into, painted in `palette`.
void beginCanvas(const char* id, const Palette& palette, float backgroundAlpha = 1.0f);
void endCanvas();

// The width the big figure `text` takes in `font` (digit cells are all the same width,
// so the timer does not wobble as digits change).
// `scale` < 1 draws smaller than the baked size (a figure wider than its column).
float bigDigitsWidth(ImFont* font, const std::string& text, float scale = 1.0f);
// Draws `text` with its digit ink vertically centred on `center`.
void drawBigDigits(ImDrawList* draw, ImFont* font, const std::string& text, ImVec2 center, ImU32 colour,
                   float scale = 1.0f);

// A rounded bar filled to `fraction` (0..1).
void drawBar(ImDrawList* draw, const Rect& r, float fraction, const Palette& palette);

// A button at least 3 em tall in the palette's colours; `primary` fills it with the accent.
bool bigButton(const char* label, ImVec2 size, const Palette& palette, bool primary, ImFont* font);

// Text helpers at the cursor.
void textIn(ImFont* font, ImU32 colour, const std::string& text);
void textWrappedIn(ImFont* font, ImU32 colour, const std::string& text, float wrapWidth);
// Draws text centred horizontally in [x0, x1] at y.
void textCentred(ImDrawList* draw, ImFont* font, ImU32 colour, float x0, float x1, float y, const std::string& text);

// An overlay: the whole window dimmed, and a centred card of `cardSize` to draw into.
void beginOverlay(const char* id, const Palette& palette, ImVec2 cardSize);
void endOverlay();

// A card alone, centred on `centre`, without dimming: what is around it stays visible and
// clickable.
void beginCard(const char* id, const Palette& palette, ImVec2 cardSize, ImVec2 centre);
void endCard();

} // namespace matside::ui
