// Done screen: the session's outcome in three numbers.
#include "ui/done_view.h"

#include "core/event_log.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace matside::ui {

void drawDoneView(const ViewContext& ctx, const Snapshot& s, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& fonts = ctx.fonts;
    beginCanvas("done", pal);
    const ImVec2 size = ImGui::GetWindowSize();
    const float w = std::min(size.x - scaled(4), scaled(34));
    const float x = (size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, size.y * 0.14f));
    ImGui::BeginGroup();
    const bool completed = s.endReason == EndReason::Completed;
    textIn(fonts.title, pal.accent.u32(), completed ? "Well done" : "Session ended");
    textWrappedIn(fonts.body, pal.muted.u32(), ctx.plan.routine->title, w);
    ImGui::Dummy(ImVec2(0, scaled(1)));

    const SessionSummary sum = summarize(s);
    const int total = static_cast<int>(ctx.plan.workStepCount());
    auto row = [&](const char* label, const std::string& value) {
        textIn(fonts.heading, pal.muted.u32(), label);
        ImGui::SameLine(w * 0.55f);
        textIn(fonts.heading, pal.text.u32(), value);
    };
    row("Time taken", formatDuration(static_cast<int>(sum.elapsedSeconds + 0.5)));
    row("Steps completed", std::to_string(sum.completedSteps) + " of " + std::to_string(total));
    row("Steps skipped", std::to_string(sum.skippedSteps));
    ImGui::Dummy(ImVec2(0, scaled(1.5f)));
    if (bigButton("Close  (Q)", ImVec2(w, scaled(3)), pal, true, fonts.heading)) out.push_back(Action::of(Action::Kind::Quit));
    ImGui::EndGroup();
    endCanvas();
}

} // namespace matside::ui
