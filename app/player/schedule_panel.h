// The player's side of the schedule (issue 12): today's line on the ready screen, the Plan my
// week screen, and the one-time offer after the first finished session. Reads and writes only
// the schedule fields of settings.json (read, change, write atomically), so a plan set with
// `matside schedule set` while the player runs is not lost.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminder_control.h"
#include "core/schedule_status.h"
#include "player/plan_week.h"
#include "ui/keymap.h"
#include "ui/plan_week_view.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace matside {

class SchedulePanel {
public:
    // `settingsFile` holds the plans; `prescribed` is the routine file's own "schedule".
    SchedulePanel(std::string routineId, std::string routineTitle, std::optional<WeeklyPlan> prescribed,
                  std::filesystem::path settingsFile, std::unique_ptr<ReminderControl> reminders);

    // The ready screen's line for `now` and the finished sessions; printed on stderr when it
    // changes while anything is planned ("matside: schedule: Today: 1 of 2 done · next 18:30"),
    // for scripts and tests.
    const std::string& todayLine(WallTime now, const std::vector<DoneSession>& sessions);

    // W or the ready screen's button: open on the stored plan (or a suggestion).
    void open(WallTime now);
    // After a finished session: the first one ever, nothing planned, never asked before.
    void offerAfterFirstSession(WallTime trainedAt, int sessionsDone);
    bool isOpen() const { return m_editor.isOpen(); }

    // A key while the screen is open; true when it was taken.
    bool handleKey(const ui::Action& action);
    // A click from the view.
    void apply(const ui::PlanWeekClick& click);

    ui::PlanWeekSnapshot snapshot() const;
    const Schedule& schedule() const { return m_schedule; }

private:
    void reload();
    void store(const std::optional<WeeklyPlan>& plan, bool markOffered);

    std::string m_routineId;
    std::string m_routineTitle;
    std::optional<WeeklyPlan> m_prescribed;
    std::filesystem::path m_settingsFile;
    std::unique_ptr<ReminderControl> m_reminders;
    Schedule m_schedule;
    bool m_offered = false;
    std::optional<QuietHours> m_quiet; // set with `matside schedule quiet`; shown under Reminders
    PlanWeekEditor m_editor;
    std::string m_today;
    std::string m_printed;
    std::string m_reminderNote; // the last enable/disable problem
};

} // namespace matside
