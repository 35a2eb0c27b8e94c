// The "It hurts" card: the session is already paused; plain advice, the red flags, and the
// two ways on (skip this exercise, end the session) plus carrying on if it eased.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fit_card.h"
#include "ui/guide_views.h"
#include "ui/widgets.h"

namespace matside::ui {

void drawPainCard(const ViewContext& ctx, const GuideView& view, const Snapshot& s, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Paused);
    const UiFonts& f = ctx.fonts;
    const Routine& r = view.texts ? *view.texts : *ctx.plan.routine;
    beginFittedCard("pain", pal, ImVec2(guideCardSize().x, guideCardSize().y));
    warningSign(pal, 1.8f);
    ImGui::SameLine();
    textIn(f.title, pal.text.u32(), "It hurts: paused");
    std::string where = s.step ? ctx.plan.exerciseOf(*s.step).name : std::string();
    cardText(f.heading, pal.text.u32(),
             "Sharp or stabbing pain means stop this exercise" + (where.empty() ? std::string(".") : ": " + where + "."));
    cardText(f.body, pal.text.u32(),
             "A gentle pull in the muscle is fine; pain that grows, shoots or stays is not. "
             "Rest, breathe, and try ice or heat. Do not push through it.");
    if (!r.redFlags.empty()) {
        ImGui::Dummy(ImVec2(0, scaled(0.2f)));
        textIn(f.heading, pal.warning.u32(), "See a doctor if");
        cardBullets(f.body, pal.text.u32(), r.redFlags);
    }
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));
    const char* labels[] = {"Skip exercise  (S)", "End session  (E)", "It eased: go on  (Space)"};
    const float w = ImGui::GetContentRegionAvail().x, gap = scaled(0.8f), h = cardButtonHeight(f.heading);
    ImGui::PushFont(f.heading);
    float need = 2 * gap;
    for (const char* l : labels) need += ImGui::CalcTextSize(l).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PopFont();
    const bool row = need <= w; // else one above the other, full width
    const ImVec2 size(row ? (w - 2 * gap) / 3 : w, h);
    Palette stop = pal; // the ending button in the warning colour
    stop.accent = pal.warning;
    stop.onAccent = pal.onWarning;
    Palette calm = pal; // "go on": a quiet button that still shows its edge on the card
    calm.panel = pal.background;
    if (bigButton(labels[0], size, pal, true, f.heading)) out.push_back(Action::session(Command::SkipExercise));
    if (row) ImGui::SameLine(0, gap);
    if (bigButton(labels[1], size, stop, true, f.heading)) out.push_back(Action::session(Command::StopForPain));
    if (row) ImGui::SameLine(0, gap);
    if (bigButton(labels[2], size, calm, false, f.heading)) out.push_back(Action::session(Command::Toggle));
    endFittedCard();
}

} // namespace matside::ui
