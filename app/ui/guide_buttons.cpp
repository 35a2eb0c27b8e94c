// The ready screen's guide buttons: small, in one row, each labelled with its key.
#include "ui/guide_views.h"
#include "ui/widgets.h"

namespace matside::ui {

void drawGuideButtons(const Palette& pal, const UiFonts& fonts, float width, std::vector<Action>& out) {
    using K = Action::Kind;
    const std::string theme = std::string("Colours: ") + themeName(activeTheme()) + "  (D)";
    const std::string text = std::string("Text: ") + textScaleName(activeTextScale()) + "  (Z)";
    std::pair<std::string, K> buttons[] = {
        {"About  (A)", K::About}, {"Tips  (T)", K::Tips}, {"Routines  (O)", K::Routines},
        {theme, K::Theme},        {text, K::TextSize},
    };
    // One row always (the ready screen has little height to spare): the short labels when
    // the long ones do not fit.
    ImGui::PushFont(fonts.body);
    float total = scaled(0.5f) * 4;
    for (const auto& b : buttons) total += ImGui::CalcTextSize(b.first.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PopFont();
    if (total > width) {
        const char* shortLabels[] = {"A  About", "T  Tips", "O  Routines", "D  Colours", "Z  Text size"};
        for (std::size_t i = 0; i < std::size(buttons); ++i) buttons[i].first = shortLabels[i];
    }
    const float x0 = ImGui::GetCursorPosX(), gap = scaled(0.5f);
    float used = 0;
    ImGui::PushFont(fonts.body);
    for (std::size_t i = 0; i < std::size(buttons); ++i) {
        const float bw = ImGui::CalcTextSize(buttons[i].first.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0 && used + gap + bw <= width) {
            ImGui::SameLine(0, gap);
            used += gap + bw;
        } else {
            if (i > 0) ImGui::SetCursorPosX(x0);
            used = bw;
        }
        if (bigButton(buttons[i].first.c_str(), ImVec2(bw, 0), pal, false, fonts.body)) out.push_back(Action::of(buttons[i].second));
    }
    ImGui::PopFont();
}

} // namespace matside::ui
