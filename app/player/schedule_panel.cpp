// Schedule in the player: the plan from settings.json, today's line, Plan my week, the offer.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/schedule_panel.h"

#include "core/stderr_line.h"
#include "history/settings.h"

namespace matside {

SchedulePanel::SchedulePanel(std::string routineId, std::string routineTitle, std::optional<WeeklyPlan> prescribed,
                             std::filesystem::path settingsFile, std::unique_ptr<ReminderControl> reminders)
    : m_routineId(std::move(routineId)),
      m_routineTitle(std::move(routineTitle)),
      m_prescribed(std::move(prescribed)),
      m_settingsFile(std::move(settingsFile)),
      m_reminders(reminders ? std::move(reminders) : std::make_unique<NoReminders>()) {
    reload();
}

void SchedulePanel::reload() {
    // The notice of a bad file is printed by the player's own settings load already.
    const LoadedSettings loaded = loadSettings(m_settingsFile);
    m_schedule = loaded.settings.schedule;
    m_offered = loaded.settings.scheduleOffered;
    m_quiet = loaded.settings.quietHours;
}

void SchedulePanel::store(const std::optional<WeeklyPlan>& plan, bool markOffered) {
    LoadedSettings loaded = loadSettings(m_settingsFile);
    Settings& s = loaded.settings;
    if (plan) {
        WeeklyPlan kept = *plan;
        const auto old = s.schedule.find(m_routineId);
        kept.from = old != s.schedule.end() ? old->second.from : localDayOf(std::chrono::system_clock::now());
        s.schedule[m_routineId] = kept;
    } else {
        s.schedule.erase(m_routineId);
    }
    if (markOffered) s.scheduleOffered = true;
    if (const std::string err = saveSettings(s, m_settingsFile); !err.empty())
        printStderrLine("matside: schedule not saved: " + err);
    m_schedule = s.schedule;
    m_offered = s.scheduleOffered;
    m_printed.clear(); // the ready line may have changed: say it again
}

const std::string& SchedulePanel::todayLine(WallTime now, const std::vector<DoneSession>& sessions) {
    m_today = todayText(todayStatus(m_routineId, m_schedule, now, sessions));
    // Nothing planned for any routine: nothing to report (the ready line still says so).
    if (m_today != m_printed && !m_schedule.empty()) {
        printStderrLine("matside: schedule: " + m_today);
        m_printed = m_today;
    }
    return m_today;
}

void SchedulePanel::open(WallTime now) {
    reload();
    const auto plan = m_schedule.find(m_routineId);
    const bool planned = plan != m_schedule.end();
    m_editor.open(planned ? plan->second : suggestedPlan(m_prescribed, localMinuteOf(now)), false, planned);
}

void SchedulePanel::offerAfterFirstSession(WallTime trainedAt, int sessionsDone) {
    reload();
    if (sessionsDone != 1 || m_offered || !m_schedule.empty() || m_editor.isOpen()) return;
    m_editor.open(suggestedPlan(m_prescribed, localMinuteOf(trainedAt)), true, false);
    printStderrLine("matside: schedule: offered " + formatDays(m_editor.plan()) + " at " +
                    formatTimes(m_editor.plan()));
}

bool SchedulePanel::handleKey(const ui::Action& action) {
    if (!m_editor.isOpen()) return false;
    if (auto click = PlanWeekEditor::clickForKey(action)) apply(*click);
    // Open, the screen has the keyboard, except what works everywhere (quit, fullscreen, sound).
    using K = ui::Action::Kind;
    return action.kind != K::Quit && action.kind != K::Fullscreen && action.kind != K::Help && action.kind != K::Mute;
}

void SchedulePanel::apply(const ui::PlanWeekClick& click) {
    const bool offer = m_editor.offer();
    switch (m_editor.apply(click)) {
    case PlanWeekEditor::Outcome::Saved:
        store(m_editor.plan(), true);
        printStderrLine("matside: schedule: saved " + formatDays(m_editor.plan()) + " at " +
                        formatTimes(m_editor.plan()));
        break;
    case PlanWeekEditor::Outcome::Cancelled:
        if (offer)
            store(m_schedule.count(m_routineId) ? std::optional(m_schedule.at(m_routineId)) : std::nullopt, true);
        break;
    case PlanWeekEditor::Outcome::Cleared: store(std::nullopt, true); break;
    case PlanWeekEditor::Outcome::ToggleReminders:
        m_reminderNote = m_reminders->enabled() ? m_reminders->disable() : m_reminders->enable();
        if (!m_reminderNote.empty()) printStderrLine("matside: reminders: " + m_reminderNote);
        break;
    case PlanWeekEditor::Outcome::None: break;
    }
}

ui::PlanWeekSnapshot SchedulePanel::snapshot() const {
    ui::PlanWeekSnapshot s;
    const WeeklyPlan& plan = m_editor.plan();
    s.title = "Plan my week: " + m_routineTitle;
    if (m_editor.offer())
        s.intro =
            "Well done! Shall we plan it? Suggested: " + std::string(plan.everyDay() ? "every day" : formatDays(plan)) +
            " at " + formatTimes(plan) + ". Change it, Save, or Not now.";
    s.days = plan.days;
    for (int minute : plan.times) s.times.push_back(formatClockTime(minute));
    s.selected = m_editor.selected();
    s.canAdd = plan.times.size() < static_cast<std::size_t>(kMaxTimesPerDay);
    s.remindersOn = m_reminders->enabled();
    s.reminderStatus = m_reminderNote.empty() ? m_reminders->statusText() : m_reminderNote;
    if (m_quiet && s.remindersOn)
        s.reminderStatus += (s.reminderStatus.empty() ? "" : " ") + std::string("Quiet hours ") +
                            formatQuietHours(*m_quiet) + ": a reminder due then waits until they end.";
    s.error = m_editor.error();
    s.offer = m_editor.offer();
    s.planned = m_editor.planned();
    return s;
}

} // namespace matside
