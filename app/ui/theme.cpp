// Phase palettes (checked for WCAG contrast in tests/ui), type scale and the base style.
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
const Palette kNeutral{{22, 25, 31},  {34, 39, 49},  {236, 239, 244}, {174, 182, 196},
                       {122, 162, 247}, {12, 16, 26}, {52, 59, 72}, "neutral"};
const Palette kPrepare{{46, 34, 14},  {62, 47, 22},  {255, 244, 224}, {228, 204, 160},
                       {242, 180, 72},  {30, 22, 8},  {84, 64, 30}, "prepare"};
const Palette kWork{{12, 44, 34},     {20, 60, 48},  {234, 251, 243}, {168, 216, 196},
                    {79, 209, 160},   {6, 32, 26},   {35, 84, 66}, "work"};
const Palette kRest{{16, 32, 62},     {26, 46, 80},  {234, 242, 255}, {175, 196, 230},
                    {127, 176, 245},  {11, 24, 48},  {42, 65, 104}, "rest"};
const Palette kPaused{{38, 38, 42},   {52, 52, 58},  {240, 240, 242}, {191, 194, 201},
                      {201, 205, 214}, {26, 28, 32}, {70, 70, 78}, "paused"};
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

const Palette& paletteFor(Phase phase) {
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

TypeScale typeScaleFor(int width, int height, float contentScale) {
    const float w = static_cast<float>(std::max(width, 1));
    const float h = static_cast<float>(std::max(height, 1));
    // Body text follows the window (it is read from 2-3 m), never below 14 px x HiDPI scale.
    const float body = std::max(std::min(h / 34.0f, w / 52.0f), 14.0f * std::max(contentScale, 1.0f));
    // Digits: 43 % of the height (digit ink is ~63 % of the pixel size, so ~27 % of the
    // window), but "mm:ss" must fit the timer column (70 % of the width).
    const float digitsForWidth = w * 0.70f * 0.92f / timerWidthFor(1.0f);
    const float digits = std::max(std::min(h * 0.43f, digitsForWidth), body * 2.0f);
    return TypeScale{std::round(body), std::round(body * 1.55f), std::round(body * 2.3f), std::round(digits)};
}

// Digit cells are drawn at a fixed width (see widgets.cpp): four cells and a narrow colon.
float timerWidthFor(float digitsPx) { return digitsPx * (4 * 0.56f + 0.28f); }

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
    const Palette& p = kNeutral;
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
