// The ready screen's guide buttons: small, in one row, each labelled with its key.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/guide_views.h"
#include "ui/widgets.h"

namespace matside::ui {

void drawGuideButtons(const Palette& pal, const UiFonts& fonts, float width, std::vector<Action>& out) {
    using K = Action::Kind;
    const std::string theme = std::string("Colours: ") + themeName(activeTheme()) + "  (D)";
    const std::string text = std::string("Text: ") + textScaleName(activeTextScale()) + "  (Z)";
    std::pair<std::string, K> buttons[] = {
        {"Keys  (H)", K::Help},   {"About  (A)", K::About}, {"Tips  (T)", K::Tips},
        {"Routines  (O)", K::Routines}, {"Handout  (P)", K::Print}, {theme, K::Theme}, {text, K::TextSize},
    };
    // One row always (the ready screen has little height to spare): the short labels when
    // the long ones do not fit.
    ImGui::PushFont(fonts.body);
    float total = scaled(0.5f) * 4;
    for (const auto& b : buttons) total += ImGui::CalcTextSize(b.first.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PopFont();
    if (total > width) {
        const char* shortLabels[] = {"H Keys", "A About", "T Tips", "O Routines", "P Handout", "D Colours", "Z Text"};
        for (std::size_t i = 0; i < std::size(buttons); ++i) buttons[i].first = shortLabels[i];
    }
    // Still too wide (extra large text in a small window): keep About, Tips and Routines, then
    // the handout, colours, text size and keys while they fit; the keys themselves always work.
    const int priority[] = {1, 2, 3, 4, 5, 6, 0};
    bool shown[std::size(buttons)] = {};
    const float gap = scaled(0.5f);
    ImGui::PushFont(fonts.body);
    float used = 0;
    for (int i : priority) {
        const float bw = ImGui::CalcTextSize(buttons[i].first.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if ((i == 0 || i >= 4) && used + bw > width) continue; // About, Tips and Routines are always there
        shown[i] = true;
        used += bw + gap;
    }
    bool first = true;
    for (std::size_t i = 0; i < std::size(buttons); ++i) {
        if (!shown[i]) continue;
        if (!first) ImGui::SameLine(0, gap);
        first = false;
        const float bw = ImGui::CalcTextSize(buttons[i].first.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (bigButton(buttons[i].first.c_str(), ImVec2(bw, 0), pal, false, fonts.body)) out.push_back(Action::of(buttons[i].second));
    }
    ImGui::PopFont();
}

} // namespace matside::ui
