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

// The one reminder a decision raises (null when none; more than one fails the test).
const Due* only(const Decision& d) {
    EXPECT_LE(d.due.size(), 1u) << "one reminder expected";
    return d.due.size() == 1 ? &d.due[0] : nullptr;
}

constexpr LocalDay kMonday = sys_days{2026y / November / 30}; // CET, UTC+1
WallTime cet(LocalDay day, int hour, int minute) { return WallTime{day} + hours{hour - 1} + minutes{minute}; }

TEST_F(Planner, FirstRunRaisesNothingAndSleepsUntilTheNextSlot) {
    const Decision d = at(cet(kMonday, 7, 0));
    EXPECT_FALSE(only(d));
    ASSERT_TRUE(d.wakeAt);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 8, 0));
}

TEST_F(Planner, SlotMinuteRaisesItOnceThenSleepsToTheNext) {
    at(cet(kMonday, 7, 0));
    const Decision d = at(cet(kMonday, 8, 0));
    ASSERT_TRUE(only(d));
    EXPECT_EQ(only(d)->slot.minute, 8 * 60);
    EXPECT_FALSE(only(d)->catchUp);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 18, 30));
    EXPECT_FALSE(only(at(cet(kMonday, 8, 0) + seconds(5)))) << "a second look raises it no second time";
}

TEST_F(Planner, DoneSlotGetsNoReminder) {
    at(cet(kMonday, 7, 0));
    sessions.push_back(DoneSession{"si", cet(kMonday, 7, 40)}); // done early: counts for 08:00
    const Decision d = at(cet(kMonday, 8, 0));
    EXPECT_FALSE(only(d));
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 18, 30)) << "the done slot is not even woken for";
}

TEST_F(Planner, MissedWhileAsleepMakesOneCatchUpForTheLatest) {
    schedule["si"] = parsePlan("daily", "08:00,10:00,12:00").plan.value();
    at(cet(kMonday, 7, 0));
    const Decision d = at(cet(kMonday, 13, 15)); // resumed after the three slots
    ASSERT_TRUE(only(d));
    EXPECT_EQ(only(d)->slot.minute, 12 * 60) << "one, for the latest: never a pile";
    EXPECT_TRUE(only(d)->catchUp);
    EXPECT_FALSE(only(at(cet(kMonday, 13, 16))));
}

TEST_F(Planner, YesterdaysMissedSlotsAreNotCaughtUp) {
    at(cet(kMonday, 19, 0));
    const Decision d = at(cet(kMonday + days{1}, 7, 0)); // the machine was off overnight
    EXPECT_FALSE(only(d));
    EXPECT_EQ(*d.wakeAt, cet(kMonday + days{1}, 8, 0));
}

TEST_F(Planner, QuietHoursHoldTheReminderUntilTheyEnd) {
    schedule["si"] = parsePlan("daily", "06:30").plan.value();
    quiet = QuietHours{22 * 60, 7 * 60};
    at(cet(kMonday, 6, 0));
    Decision d = at(cet(kMonday, 6, 30));
    EXPECT_FALSE(only(d));
    ASSERT_TRUE(d.wakeAt);
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 7, 0));
    d = at(cet(kMonday, 7, 0));
    ASSERT_TRUE(only(d));
    EXPECT_EQ(only(d)->slot.minute, 6 * 60 + 30);
}

TEST_F(Planner, SnoozeRaisesItAgainTenMinutesLaterUnlessDoneMeanwhile) {
    at(cet(kMonday, 7, 0));
    const PlannedSlot slot = only(at(cet(kMonday, 8, 0)))->slot;
    snooze(state, slot, cet(kMonday, 8, 1));
    Decision d = at(cet(kMonday, 8, 1));
    EXPECT_FALSE(only(d));
    EXPECT_EQ(*d.wakeAt, cet(kMonday, 8, 11));
    d = at(cet(kMonday, 8, 11));
    ASSERT_TRUE(only(d));
    EXPECT_EQ(only(d)->slot, slot);

    snooze(state, slot, cet(kMonday, 8, 12));
    sessions.push_back(DoneSession{"si", cet(kMonday, 8, 15)});
    EXPECT_FALSE(only(at(cet(kMonday, 8, 22)))) << "done during the snooze";
}

TEST_F(Planner, SkipTodaySilencesTheRoutineUntilTomorrow) {
    at(cet(kMonday, 7, 0));
    const PlannedSlot slot = only(at(cet(kMonday, 8, 0)))->slot;
    skipToday(state, slot, cet(kMonday, 8, 1));
    EXPECT_FALSE(only(at(cet(kMonday, 18, 30))));
    EXPECT_TRUE(only(at(cet(kMonday + days{1}, 8, 0))));
}

TEST_F(Planner, ClockSetBackRaisesNothingTwice) {
    at(cet(kMonday, 7, 0));
    ASSERT_TRUE(only(at(cet(kMonday, 8, 0))));
    const Decision d = at(cet(kMonday, 7, 30)); // set back half an hour
    EXPECT_FALSE(only(d));
    EXPECT_FALSE(only(at(cet(kMonday, 8, 0)))) << "08:00 was handled before the clock went back";
    EXPECT_TRUE(only(at(cet(kMonday, 18, 30))));
}

TEST_F(Planner, TwoRoutinesDueTogetherEachGetTheirOwnReminder) {
    schedule["strength"] = parsePlan("daily", "08:00").plan.value();
    at(cet(kMonday, 7, 0));
    const Decision d = at(cet(kMonday, 8, 0));
    ASSERT_EQ(d.due.size(), 2u);
    EXPECT_EQ(d.due[0].slot.routineId, "si");
    EXPECT_EQ(d.due[1].slot.routineId, "strength");
    EXPECT_TRUE(at(cet(kMonday, 8, 1)).due.empty()) << "each raised once";

    // Snoozing one leaves the other alone; skipping the other does not touch the snooze.
    snooze(state, d.due[0].slot, cet(kMonday, 8, 1));
    skipToday(state, d.due[1].slot, cet(kMonday, 8, 2));
    const Decision again = at(cet(kMonday, 8, 11));
    ASSERT_EQ(again.due.size(), 1u);
    EXPECT_EQ(again.due[0].slot.routineId, "si");
}

TEST_F(Planner, QuietHoursHoldEveryRoutinesReminderAndReleaseThemTogether) {
    schedule["si"] = parsePlan("daily", "06:30").plan.value();
    schedule["strength"] = parsePlan("daily", "06:45").plan.value();
    quiet = QuietHours{22 * 60, 7 * 60};
    at(cet(kMonday, 6, 0));
    EXPECT_TRUE(at(cet(kMonday, 6, 30)).due.empty());
    EXPECT_TRUE(at(cet(kMonday, 6, 45)).due.empty());
    EXPECT_EQ(state.waiting.size(), 2u);
    const Decision d = at(cet(kMonday, 7, 0));
    ASSERT_EQ(d.due.size(), 2u) << "both held, both raised at the end of the quiet hours";
    EXPECT_EQ(d.due[0].slot.minute, 6 * 60 + 30);
    EXPECT_EQ(d.due[1].slot.minute, 6 * 60 + 45);
    EXPECT_TRUE(state.waiting.empty());
}

TEST_F(Planner, MissedSlotsOfTwoRoutinesMakeOneCatchUpEach) {
    schedule["si"] = parsePlan("daily", "08:00,10:00").plan.value();
    schedule["strength"] = parsePlan("daily", "09:00,11:00").plan.value();
    at(cet(kMonday, 7, 0));
    const Decision d = at(cet(kMonday, 12, 0));
    ASSERT_EQ(d.due.size(), 2u);
    EXPECT_EQ(d.due[0].slot.minute, 10 * 60);
    EXPECT_EQ(d.due[1].slot.minute, 11 * 60);
    EXPECT_TRUE(d.due[0].catchUp && d.due[1].catchUp);
}

TEST_F(Planner, AStateFileOfTheFirstReleaseKeepsItsSnoozedReminder) {
    const auto dir = std::filesystem::temp_directory_path() / ("matside-planner-v1-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = remindStatePath(dir);
    std::ofstream(file) << R"({"checked_up_to": "2026-11-30T07:01:00Z", "skipped": {},
        "again": {"routine": "si", "day": "2026-11-30", "minute": 480, "at": "2026-11-30T07:11:00Z"}})";
    const LoadedState old = loadRemindState(file);
    EXPECT_EQ(old.notice, "");
    ASSERT_EQ(old.state.waiting.size(), 1u);
    EXPECT_EQ(old.state.waiting.at("si").slot.minute, 8 * 60);
    EXPECT_EQ(old.state.waiting.at("si").at, cet(kMonday, 8, 11));
    state = old.state;
    const Decision d = at(cet(kMonday, 8, 11));
    const Due* due = only(d);
    ASSERT_TRUE(due) << "the snooze survives the upgrade";
    EXPECT_EQ(due->slot.routineId, "si");
    ASSERT_EQ(saveRemindState(state, file), "");
    EXPECT_EQ(loadRemindState(file).state, state); // written in the new form, read back alike
    std::filesystem::remove_all(dir);
}

TEST_F(Planner, StateFileRoundTripsAndAHostileOneStartsFresh) {
    at(cet(kMonday, 7, 0));
    const PlannedSlot slot = only(at(cet(kMonday, 8, 0)))->slot;
    snooze(state, slot, cet(kMonday, 8, 1));
    snooze(state, PlannedSlot{"strength", kMonday, 8 * 60, cet(kMonday, 8, 0)}, cet(kMonday, 8, 2));
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
