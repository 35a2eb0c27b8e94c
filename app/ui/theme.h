// The look of the player: calm dark colours per phase, text sizes, and the em helper.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"

#include <imgui.h>

namespace matside::ui {

// An sRGB colour, 0-255 per channel.
struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
    ImU32 u32(unsigned char alpha = 255) const { return IM_COL32(r, g, b, alpha); }
    ImVec4 vec4(float alpha = 1.0f) const { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, alpha); }
};

// WCAG 2 relative luminance and contrast ratio (1..21).
double relativeLuminance(Rgb c);
double contrastRatio(Rgb a, Rgb b);

// The colours of one phase. Every text colour meets 4.5:1 against `background` and `panel`.
struct Palette {
    Rgb background; // the whole window
    Rgb panel;      // cards: illustration frame, lists, overlays
    Rgb text;       // main text and the timer
    Rgb muted;      // secondary text ("Next: ...", labels)
    Rgb accent;     // progress fill, primary button, phase word
    Rgb onAccent;   // text on an accent-coloured button
    Rgb track;      // unfilled part of progress bars
    const char* name;
    Rgb warning;    // "It hurts", red flags, a broken routine's sign (text and button fill)
    Rgb onWarning;  // text on a warning-coloured button
};

// The colour themes; every one keeps all text at 4.5:1 or more in every phase.
enum class ThemeId { Dark, Light, HighContrast };
// The theme paletteFor(phase) answers with. Process-wide, like ImGui's own style: set it
// before a frame (from the person's settings), never during one.
void setActiveTheme(ThemeId theme);
ThemeId activeTheme();
const char* themeName(ThemeId theme); // "Dark", "Light", "High contrast"

// Text size: a factor on every face but the big digits (which already fill their space).
enum class TextScale { Small, Normal, Large, XLarge };
float textScaleFactor(TextScale scale);
const char* textScaleName(TextScale scale); // "Small", "Normal", "Large", "Extra large"
// The text size the frame bakes fonts for (process-wide like the theme).
void setActiveTextScale(TextScale scale);
TextScale activeTextScale();

enum class Phase { Neutral, Prepare, Work, Rest, Paused };

// The phase a snapshot is shown in: ready and done use the neutral palette.
Phase phaseOf(const Snapshot& snapshot);
const Palette& paletteFor(Phase phase); // in the active theme
const Palette& paletteFor(Phase phase, ThemeId theme);
const char* phaseWord(const Snapshot& snapshot); // "GET READY", "WORK", "REST", "PAUSED"

// Pixel sizes of the four faces for a framebuffer of `width` x `height`: everything scales
// with the window so it reads the same from the mat; `contentScale` sets the floor on HiDPI.
struct TypeScale {
    float body, heading, title, digits;
};
// `textScale` (textScaleFactor) scales body, heading and title, not the digits.
TypeScale typeScaleFor(int width, int height, float contentScale, float textScale = 1.0f);

// The size of the big digits' cell: "m:ss" at `digitsPx` is about this wide.
float timerWidthFor(float digitsPx);
// The timer column's share of the width the margins leave; the picture gets the rest.
inline constexpr float kTimerShare = 0.56f;

// Sizes in em: multiples of the current (body) font size.
// The body face's size, even inside a PushFont of a bigger face.
inline float scaled(float em) {
    const ImFont* body = ImGui::GetIO().FontDefault;
    return em * (body ? body->FontSize : ImGui::GetFontSize());
}

// Applies the base style (rounding, spacing, neutral colours) for a body size in pixels.
void applyBaseStyle(ImGuiStyle& style, float bodyPx);

} // namespace matside::ui
