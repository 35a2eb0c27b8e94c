// Fitted cards: the font scale that makes the content fit is kept in ImGui's per-window
// storage (layout state, like a scroll position) and found again over a frame or two.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fit_card.h"

#include "ui/widgets.h"

#include <algorithm>
#include <utility>
#include <cmath>

namespace matside::ui {

namespace {
bool g_redraw = false;
} // namespace

bool takeRedrawRequest() { return std::exchange(g_redraw, false); }

void beginFittedCard(const char* id, const Palette& palette, ImVec2 cardSize) {
    // beginOverlay's steps, with the card as tall as its content was last frame (no empty
    // half-card under a short text) and the content's font scale from the same measure.
    beginCanvas(id, palette, 0.85f);
    const ImVec2 size = ImGui::GetWindowSize();
    const float content = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("fit-content"), 0.0f);
    cardSize.x = std::min(cardSize.x, size.x - scaled(1));
    cardSize.y = std::min(cardSize.y, size.y - scaled(1));
    if (content > 0) cardSize.y = std::min(cardSize.y, content);
    ImGui::SetCursorPos(ImVec2((size.x - cardSize.x) * 0.5f, (size.y - cardSize.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette.panel.vec4());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scaled(1.5f), scaled(1.2f)));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, scaled(0.8f));
    ImGui::BeginChild("card", ImVec2(cardSize.x, size.y - scaled(1)) , false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
    // The child is as tall as the window allows (so the measure below sees all the content);
    // its visible card is painted behind the content at the measured height.
    const ImVec2 p = ImGui::GetWindowPos();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + cardSize.x, p.y + cardSize.y), palette.panel.u32(), scaled(0.8f));
    ImGui::SetWindowFontScale(ImGui::GetStateStorage()->GetFloat(ImGui::GetID("fit-scale"), 1.0f));
}

void endFittedCard() {
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID scaleKey = ImGui::GetID("fit-scale"), heightKey = ImGui::GetID("fit-height");
    const float scale = st->GetFloat(scaleKey, 1.0f);
    const float avail = ImGui::GetWindowHeight();
    const float used = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
    float next = scale;
    if (st->GetFloat(heightKey, 0.0f) != avail) { // a new window size: start again from full size
        st->SetFloat(heightKey, avail);
        next = 1.0f;
    } else if (used > avail + 0.5f) {
        // Wrapped text grows with the square of the font size; shrink a little more than that.
        next = std::max(0.4f, scale * std::sqrt(avail / used) * 0.97f);
    }
    if (next != scale) {
        st->SetFloat(scaleKey, next);
        g_redraw = true;
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    // The canvas keeps the content height for the next frame's card.
    ImGuiStorage* canvas = ImGui::GetStateStorage();
    const ImGuiID contentKey = ImGui::GetID("fit-content");
    const float measured = std::min(used, avail);
    if (std::abs(canvas->GetFloat(contentKey, 0.0f) - measured) > 0.5f) {
        canvas->SetFloat(contentKey, measured);
        g_redraw = true;
    }
    endCanvas();
}

float cardButtonHeight(ImFont* heading) {
    ImGui::PushFont(heading);
    const float h = ImGui::GetFontSize() * 1.75f;
    ImGui::PopFont();
    return h;
}

void cardText(ImFont* font, ImU32 colour, const std::string& text) {
    textWrappedIn(font, colour, text, ImGui::GetContentRegionAvail().x);
}

void cardBullets(ImFont* font, ImU32 colour, const std::vector<std::string>& items, const char* bullet) {
    for (const std::string& item : items) cardText(font, colour, std::string(bullet) + " " + item);
}

} // namespace matside::ui
