// Done screen: the session's outcome in three numbers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/done_view.h"

#include "core/event_log.h"
#include "ui/checkin_view.h"
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
    // Short windows (800x600 at large text): the numbers share one line and History sits beside
    // Close, so the check-in and the Close button still fit.
    const bool compact = ctx.checkin && size.y < scaled(40);
    ImGui::SetCursorPos(ImVec2(x, size.y * (compact ? 0.03f : ctx.checkin ? 0.05f : 0.14f))); // room for the check-in
    ImGui::BeginGroup();
    const bool completed = s.endReason == EndReason::Completed;
    const bool pain = s.endReason == EndReason::StoppedForPain;
    textIn(fonts.title, (pain ? pal.warning : pal.accent).u32(),
           completed ? "Well done" : pain ? "Stopped for pain" : "Session ended");
    textWrappedIn(fonts.body, pal.muted.u32(), ctx.plan.routine->title, w);
    if (pain) // issue 7: the stop is recorded; say what to do next, plainly
        textWrappedIn(fonts.body, pal.text.u32(),
                      "Rest, and try ice or heat. If the pain is severe, does not ease, or came with a fall, "
                      "fever or weak legs, see a doctor (A shows the signs).", w);
    ImGui::Dummy(ImVec2(0, scaled(1)));

    const SessionSummary sum = summarize(s);
    const int total = static_cast<int>(ctx.plan.workStepCount());
    // Big values, quiet labels: the outcome must read from the mat too.
    auto row = [&](const char* label, const std::string& value) {
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (fonts.title->FontSize - fonts.heading->FontSize) * 0.7f);
        textIn(fonts.heading, pal.muted.u32(), label);
        ImGui::SameLine(w * 0.55f);
        ImGui::SetCursorPosY(y);
        textIn(fonts.title, pal.text.u32(), value);
    };
    const std::string taken = formatDuration(static_cast<int>(sum.elapsedSeconds + 0.5));
    const std::string doneOf = std::to_string(sum.completedSteps) + " of " + std::to_string(total);
    if (compact) {
        textWrappedIn(fonts.heading, pal.text.u32(), taken + "  \xC2\xB7  " + doneOf + " steps done  \xC2\xB7  " +
                      std::to_string(sum.skippedSteps) + " skipped", w);
    } else {
        row("Time taken", taken);
        row("Steps completed", doneOf);
        row("Steps skipped", std::to_string(sum.skippedSteps));
    }
    if (ctx.checkin) { // pain now and a note, both optional (issue 6)
        ImGui::Dummy(ImVec2(0, scaled(0.6f)));
        drawPainRow(pal, fonts, "Pain now?", ctx.checkin->painAfter, w, ctx.checkin->clickedPain);
        ImGui::Dummy(ImVec2(0, scaled(0.3f)));
        drawNoteField(pal, fonts, *ctx.checkin, w);
        drawHistoryNotice(pal, fonts, *ctx.checkin, w);
    }
    ImGui::Dummy(ImVec2(0, scaled(compact ? 0.4f : ctx.checkin ? 0.8f : 1.5f)));
    const float hw = ctx.checkin ? historyButtonWidth() : 0.0f;
    if (ctx.checkin && !compact) { // History above Close, right-aligned
        ImGui::SetCursorPosX(x + w - hw);
        drawHistoryButton(pal, *ctx.checkin, hw);
    }
    const float closeY = ImGui::GetCursorPosY();
    const float closeW = compact ? w - hw - scaled(1) : w;
    if (bigButton("Close  (Q)", ImVec2(closeW, scaled(3)), pal, true, fonts.heading)) out.push_back(Action::of(Action::Kind::Quit));
    if (compact) { // History on Close's line, vertically centred on it
        ImGui::SameLine();
        ImGui::SetCursorPos(ImVec2(x + w - hw, closeY + (scaled(3) - ImGui::GetFrameHeight()) * 0.5f));
        drawHistoryButton(pal, *ctx.checkin, hw);
    }
    ImGui::EndGroup();
    endCanvas();
}

} // namespace matside::ui
