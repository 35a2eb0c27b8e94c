// The Plan my week screen's rules: editing days and times, the keys, and what a click means.
// No window, no files: SchedulePanel stores what Save returns.
#pragma once

#include "core/schedule.h"
#include "ui/keymap.h"
#include "ui/plan_week_view.h"

#include <optional>
#include <string>

namespace matside {

class PlanWeekEditor {
public:
    static constexpr int kStepMinutes = 15; // one press of + or -

    // Opens on `plan` (the stored plan, or a suggestion). `offer`: the first-session question.
    void open(const WeeklyPlan& plan, bool offer, bool planned);
    void close() { m_open = false; }
    bool isOpen() const { return m_open; }
    bool offer() const { return m_offer; }

    // Keys while open: 1-7 toggle Monday..Sunday, Space picks the next time, + / - move it by
    // 15 minutes, 8 adds a time, 9 removes the selected one, 0 turns reminders on or off,
    // Enter or the right arrow saves, Esc cancels. Nothing else is taken.
    static std::optional<ui::PlanWeekClick> clickForKey(const ui::Action& action);

    enum class Outcome { None, Saved, Cancelled, Cleared, ToggleReminders };
    // Applies a click; on Saved the plan to store is `plan()`.
    Outcome apply(const ui::PlanWeekClick& click);

    const WeeklyPlan& plan() const { return m_plan; }
    int selected() const { return m_selected; }
    const std::string& error() const { return m_error; }
    bool planned() const { return m_planned; }

private:
    void moveSelected(int minutes);

    WeeklyPlan m_plan;
    int m_selected = 0;
    bool m_open = false;
    bool m_offer = false;
    bool m_planned = false;
    std::string m_error;
};

// The offer after the first finished session: the routine's prescribed plan when it has one,
// else every day at the time just trained (rounded to the nearest 15 minutes).
WeeklyPlan suggestedPlan(const std::optional<WeeklyPlan>& prescribed, int trainedAtMinute);

} // namespace matside
