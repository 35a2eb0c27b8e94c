// Paused overlay: one calm card that says so and how to carry on.
#include "ui/paused_overlay.h"

#include "ui/theme.h"
#include "ui/widgets.h"

namespace matside::ui {

void drawPausedOverlay(const ViewContext& ctx, const Snapshot& s, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Paused);
    const UiFonts& fonts = ctx.fonts;
    beginOverlay("paused", pal, ImVec2(scaled(26), scaled(11.5f)));
    const float w = ImGui::GetContentRegionAvail().x;
    textIn(fonts.title, pal.text.u32(), "Paused");
    std::string where;
    if (s.step) {
        where = ctx.plan.exerciseOf(*s.step).name;
        if (const std::string side = sideText(ctx.plan, *s.step); !side.empty()) where += ", " + side;
        where += ": " + formatDuration(displaySeconds(s.stepRemaining)) + " left";
    }
    textWrappedIn(fonts.body, pal.muted.u32(), where, w);
    ImGui::Dummy(ImVec2(0, scaled(0.5f)));
    if (bigButton("Resume  (Space)", ImVec2(w, scaled(3)), pal, true, fonts.heading))
        out.push_back(Action::session(Command::Toggle));
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    textWrappedIn(fonts.body, pal.muted.u32(),
                  "\xE2\x86\x90 back   \xE2\x86\x92 next   R restart step   Q quit   H all keys", w);
    endOverlay();
}

} // namespace matside::ui
