// Ready screen: what this session holds, and one obvious way to begin.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ready_view.h"

#include "ui/checkin_view.h"
#include "ui/fitted_text.h"
#include "ui/guide_views.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "  \xC2\xB7  ") + item; // items may hold commas
    return out;
}

// "You need: ..." with as many whole items as fit `room` at a readable size (a little shrunk
// at most); the rest are counted, and a click on an exercise opens its details with its own.
std::string equipmentLine(const std::vector<std::string>& items, ImFont* font, ImVec2 room) {
    if (items.empty()) return "You need: nothing but a mat";
    for (std::size_t keep = items.size(); keep > 0; --keep) {
        std::string line = "You need: " + joined({items.begin(), items.begin() + static_cast<std::ptrdiff_t>(keep)});
        if (keep < items.size())
            line += "  \xC2\xB7  and " + std::to_string(items.size() - keep) + " more (click an exercise for its list)";
        const TextFit fit = fitText({font}, line, room);
        if (keep == 1 || (fit.fits && fit.size >= font->FontSize * 0.85f)) return line;
    }
    return {};
}

// A click on an exercise's row opens its details (issue 7). The row's height is the heading
// line (the dose, when it wraps under the name, is part of the same click target below).
void clickableRow(ImVec2 rowMin, float width, int index, std::vector<Action>& out) {
    const float h = ImGui::GetTextLineHeightWithSpacing() * 1.55f;
    if (!ImGui::IsWindowHovered() || !ImGui::IsMouseHoveringRect(rowMin, ImVec2(rowMin.x + width, rowMin.y + h)))
        return;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) out.push_back(Action::indexed(Action::Kind::ExerciseInfo, index));
}

// `compact` (short windows): names in the body face, so more of the list shows.
// The exercises the plan leaves out, in the warning colour, and the button that takes the first
// back (issue 14): the person paused them until they have asked a professional.
void drawPausedLines(const Palette& pal, const UiFonts& fonts, CheckinState& state, float width) {
    if (state.pausedLines.empty()) return;
    for (const std::string& line : state.pausedLines) textWrappedIn(fonts.body, pal.warning.u32(), line, width);
    if (ImGui::Button("Take it back (U)")) state.clickedTakeBack = true;
}

// The dose levels in use, and the question the level rule raised (issue 14): only a yes
// changes the dose, so both answers are one key or one click.
void drawLevelLines(const Palette& pal, const UiFonts& fonts, CheckinState& state, float width) {
    const float left = ImGui::GetCursorScreenPos().x;
    const Rect box{ImVec2(left, -FLT_MAX), ImVec2(left + width, FLT_MAX)}; // they must stay in the column
    for (const std::string& line : state.levelLines) {
        textWrappedIn(fonts.body, pal.muted.u32(), line, width);
        reportLastItem("ready.level", line, box);
    }
    if (state.levelQuestion.empty()) return;
    textIn(fonts.heading, pal.accent.u32(), state.levelQuestion);
    reportLastItem("ready.level_question", state.levelQuestion, box);
    if (ImGui::Button("Yes (Y)")) state.clickedLevel = true;
    reportLastItem("ready.level_yes", "Yes (Y)", box);
    ImGui::SameLine(0, scaled(1));
    if (ImGui::Button("Not yet (N)")) state.clickedLevel = false;
    reportLastItem("ready.level_not_yet", "Not yet (N)", box);
}

void drawExerciseList(const ViewContext& ctx, const Palette& pal, float width, float height, bool compact,
                      std::vector<Action>& out) {
    const UiFonts& fonts = ctx.fonts;
    ImFont* nameFont = compact ? fonts.body : fonts.heading;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, pal.panel.vec4());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scaled(1), scaled(0.7f)));
    ImGui::BeginChild("exercises", ImVec2(width, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const float inner = ImGui::GetContentRegionAvail().x;
    // One line per exercise: number and name on the left, the dose right-aligned.
    int n = 1;
    for (const auto& e : ctx.plan.routine->exercises) {
        const float y = ImGui::GetCursorPosY();
        const ImVec2 rowMin = ImGui::GetCursorScreenPos();
        clickableRow(rowMin, inner, n - 1, out);
        // The list scrolls up and down, never sideways: a long name wraps inside the row (issue 18).
        const std::string numbered = std::to_string(n++) + ".  " + e.name;
        const Rect row{ImVec2(rowMin.x, -FLT_MAX), ImVec2(rowMin.x + inner, FLT_MAX)};
        textWrappedIn(nameFont, pal.text.u32(), numbered, inner);
        reportLastItem("ready.name", numbered, row);
        const std::string dose = exerciseDoseText(e);
        const float w = fonts.body->CalcTextSizeA(fonts.body->FontSize, FLT_MAX, 0, dose.c_str()).x;
        const float nameW =
            nameFont->CalcTextSizeA(nameFont->FontSize, FLT_MAX, 0, numbered.c_str()).x + nameFont->FontSize * 0.5f;
        const float x = ImGui::GetStyle().WindowPadding.x + inner - w;
        if (x > nameW + scaled(1)) {
            const float keepY = ImGui::GetCursorPosY();
            ImGui::SetCursorPos(ImVec2(x, y + (nameFont->FontSize - fonts.body->FontSize) * 0.6f));
            textIn(fonts.body, pal.muted.u32(), dose);
            reportLastItem("ready.dose", dose, row);
            ImGui::SetCursorPosY(keepY);
        } else { // narrow window or a long name: the dose goes under the name
            const float indent = nameFont->FontSize * 1.6f;
            ImGui::SetCursorPosX(ImGui::GetStyle().WindowPadding.x + indent);
            textWrappedIn(fonts.body, pal.muted.u32(), dose, inner - indent);
            reportLastItem("ready.dose", dose, row);
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace

void drawReadyView(const ViewContext& ctx, const Snapshot& s, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& fonts = ctx.fonts;
    const Routine& routine = *ctx.plan.routine;
    beginCanvas("ready", pal);
    const ImVec2 size = ImGui::GetWindowSize();
    const float pad = scaled(1.5f);
    const float w = std::min(size.x - 2 * pad, scaled(52));
    const float x = (size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, pad));
    ImGui::BeginGroup();
    // The head of the screen has fixed room, so the exercise list always shows: a long
    // title or summary wraps and then shrinks into two lines of its face (issue 18).
    fittedTextItem({fonts.title, fonts.heading, fonts.body}, pal.text.u32(), routine.title, w,
                   fonts.title->FontSize * 2.0f, "ready.title");
    // Short windows (800x600 at large text) leave out the summary so the list shows more rows.
    const bool compact = size.y < scaled(40);
    if (!compact) {
        fittedTextItem({fonts.body}, pal.muted.u32(), routine.summary, w, fonts.body->FontSize * 2.0f, "ready.summary");
    }
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    const std::string stats = formatDuration(displaySeconds(s.sessionRemaining)) + " in total  \xC2\xB7  " +
                              std::to_string(routine.exercises.size()) + " exercises";
    textIn(fonts.heading, pal.accent.u32(), stats);
    const auto equipment = equipmentNeeded(routine);
    const std::string need = equipmentLine(equipment, fonts.body, ImVec2(w, fonts.body->FontSize * 2.0f));
    fittedTextItem({fonts.body}, pal.text.u32(), need, w, fonts.body->FontSize * 2.0f, "ready.equipment");
    if (ctx.checkin && !ctx.checkin->todayLine.empty()) { // where the week stands (issue 12)
        textIn(fonts.heading, pal.accent.u32(), ctx.checkin->todayLine);
        ImGui::SameLine(0, scaled(1));
        if (ImGui::Button("Plan my week (W)")) ctx.checkin->clickedPlanWeek = true;
    }
    if (ctx.checkin) drawPausedLines(pal, fonts, *ctx.checkin, w);
    if (ctx.checkin) drawLevelLines(pal, fonts, *ctx.checkin, w);
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));

    // The list takes what is left above the Start button; it scrolls on small windows.
    const float buttonH = scaled(compact ? 2.6f : 3.2f);
    const float checkinH = ctx.checkin // the pain row and a history-off notice (issue 6)
                               ? painRowHeight() + scaled(0.6f) + historyNoticeHeight(fonts, *ctx.checkin, w)
                               : 0.0f;
    // Below the list: a gap, the check-in, Start, the footer line of buttons and a bottom margin.
    const float below = scaled(0.6f) + checkinH + buttonH + ImGui::GetFrameHeight() +
                        3 * ImGui::GetStyle().ItemSpacing.y + scaled(compact ? 0.6f : 1.2f);
    const float listH = std::max(size.y - ImGui::GetCursorPosY() - below, scaled(4));
    drawExerciseList(ctx, pal, w, listH, compact, out);
    ImGui::Dummy(ImVec2(0, scaled(0.6f)));
    if (ctx.checkin) {
        ImGui::SetCursorPosX(x);
        drawPainRow(pal, fonts, "Pain now?", ctx.checkin->painBefore, w, ctx.checkin->clickedPain);
        ImGui::Dummy(ImVec2(0, scaled(0.3f)));
        if (drawStartRow(pal, fonts, *ctx.checkin, x, w, buttonH)) out.push_back(Action::session(Command::Start));
    } else {
        const float bw = std::min(w, scaled(20));
        ImGui::SetCursorPosX(x + (w - bw) * 0.5f);
        if (bigButton("Start  (Space)", ImVec2(bw, buttonH), pal, true, fonts.heading))
            out.push_back(Action::session(Command::Start));
    }
    ImGui::SetCursorPosX(x);
    // The footer line: keys, About, Tips, Routines, colours, text size (issue 7); History right.
    drawGuideButtons(pal, fonts, w - (ctx.checkin ? historyButtonWidth() + scaled(0.5f) : 0.0f), out);
    if (ctx.checkin) { // History on the footer line, right-aligned; the notice under it
        const float hw = historyButtonWidth();
        ImGui::SameLine();
        ImGui::SetCursorPosX(x + w - hw); // window-relative: SameLine's offset is the group's
        drawHistoryButton(pal, *ctx.checkin, hw);
        ImGui::SetCursorPosX(x);
        drawHistoryNotice(pal, fonts, *ctx.checkin, w);
    }
    ImGui::EndGroup();
    endCanvas();
}

} // namespace matside::ui
