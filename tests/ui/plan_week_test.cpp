// Plan my week's rules without a window: keys, day toggles, times kept sorted and unique, the
// limits, and the suggestion after the first session.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/settings.h"
#include "player/plan_week.h"
#include "player/schedule_panel.h"

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

using namespace matside;
using ui::PlanWeekClick;
using ui::PlanWeekCommand;
using K = ui::Action::Kind;

namespace {

WeeklyPlan plan(const char* days, const char* times) { return parsePlan(days, times).plan.value(); }

PlanWeekEditor::Outcome press(PlanWeekEditor& e, const ui::Action& a) {
    const auto click = PlanWeekEditor::clickForKey(a);
    EXPECT_TRUE(click);
    return click ? e.apply(*click) : PlanWeekEditor::Outcome::None;
}

// Reminders that are on, as `matside remind` would report them.
class RemindersOn final : public ReminderControl {
public:
    bool enabled() const override { return true; }
    std::string enable() override { return {}; }
    std::string disable() override { return {}; }
    std::string statusText() const override { return "Reminders on: next 18:30."; }
};

} // namespace

TEST(PlanWeek, TheReminderLineNamesTheQuietHoursOfTheSettingsFile) {
    std::string pattern = (std::filesystem::temp_directory_path() / "matside-plan-week-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    const std::filesystem::path file = std::filesystem::path(pattern) / "settings.json";
    Settings settings;
    settings.quietHours = QuietHours{22 * 60, 7 * 60};
    ASSERT_EQ(saveSettings(settings, file), "");
    SchedulePanel panel("si_joint", "SI joint", std::nullopt, file, std::make_unique<RemindersOn>());
    panel.open(std::chrono::system_clock::now());
    EXPECT_EQ(panel.snapshot().reminderStatus,
              "Reminders on: next 18:30. Quiet hours 22:00-07:00: a reminder due then waits until they end.");

    settings.quietHours.reset(); // `matside schedule quiet off` meanwhile: the next opening follows
    ASSERT_EQ(saveSettings(settings, file), "");
    panel.open(std::chrono::system_clock::now());
    EXPECT_EQ(panel.snapshot().reminderStatus, "Reminders on: next 18:30.");
    std::filesystem::remove_all(pattern);
}

TEST(PlanWeek, KeysToggleDaysMoveTimesAndSave) {
    PlanWeekEditor e;
    e.open(plan("daily", "08:00"), false, true);
    press(e, ui::Action::indexed(K::Number, 2)); // '3': Wednesday off
    press(e, ui::Action::session(Command::Extend));
    press(e, ui::Action::session(Command::Extend));
    EXPECT_EQ(formatTimes(e.plan()), "08:30");
    press(e, ui::Action::session(Command::Shorten));
    EXPECT_EQ(formatTimes(e.plan()), "08:15");
    EXPECT_EQ(press(e, ui::Action::session(Command::Done)), PlanWeekEditor::Outcome::Saved);
    EXPECT_EQ(formatDays(e.plan()), "mon,tue,thu,fri,sat,sun");
    EXPECT_FALSE(e.isOpen());
    EXPECT_FALSE(PlanWeekEditor::clickForKey(ui::Action::of(K::About)));
    EXPECT_EQ(PlanWeekEditor::clickForKey(ui::Action::of(K::CloseOverlay))->command, PlanWeekCommand::Cancel);
    EXPECT_EQ(PlanWeekEditor::clickForKey(ui::Action::indexed(K::Number, 9))->command,
              PlanWeekCommand::ToggleReminders);
}

TEST(PlanWeek, TimesStaySortedUniqueAndAtMostSix) {
    PlanWeekEditor e;
    e.open(plan("mon", "08:00,08:15"), false, true);
    e.apply({PlanWeekCommand::SelectTime, 0});
    e.apply({PlanWeekCommand::Later}); // 08:15 is taken: steps over it to 08:30
    EXPECT_EQ(formatTimes(e.plan()), "08:15,08:30");
    EXPECT_EQ(e.selected(), 1); // still the time that moved
    e.apply({PlanWeekCommand::SelectTime, 0});
    for (int i = 0; i < 4; ++i) e.apply({PlanWeekCommand::Earlier}); // 08:15 -> 07:15
    EXPECT_EQ(formatTimes(e.plan()), "07:15,08:30");
    for (int i = 0; i < 6; ++i) e.apply({PlanWeekCommand::AddTime});
    EXPECT_EQ(e.plan().times.size(), 6u);
    EXPECT_EQ(e.error(), "At most 6 times a day");
    EXPECT_EQ(planError(e.plan()), "");
    for (int i = 0; i < 6; ++i) e.apply({PlanWeekCommand::RemoveTime});
    EXPECT_EQ(e.plan().times.size(), 1u);
    EXPECT_EQ(e.error(), "Keep at least one time, or Clear the plan");
}

TEST(PlanWeek, AnAddedTimeIsThreeHoursLaterOnTheQuarterHour) {
    PlanWeekEditor e;
    e.open(plan("mon", "23:59"), false, false);
    e.apply({PlanWeekCommand::AddTime});
    EXPECT_EQ(formatTimes(e.plan()), "02:45,23:59");
    EXPECT_EQ(e.selected(), 0); // the new time is picked
}

TEST(PlanWeek, ATimeWrapsPastMidnight) {
    PlanWeekEditor e;
    e.open(plan("mon", "23:50"), false, false);
    e.apply({PlanWeekCommand::Later});
    EXPECT_EQ(formatTimes(e.plan()), "00:05");
}

TEST(PlanWeek, NoDayCannotBeSaved) {
    PlanWeekEditor e;
    e.open(plan("tue", "09:00"), false, false);
    e.apply({PlanWeekCommand::ToggleDay, 1});
    EXPECT_EQ(e.apply({PlanWeekCommand::Save}), PlanWeekEditor::Outcome::None);
    EXPECT_EQ(e.error(), "Pick at least one day");
    EXPECT_TRUE(e.isOpen());
    EXPECT_EQ(e.apply({PlanWeekCommand::Cancel}), PlanWeekEditor::Outcome::Cancelled);
}

TEST(PlanWeek, TheSuggestionIsThePrescribedPlanElseDailyAtTheTimeTrained) {
    EXPECT_EQ(formatTimes(suggestedPlan(std::nullopt, 18 * 60 + 37)), "18:30");
    EXPECT_EQ(formatTimes(suggestedPlan(std::nullopt, 18 * 60 + 38)), "18:45");
    EXPECT_TRUE(suggestedPlan(std::nullopt, 600).everyDay());
    EXPECT_EQ(formatTimes(suggestedPlan(std::nullopt, 23 * 60 + 55)), "00:00");
    const WeeklyPlan prescribed = plan("mon,thu", "07:00");
    EXPECT_EQ(suggestedPlan(prescribed, 600), prescribed);
}
