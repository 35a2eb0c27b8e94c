// The feedback card over the rest screen (see feedback_card_view.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/feedback_card_view.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <string>

namespace matside::ui {

void drawFeedbackCard(const ViewContext& ctx, const FeedbackCardView& view, FeedbackCardClick& click) {
    const Palette& pal = paletteFor(Phase::Rest);
    const UiFonts& f = ctx.fonts;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // The lower third, so the rest's timer above stays in sight: the rest runs on.
    const ImVec2 size(vp->WorkSize.x * 0.9f, 0);
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - scaled(0.6f)), ImGuiCond_Always,
        ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, pal.panel.u32());
    ImGui::PushStyleColor(ImGuiCol_Border, pal.accent.u32());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scaled(0.8f), scaled(0.6f)));
    ImGui::Begin("##feedback", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
    const float w = ImGui::GetContentRegionAvail().x, gap = scaled(0.5f);
    if (!view.askingPain) {
        textIn(f.heading, pal.text.u32(), "How was " + view.exerciseName + "?");
        textIn(f.body, pal.muted.u32(), "Optional: the rest runs on.");
        const char* labels[] = {"1  Easy", "2  Just right", "3  Hard", "4  Painful"};
        const ImVec2 button((w - 3 * gap) / 4, scaled(2.6f));
        for (int i = 0; i < 4; ++i) {
            if (i) ImGui::SameLine(0, gap);
            if (bigButton(labels[i], button, pal, i != 3, f.heading)) click.rating = static_cast<ExerciseRating>(i);
        }
    } else {
        textIn(f.heading, pal.text.u32(), "Painful: how much, 0-10?");
        textIn(f.body, pal.muted.u32(), "Digits 0-9 (1 then 0: 10), or click.");
        const ImVec2 button((w - 11 * gap) / 12, scaled(2.2f));
        for (int i = 0; i <= 10; ++i) {
            if (i) ImGui::SameLine(0, gap);
            if (bigButton(std::to_string(i).c_str(), button, pal, false, f.heading)) click.pain = i;
        }
        ImGui::SameLine(0, gap);
        if (bigButton("Skip", button, pal, false, f.body)) click.skipPain = true;
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace matside::ui
