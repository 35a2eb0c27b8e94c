// Phase palettes (checked for WCAG contrast in tests/ui), type scale and the base style.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace matside::ui {

namespace {
double channel(unsigned char v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Dark, low-saturation backgrounds so a phase is recognisable from across the room without
// glaring; the accent carries the hue.
const Rgb kDarkWarn{255, 138, 118}, kDarkOnWarn{40, 8, 4};
const Palette kNeutral{{22, 25, 31},  {34, 39, 49},  {236, 239, 244}, {174, 182, 196},
                       {122, 162, 247}, {12, 16, 26}, {52, 59, 72}, "neutral", kDarkWarn, kDarkOnWarn};
const Palette kPrepare{{46, 34, 14},  {62, 47, 22},  {255, 244, 224}, {228, 204, 160},
                       {242, 180, 72},  {30, 22, 8},  {84, 64, 30}, "prepare", kDarkWarn, kDarkOnWarn};
const Palette kWork{{12, 44, 34},     {20, 60, 48},  {234, 251, 243}, {168, 216, 196},
                    {79, 209, 160},   {6, 32, 26},   {35, 84, 66}, "work", kDarkWarn, kDarkOnWarn};
const Palette kRest{{16, 32, 62},     {26, 46, 80},  {234, 242, 255}, {175, 196, 230},
                    {127, 176, 245},  {11, 24, 48},  {42, 65, 104}, "rest", kDarkWarn, kDarkOnWarn};
const Palette kPaused{{38, 38, 42},   {52, 52, 58},  {240, 240, 242}, {191, 194, 201},
                      {201, 205, 214}, {26, 28, 32}, {70, 70, 78}, "paused", kDarkWarn, kDarkOnWarn};

// Light: for a bright room; pale phase tints, dark text, deep accents.
const Rgb kLightWarn{176, 32, 32}, kLightOnWarn{255, 255, 255};
const Palette kLight[] = {
    {{244, 242, 238}, {255, 255, 255}, {28, 30, 36}, {84, 88, 100}, {37, 84, 190}, {255, 255, 255}, {214, 214, 220},
     "light neutral", kLightWarn, kLightOnWarn},
    {{252, 238, 210}, {255, 248, 232}, {40, 30, 10}, {104, 78, 30}, {150, 88, 0}, {255, 255, 255}, {230, 210, 170},
     "light prepare", kLightWarn, kLightOnWarn},
    {{218, 242, 230}, {238, 250, 244}, {10, 40, 28}, {40, 96, 72}, {0, 110, 78}, {255, 255, 255}, {180, 220, 200},
     "light work", kLightWarn, kLightOnWarn},
    {{222, 232, 250}, {240, 245, 255}, {14, 28, 60}, {52, 76, 120}, {30, 80, 180}, {255, 255, 255}, {190, 205, 235},
     "light rest", kLightWarn, kLightOnWarn},
    {{232, 232, 234}, {248, 248, 250}, {30, 30, 34}, {84, 86, 92}, {70, 72, 80}, {255, 255, 255}, {205, 205, 210},
     "light paused", kLightWarn, kLightOnWarn},
};

// High contrast: near-black grounds, white text, saturated accents; phases still differ.
const Rgb kHcWarn{255, 120, 100}, kHcOnWarn{0, 0, 0};
const Palette kHighContrast[] = {
    {{0, 0, 0}, {24, 24, 24}, {255, 255, 255}, {235, 235, 235}, {255, 230, 0}, {0, 0, 0}, {96, 96, 96},
     "high contrast neutral", kHcWarn, kHcOnWarn},
    {{40, 26, 0}, {60, 40, 0}, {255, 255, 255}, {240, 232, 215}, {255, 200, 60}, {0, 0, 0}, {110, 90, 40},
     "high contrast prepare", kHcWarn, kHcOnWarn},
    {{0, 36, 20}, {0, 54, 32}, {255, 255, 255}, {225, 245, 235}, {90, 255, 170}, {0, 0, 0}, {50, 110, 80},
     "high contrast work", kHcWarn, kHcOnWarn},
    {{0, 16, 48}, {0, 28, 72}, {255, 255, 255}, {225, 235, 250}, {130, 200, 255}, {0, 0, 0}, {60, 80, 130},
     "high contrast rest", kHcWarn, kHcOnWarn},
    {{30, 30, 30}, {48, 48, 48}, {255, 255, 255}, {235, 235, 235}, {255, 255, 255}, {0, 0, 0}, {110, 110, 110},
     "high contrast paused", kHcWarn, kHcOnWarn},
};

ThemeId g_activeTheme = ThemeId::Dark;
TextScale g_activeTextScale = TextScale::Normal;
} // namespace

double relativeLuminance(Rgb c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Phase phaseOf(const Snapshot& s) {
    switch (s.state) {
    case SessionState::Prepare: return Phase::Prepare;
    case SessionState::Work: return Phase::Work;
    case SessionState::Rest: return Phase::Rest;
    case SessionState::Paused: return Phase::Paused;
    default: return Phase::Neutral;
    }
}

void setActiveTheme(ThemeId theme) { g_activeTheme = theme; }
ThemeId activeTheme() { return g_activeTheme; }

const char* themeName(ThemeId theme) {
    switch (theme) {
    case ThemeId::Light: return "Light";
    case ThemeId::HighContrast: return "High contrast";
    default: return "Dark";
    }
}

void setActiveTextScale(TextScale scale) { g_activeTextScale = scale; }
TextScale activeTextScale() { return g_activeTextScale; }

float textScaleFactor(TextScale scale) {
    switch (scale) {
    case TextScale::Small: return 0.85f;
    case TextScale::Large: return 1.2f;
    case TextScale::XLarge: return 1.4f;
    default: return 1.0f;
    }
}

const char* textScaleName(TextScale scale) {
    switch (scale) {
    case TextScale::Small: return "Small";
    case TextScale::Large: return "Large";
    case TextScale::XLarge: return "Extra large";
    default: return "Normal";
    }
}

const Palette& paletteFor(Phase phase) { return paletteFor(phase, g_activeTheme); }

const Palette& paletteFor(Phase phase, ThemeId theme) {
    if (theme != ThemeId::Dark) {
        const Palette* set = theme == ThemeId::Light ? kLight : kHighContrast;
        return set[static_cast<int>(phase)]; // Phase's order: neutral, prepare, work, rest, paused
    }
    switch (phase) {
    case Phase::Prepare: return kPrepare;
    case Phase::Work: return kWork;
    case Phase::Rest: return kRest;
    case Phase::Paused: return kPaused;
    default: return kNeutral;
    }
}

const char* phaseWord(const Snapshot& s) {
    switch (s.state) {
    case SessionState::Ready: return "READY";
    case SessionState::Prepare: return "GET READY";
    case SessionState::Work: return "WORK";
    case SessionState::Rest: return "REST";
    case SessionState::Paused: return "PAUSED";
    case SessionState::Done: return "DONE";
    }
    return "";
}

TypeScale typeScaleFor(int width, int height, float contentScale, float textScale) {
    const float w = static_cast<float>(std::max(width, 1));
    const float h = static_cast<float>(std::max(height, 1));
    // Body text follows the window (it is read from 2-3 m), never below 14 px x HiDPI scale.
    const float body = std::max(std::min(h / 34.0f, w / 52.0f), 14.0f * std::max(contentScale, 1.0f));
    // Digits: 43 % of the height (digit ink is ~63 % of the pixel size, so ~27 % of the
    // window), but "m:ss" must fit the timer column (56 % of what the margins leave, so the
    // picture keeps the rest: see computePlayerLayout).
    const float digitsForWidth = (w - 3 * body) * kTimerShare / timerWidthFor(1.0f);
    const float digits = std::max(std::min(h * 0.43f, digitsForWidth), body * 2.0f);
    const float text = body * std::clamp(textScale, 0.5f, 2.0f);
    return TypeScale{std::round(text), std::round(text * 1.55f), std::round(text * 2.3f), std::round(digits)};
}

// Digit cells are drawn at a fixed width (see widgets.cpp): "m:ss" is three cells and a
// narrow colon (steps of ten minutes or more shrink to fit, see drawTimer).
float timerWidthFor(float digitsPx) { return digitsPx * (3 * 0.56f + 0.28f); }

void applyBaseStyle(ImGuiStyle& style, float bodyPx) {
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    const float em = bodyPx;
    style.WindowPadding = ImVec2(em, em);
    style.FramePadding = ImVec2(em * 0.6f, em * 0.35f);
    style.ItemSpacing = ImVec2(em * 0.6f, em * 0.4f);
    style.ItemInnerSpacing = ImVec2(em * 0.4f, em * 0.3f);
    style.ScrollbarSize = em * 0.7f;
    style.WindowRounding = 0;
    style.ChildRounding = em * 0.4f;
    style.FrameRounding = em * 0.35f;
    style.PopupRounding = em * 0.4f;
    style.GrabRounding = em * 0.3f;
    style.ScrollbarRounding = em * 0.3f;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameBorderSize = 0;
    const Palette& p = paletteFor(Phase::Neutral);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text.vec4();
    c[ImGuiCol_TextDisabled] = p.muted.vec4();
    c[ImGuiCol_WindowBg] = p.background.vec4();
    c[ImGuiCol_ChildBg] = p.panel.vec4();
    c[ImGuiCol_PopupBg] = p.panel.vec4();
    c[ImGuiCol_ScrollbarBg] = p.panel.vec4();
    c[ImGuiCol_ScrollbarGrab] = p.track.vec4();
}

} // namespace matside::ui
