// The safety prompt card: a prompt to ask a professional, never advice of our own.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/safety_prompt_view.h"

#include "core/feedback_rules.h"
#include "ui/fit_card.h"
#include "ui/guide_views.h"
#include "ui/widgets.h"

namespace matside::ui {

void drawSafetyPrompt(const ViewContext& ctx, const SafetyPromptView& view, SafetyPromptClick& click) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& f = ctx.fonts;
    beginFittedCard("safety", pal, guideCardSize());
    warningSign(pal, 1.8f);
    ImGui::SameLine();
    textIn(f.title, pal.warning.u32(), "Ask before you go on");
    cardText(f.heading, pal.warning.u32(), view.exerciseName + ": " + view.recorded + ".");
    cardText(f.heading, pal.warning.u32(), std::string(kSafetyAsk) + ".");
    if (!view.redFlags.empty()) {
        ImGui::Dummy(ImVec2(0, scaled(0.2f)));
        textIn(f.heading, pal.warning.u32(), "See a doctor if");
        cardBullets(f.body, pal.text.u32(), view.redFlags);
    }
    cardText(f.body, pal.muted.u32(),
             "matside only prompts you to ask a professional; it gives no medical advice of its own.");
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));
    const float w = ImGui::GetContentRegionAvail().x, gap = scaled(0.8f), h = cardButtonHeight(f.heading);
    const ImVec2 size(view.canPause ? (w - gap) / 2 : w, h);
    Palette pause = pal; // the pausing button in the warning colour
    pause.accent = pal.warning;
    pause.onAccent = pal.onWarning;
    if (view.canPause) {
        if (bigButton("Pause until asked  (K)", size, pause, true, f.heading)) click.pause = true;
        ImGui::SameLine(0, gap);
    }
    if (bigButton("Close  (Esc)", size, pal, false, f.heading)) click.close = true;
    endFittedCard();
}

} // namespace matside::ui
