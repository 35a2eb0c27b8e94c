// Plan my week drawing: big toggles for the days, the times with their arrows, Reminders, Save.
#include "ui/plan_week_view.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {
namespace {

constexpr const char* kDayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// A row of `count` equal buttons `width` wide in all; returns the index clicked, or -1.
template <typename Label, typename Primary>
int buttonRow(const Palette& pal, ImFont* font, float x, float width, float height, int count, Label label,
              Primary primary) {
    const float gap = scaled(0.4f);
    const float bw = (width - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
    int clicked = -1;
    ImGui::SetCursorPosX(x);
    for (int i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        if (bigButton(label(i).c_str(), ImVec2(bw, height), pal, primary(i), font)) clicked = i;
    }
    return clicked;
}

} // namespace

void drawPlanWeekView(const ViewContext& ctx, const PlanWeekSnapshot& s, std::vector<PlanWeekClick>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& fonts = ctx.fonts;
    beginCanvas("plan_week", pal, 0.999f); // opaque, in front of the screen it covers
    const ImVec2 size = ImGui::GetWindowSize();
    const float pad = scaled(1.5f);
    const float w = std::min(size.x - 2 * pad, scaled(52));
    const float x = (size.x - w) * 0.5f;
    const float rowH = scaled(2.6f);
    ImGui::SetCursorPos(ImVec2(x, pad));
    ImGui::BeginGroup();
    textWrappedIn(fonts.title, pal.text.u32(), s.title, w);
    if (!s.intro.empty()) textWrappedIn(fonts.heading, pal.accent.u32(), s.intro, w);
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));

    // Days: on is filled AND carries a dot, so it does not rest on colour alone (the fonts
    // carry U+2022 and the arrows, not a tick mark).
    textIn(fonts.body, pal.muted.u32(), "Days  (keys 1 to 7)");
    const int day = buttonRow(
        pal, fonts.heading, x, w, rowH, 7,
        [&](int i) {
            return std::string(s.days[i] ? "\xE2\x80\xA2 " : "") + kDayNames[i] + "##day" + std::to_string(i);
        },
        [&](int i) { return s.days[i]; });
    if (day >= 0) out.push_back({PlanWeekCommand::ToggleDay, day});
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));

    textIn(fonts.body, pal.muted.u32(), "Times  (Space: next time,  + / \xE2\x88\x92: 15 minutes later / earlier)");
    const int count = static_cast<int>(s.times.size());
    if (count > 0) {
        const int time = buttonRow(
            pal, fonts.heading, x, w, rowH, count,
            [&](int i) { return (i == s.selected ? "\xE2\x86\x92 " : "") + s.times[i] + "##time" + std::to_string(i); },
            [&](int i) { return i == s.selected; });
        if (time >= 0) out.push_back({PlanWeekCommand::SelectTime, time});
    }
    const char* edits[4] = {"\xE2\x88\x92 15 min", "+ 15 min", "Add a time  (8)", "Remove  (9)"};
    const PlanWeekCommand editCommands[4] = {PlanWeekCommand::Earlier, PlanWeekCommand::Later, PlanWeekCommand::AddTime,
                                             PlanWeekCommand::RemoveTime};
    const int edit = buttonRow(
        pal, fonts.body, x, w, scaled(2.2f), 4, [&](int i) { return std::string(edits[i]) + "##edit"; },
        [](int) { return false; });
    if (edit >= 0) out.push_back({editCommands[edit]});
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));

    const std::string reminders = std::string(s.remindersOn ? "\xE2\x80\xA2 Reminders on" : "Reminders off") + "  (0)";
    ImGui::SetCursorPosX(x);
    if (bigButton(reminders.c_str(), ImVec2(std::min(w, scaled(18)), rowH), pal, s.remindersOn, fonts.heading))
        out.push_back({PlanWeekCommand::ToggleReminders});
    if (!s.reminderStatus.empty()) textWrappedIn(fonts.body, pal.muted.u32(), s.reminderStatus, w);
    if (!s.error.empty()) textWrappedIn(fonts.heading, pal.accent.u32(), s.error, w);
    ImGui::Dummy(ImVec2(0, scaled(0.6f)));

    const int buttons = s.planned ? 3 : 2;
    const char* cancel = s.offer ? "Not now  (Esc)##cancel" : "Cancel  (Esc)##cancel";
    const int bottom = buttonRow(
        pal, fonts.heading, x, w, scaled(3.0f), buttons,
        [&](int i) {
            return std::string(i == 0 ? "Save  (Enter)##save" : i == 1 ? cancel : "Clear plan##clear");
        },
        [](int i) { return i == 0; });
    if (bottom == 0) out.push_back({PlanWeekCommand::Save});
    if (bottom == 1) out.push_back({PlanWeekCommand::Cancel});
    if (bottom == 2) out.push_back({PlanWeekCommand::Clear});
    ImGui::EndGroup();
    endCanvas();
}

} // namespace matside::ui
