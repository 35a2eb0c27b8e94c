// The sound badge: words from the sound state, a speaker drawn with lines (no icon font).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sound_indicator.h"

#include <algorithm>
#include <cfloat>

namespace matside::ui {

std::string soundBadgeText(const SoundState& s) {
    // The most important first: a missing device explains everything else.
    if (s.noDevice) return "No sound";
    if (s.muted) return "Sound off (M)";
    if (s.voiceOff) return "Voice off (V)";
    if (s.noVoice) return "No voice";
    return {};
}

namespace {

// A speaker `h` pixels tall at (x, y): a box and a cone, then a cross (nothing heard) or one
// sound wave (tones still play, the voice does not).
void drawSpeaker(ImDrawList* draw, ImU32 colour, float x, float y, float h, bool crossed) {
    const float u = h / 8.0f;
    draw->AddRectFilled(ImVec2(x, y + 3 * u), ImVec2(x + 2 * u, y + 5 * u), colour);
    draw->AddTriangleFilled(ImVec2(x + 1.5f * u, y + 3 * u), ImVec2(x + 4.5f * u, y + 0.5f * u),
                            ImVec2(x + 4.5f * u, y + 7.5f * u), colour);
    draw->AddRectFilled(ImVec2(x + 1.5f * u, y + 3 * u), ImVec2(x + 4.5f * u, y + 5 * u), colour);
    const float thick = std::max(1.5f, u * 0.7f);
    if (crossed) {
        draw->AddLine(ImVec2(x + 5.5f * u, y + 2.5f * u), ImVec2(x + 8.5f * u, y + 5.5f * u), colour, thick);
        draw->AddLine(ImVec2(x + 5.5f * u, y + 5.5f * u), ImVec2(x + 8.5f * u, y + 2.5f * u), colour, thick);
    } else {
        draw->PathArcTo(ImVec2(x + 4.5f * u, y + 4 * u), 2.5f * u, -0.9f, 0.9f, 8);
        draw->PathStroke(colour, 0, thick);
    }
}

} // namespace

float drawSoundBadge(ImDrawList* draw, ImFont* font, ImU32 colour, float right, float top, const SoundState& s) {
    const std::string text = soundBadgeText(s);
    if (text.empty() || !draw || !font) return 0;
    const float size = font->FontSize;
    const float textW = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
    const float iconW = size * 9.0f / 8.0f, gap = size * 0.35f;
    const float x = right - textW - gap - iconW;
    drawSpeaker(draw, colour, x, top + size * 0.1f, size * 0.85f, nothingHeard(s));
    draw->AddText(font, size, ImVec2(right - textW, top), colour, text.c_str());
    return right - x;
}

} // namespace matside::ui
