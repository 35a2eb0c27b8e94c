// Fitted cards: the font scale that makes the content fit is kept in ImGui's per-window
// storage (layout state, like a scroll position) and found again over a frame or two.
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
    beginOverlay(id, palette, cardSize);
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
    endOverlay();
}

void cardText(ImFont* font, ImU32 colour, const std::string& text) {
    textWrappedIn(font, colour, text, ImGui::GetContentRegionAvail().x);
}

void cardBullets(ImFont* font, ImU32 colour, const std::vector<std::string>& items, const char* bullet) {
    for (const std::string& item : items) cardText(font, colour, std::string(bullet) + " " + item);
}

} // namespace matside::ui
