// The reminder decisions on a virtual wall clock in Europe/Berlin: one reminder per due slot,
// none for a done one, one catch-up for a pile of missed slots, quiet hours, snooze, skip,
// a clock set back, and the state file round trip (and a hostile one).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/remind_state.h"
#include "remind/reminder_planner.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace matside;
using namespace matside::remind;
using namespace std::chrono;

namespace {

class Planner : public ::testing::Test {
protected:
    void SetUp() override {
        if (const char* tz = std::getenv("TZ")) m_oldTz = tz, m_hadTz = true;
        setenv("TZ", "Europe/Berlin", 1);
        tzset();
        schedule["si"] = parsePlan("daily", "08:00,18:30").plan.value();
    }
    void TearDown() override {
        if (m_hadTz) setenv("TZ", m_oldTz.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }
    Decision at(WallTime now) { return decide(schedule, quiet, sessions, now, state); }

    Schedule schedule;
    std::optional<QuietHours> quiet;
    std::vector<DoneSession> sessions;
    PlannerState state;

private:
    std::string m_oldTz;
    bool m_hadTz = false;
};

constexpr LocalDay kMonday = sys_days{2026y / November / 30}; // CET, UTC+1
WallTime cet(LocalDay day, int hour, int minute) { return WallTime{day} + hours{hour - 1} + minutes{minute}; }

TEST_F(Planner, FirstRunRaisesNothingAndSleepsUntilTheNextSlot) {
    const Decision d = at(cet(kMonday, 7, 0));
    EXPECT_FALSE(d.notify);
    ASSERT_TRUE(d.wakeAt);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 8, 0));
}

TEST_F(Planner, SlotMinuteRaisesItOnceThenSleepsToTheNext) {
    at(cet(kMonday, 7, 0));
    const Decision d = at(cet(kMonday, 8, 0));
    ASSERT_TRUE(d.notify);
    EXPECT_EQ(d.notify->minute, 8 * 60);
    EXPECT_FALSE(d.catchUp);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 18, 30));
    EXPECT_FALSE(at(cet(kMonday, 8, 0) + seconds(5)).notify) << "a second look raises it no second time";
}

TEST_F(Planner, DoneSlotGetsNoReminder) {
    at(cet(kMonday, 7, 0));
    sessions.push_back(DoneSession{"si", cet(kMonday, 7, 40)}); // done early: counts for 08:00
    const Decision d = at(cet(kMonday, 8, 0));
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 18, 30)) << "the done slot is not even woken for";
}

TEST_F(Planner, MissedWhileAsleepMakesOneCatchUpForTheLatest) {
    schedule["si"] = parsePlan("daily", "08:00,10:00,12:00").plan.value();
    at(cet(kMonday, 7, 0));
    const Decision d = at(cet(kMonday, 13, 15)); // resumed after the three slots
    ASSERT_TRUE(d.notify);
    EXPECT_EQ(d.notify->minute, 12 * 60) << "one, for the latest: never a pile";
    EXPECT_TRUE(d.catchUp);
    EXPECT_FALSE(at(cet(kMonday, 13, 16)).notify);
}

TEST_F(Planner, YesterdaysMissedSlotsAreNotCaughtUp) {
    at(cet(kMonday, 19, 0));
    const Decision d = at(cet(kMonday + days{1}, 7, 0)); // the machine was off overnight
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(*d.wakeAt, cet(kMonday + days{1}, 8, 0));
}

TEST_F(Planner, QuietHoursHoldTheReminderUntilTheyEnd) {
    schedule["si"] = parsePlan("daily", "06:30").plan.value();
    quiet = QuietHours{22 * 60, 7 * 60};
    at(cet(kMonday, 6, 0));
    Decision d = at(cet(kMonday, 6, 30));
    EXPECT_FALSE(d.notify);
    ASSERT_TRUE(d.wakeAt);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 7, 0));
    d = at(cet(kMonday, 7, 0));
    ASSERT_TRUE(d.notify);
    EXPECT_EQ(d.notify->minute, 6 * 60 + 30);
}

TEST_F(Planner, SnoozeRaisesItAgainTenMinutesLaterUnlessDoneMeanwhile) {
    at(cet(kMonday, 7, 0));
    const PlannedSlot slot = *at(cet(kMonday, 8, 0)).notify;
    snooze(state, slot, cet(kMonday, 8, 1));
    Decision d = at(cet(kMonday, 8, 1));
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 8, 11));
    d = at(cet(kMonday, 8, 11));
    ASSERT_TRUE(d.notify);
    EXPECT_EQ(*d.notify, slot);

    snooze(state, slot, cet(kMonday, 8, 12));
    sessions.push_back(DoneSession{"si", cet(kMonday, 8, 15)});
    EXPECT_FALSE(at(cet(kMonday, 8, 22)).notify) << "done during the snooze";
}

TEST_F(Planner, SkipTodaySilencesTheRoutineUntilTomorrow) {
    at(cet(kMonday, 7, 0));
    const PlannedSlot slot = *at(cet(kMonday, 8, 0)).notify;
    skipToday(state, slot, cet(kMonday, 8, 1));
    EXPECT_FALSE(at(cet(kMonday, 18, 30)).notify);
    EXPECT_TRUE(at(cet(kMonday + days{1}, 8, 0)).notify);
}

TEST_F(Planner, ClockSetBackRaisesNothingTwice) {
    at(cet(kMonday, 7, 0));
    ASSERT_TRUE(at(cet(kMonday, 8, 0)).notify);
    const Decision d = at(cet(kMonday, 7, 30)); // set back half an hour
    EXPECT_FALSE(d.notify);
    EXPECT_FALSE(at(cet(kMonday, 8, 0)).notify) << "08:00 was handled before the clock went back";
    EXPECT_TRUE(at(cet(kMonday, 18, 30)).notify);
}

TEST_F(Planner, StateFileRoundTripsAndAHostileOneStartsFresh) {
    at(cet(kMonday, 7, 0));
    const PlannedSlot slot = *at(cet(kMonday, 8, 0)).notify;
    snooze(state, slot, cet(kMonday, 8, 1));
    state.skipped["other"] = kMonday;
    const auto dir = std::filesystem::temp_directory_path() / ("matside-planner-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = remindStatePath(dir);
    ASSERT_EQ(saveRemindState(state, file), "");
    const LoadedState back = loadRemindState(file);
    EXPECT_EQ(back.notice, "");
    EXPECT_EQ(back.state, state);

    std::ofstream(file) << "{\"checked_up_to\": 12, \"again\": {\"routine\": 3}, \"skipped\": [1]}";
    const LoadedState hostile = loadRemindState(file);
    EXPECT_NE(hostile.notice.find("checked_up_to"), std::string::npos) << hostile.notice;
    EXPECT_NE(hostile.notice.find(file.string()), std::string::npos) << hostile.notice;
    EXPECT_EQ(hostile.state, PlannerState{});
    std::ofstream(file) << "not json";
    EXPECT_NE(loadRemindState(file).notice.find("not a JSON object"), std::string::npos);
    std::filesystem::remove_all(dir);
}

} // namespace
