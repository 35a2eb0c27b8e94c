// First-run and About card: what SI joint pain is, when to see a doctor, and that this is
// information, not medical advice.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fit_card.h"
#include "ui/guide_views.h"
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

ImVec2 guideCardSize() {
    const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
    return ImVec2(std::min(size.x - scaled(1), scaled(46)), size.y - scaled(1));
}

void warningSign(const Palette& pal, float em) {
    const float h = scaled(em);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddTriangleFilled(ImVec2(p.x + h * 0.55f, p.y), ImVec2(p.x + h * 1.1f, p.y + h), ImVec2(p.x, p.y + h),
                            pal.warning.u32());
    const float bar = h * 0.1f;
    draw->AddRectFilled(ImVec2(p.x + h * 0.55f - bar * 0.5f, p.y + h * 0.3f), ImVec2(p.x + h * 0.55f + bar * 0.5f, p.y + h * 0.68f),
                        pal.onWarning.u32());
    draw->AddRectFilled(ImVec2(p.x + h * 0.55f - bar * 0.5f, p.y + h * 0.77f), ImVec2(p.x + h * 0.55f + bar * 0.5f, p.y + h * 0.88f),
                        pal.onWarning.u32());
    ImGui::Dummy(ImVec2(h * 1.1f, h));
}

void drawIntroCard(const ViewContext& ctx, const GuideView& view, bool firstRun, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& f = ctx.fonts;
    const Routine& r = view.texts ? *view.texts : *ctx.plan.routine;
    beginFittedCard(firstRun ? "intro" : "about", pal, guideCardSize());
    cardText(f.title, pal.text.u32(), firstRun ? "Before you start" : "About SI joint pain");
    for (const std::string& p : r.about) cardText(f.body, pal.text.u32(), p);
    if (!r.redFlags.empty()) {
        ImGui::Dummy(ImVec2(0, scaled(0.3f)));
        warningSign(pal, 1.3f);
        ImGui::SameLine();
        textIn(f.heading, pal.warning.u32(), "See a doctor if");
        cardBullets(f.body, pal.text.u32(), r.redFlags);
    }
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    cardText(f.body, pal.muted.u32(),
             r.disclaimer.empty() ? "This is information, not medical advice." : r.disclaimer);
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));
    const float w = ImGui::GetContentRegionAvail().x;
    if (firstRun) {
        if (bigButton("I understand  (Enter)", ImVec2(w, cardButtonHeight(f.heading)), pal, true, f.heading))
            out.push_back(Action::of(Action::Kind::Acknowledge));
    } else if (bigButton("Close  (Esc)", ImVec2(w, cardButtonHeight(f.heading)), pal, true, f.heading)) {
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    }
    endFittedCard();
}

void drawTipsCard(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& f = ctx.fonts;
    const Routine& r = view.texts ? *view.texts : *ctx.plan.routine;
    beginFittedCard("tips", pal, guideCardSize());
    cardText(f.title, pal.text.u32(), "Tips");
    textIn(f.heading, pal.accent.u32(), "For relief");
    cardBullets(f.body, pal.text.u32(), r.tips);
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    textIn(f.heading, pal.accent.u32(), "To keep it from coming back");
    cardBullets(f.body, pal.text.u32(), r.prevention);
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));
    if (bigButton("Close  (Esc)", ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(f.heading)), pal, true, f.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endFittedCard();
}

void drawGuideScreen(const ViewContext& ctx, const Snapshot& s, const GuideView& view, std::vector<Action>& out) {
    switch (view.screen) {
    case GuideScreen::None: break;
    case GuideScreen::Intro: drawIntroCard(ctx, view, true, out); break;
    case GuideScreen::About: drawIntroCard(ctx, view, false, out); break;
    case GuideScreen::Tips: drawTipsCard(ctx, view, out); break;
    case GuideScreen::Exercise: drawExerciseCard(ctx, view, out); break;
    case GuideScreen::Routines: drawRoutinePicker(ctx, view, out); break;
    case GuideScreen::Pain: drawPainCard(ctx, view, s, out); break;
    }
}

} // namespace matside::ui
