// Paused overlay: one calm card at the foot of the details column, so the timer, the set,
// the dose, "Next:" and the Back / Next buttons stay visible and usable around it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/paused_overlay.h"

#include "ui/fitted_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

void drawPausedOverlay(const ViewContext& ctx, const Snapshot&, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Paused);
    const UiFonts& fonts = ctx.fonts;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const PlayerLayout layout =
        computePlayerLayout(vp->WorkSize, fonts.body->FontSize, fonts.digits->FontSize, kPausedDigitsScale);
    const float h = std::min(scaled(8.6f), layout.details.height());
    const ImVec2 size(std::min(scaled(26), layout.details.width()), h);
    // At the foot of the column: the set counter, the dose and "Next:" at its head stay
    // readable while paused (issue 18); a short column still gets the whole card.
    const ImVec2 centre(vp->WorkPos.x + (layout.details.min.x + layout.details.max.x) * 0.5f,
                        vp->WorkPos.y + layout.details.max.y - h * 0.5f);
    beginCard("paused", pal, size, centre);
    const ImVec2 at = ImGui::GetWindowPos(), extent = ImGui::GetWindowSize();
    const Rect card{at, ImVec2(at.x + extent.x, at.y + extent.y)};
    reportTextBox("paused.card", "", card, card);
    const float w = ImGui::GetContentRegionAvail().x;
    textIn(fonts.title, pal.text.u32(), "Paused");
    if (bigButton("Resume  (Space)", ImVec2(w, scaled(2.6f)), pal, true, fonts.heading))
        out.push_back(Action::session(Command::Toggle));
    textWrappedIn(fonts.body, pal.muted.u32(), "\xE2\x86\x90 back   \xE2\x86\x92 next   R restart   Q quit   H keys",
                  w);
    endCard();
}

} // namespace matside::ui
