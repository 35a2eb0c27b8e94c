// The Plan my week screen: seven day buttons, up to six times, Reminders on/off, Save. It draws
// a snapshot and returns what was clicked; the rules live in player/plan_week.h.
#pragma once

#include "ui/layout.h"

#include <array>
#include <string>
#include <vector>

namespace matside::ui {

enum class PlanWeekCommand {
    ToggleDay,       // `index` 0 = Monday .. 6 = Sunday
    SelectTime,      // `index`: the time the arrows and +/- act on
    AddTime,         // one more time of day (at most 6)
    RemoveTime,      // the selected time
    Earlier,         // the selected time 15 minutes earlier
    Later,           // ... later
    ToggleReminders, // Reminders on / off
    Save,            // keep this plan
    Cancel,          // leave without saving (on the first-session offer: "Not now")
    Clear,           // remove the plan: not planned
};

struct PlanWeekClick {
    PlanWeekCommand command = PlanWeekCommand::Save;
    int index = -1;
    bool operator==(const PlanWeekClick&) const = default;
};

struct PlanWeekSnapshot {
    std::string title;              // "Plan my week: SI joint: full programme"
    std::string intro;              // the offer's line ("Every day at 18:30, the time you just trained?"), or empty
    std::array<bool, 7> days{};     // Monday first
    std::vector<std::string> times; // "08:00", ...
    int selected = 0;               // index into `times`
    bool canAdd = true;             // fewer than 6 times
    bool remindersOn = false;
    std::string reminderStatus; // one line from the ReminderControl
    std::string error;          // "Pick at least one day", or empty
    bool offer = false;         // the first-session offer: Cancel reads "Not now"
    bool planned = false;       // there is a stored plan (Clear is offered)
};

void drawPlanWeekView(const ViewContext& ctx, const PlanWeekSnapshot& snapshot, std::vector<PlanWeekClick>& out);

} // namespace matside::ui
