// The schedule core on a virtual wall clock in Europe/Berlin: weekdays, several slots a day,
// sessions done early or late, DST both ways, a clock set back, catch-up after missed slots.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/local_time.h"
#include "core/schedule.h"
#include "core/schedule_status.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <string>

using namespace matside;
using namespace std::chrono;

namespace {

// Runs every test in a time zone with daylight saving time, whatever the machine's is.
class ScheduleCore : public ::testing::Test {
protected:
    void SetUp() override {
        if (const char* tz = std::getenv("TZ")) m_oldTz = tz, m_hadTz = true;
        setZone("Europe/Berlin");
    }
    void TearDown() override {
        if (m_hadTz) setenv("TZ", m_oldTz.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }
    static void setZone(const char* zone) {
        setenv("TZ", zone, 1);
        tzset();
    }

private:
    std::string m_oldTz;
    bool m_hadTz = false;
};

constexpr LocalDay kMonday = sys_days{2026y / November / 30}; // a Monday, CET (UTC+1)

WallTime utc(sys_days day, int hour, int minute) { return WallTime{day} + hours{hour} + minutes{minute}; }
// A local clock reading on a day without a DST change, by arithmetic in CET (UTC+1).
WallTime cet(LocalDay day, int hour, int minute) { return utc(day, hour - 1, minute); }

WeeklyPlan plan(const char* days, const char* times) {
    PlanParse parsed = parsePlan(days, times);
    EXPECT_TRUE(parsed.plan) << parsed.error;
    return parsed.plan.value_or(WeeklyPlan{});
}

DoneSession done(WallTime at, std::string routine = "si") { return DoneSession{std::move(routine), at}; }

} // namespace

TEST_F(ScheduleCore, ParsesDaysAndTimesAndSortsTimes) {
    const WeeklyPlan p = plan("Mon, wed,friday", "18:30,8:05");
    EXPECT_EQ(formatDays(p), "mon,wed,fri");
    EXPECT_EQ(formatTimes(p), "08:05,18:30");
    EXPECT_TRUE(plan("daily", "07:00").everyDay());
    EXPECT_EQ(formatDays(plan("mon,tue,wed,thu,fri,sat,sun", "07:00")), "daily");
    EXPECT_EQ(planError(p), "");
}

TEST_F(ScheduleCore, BadInputNamesTheValueAndTheAcceptedForms) {
    const PlanParse day = parsePlan("mon,tues", "08:00");
    EXPECT_FALSE(day.plan);
    EXPECT_EQ(day.error, std::string("bad day 'tues': use ") + kDaysForms);
    const PlanParse time = parsePlan("daily", "08:00,25:00");
    EXPECT_EQ(time.error, std::string("bad time '25:00': use ") + kTimesForms);
    EXPECT_NE(parsePlan("daily", "8h").error.find("'8h'"), std::string::npos);
    EXPECT_NE(parsePlan("daily", "").error.find("bad time ''"), std::string::npos);
    const PlanParse seven = parsePlan("daily", "01:00,02:00,03:00,04:00,05:00,06:00,07:00");
    EXPECT_FALSE(seven.plan);
    EXPECT_EQ(seven.error.rfind("7 times a day", 0), 0u) << seven.error;
    EXPECT_TRUE(parsePlan("daily", "01:00,02:00,03:00,04:00,05:00,06:00").plan);
    EXPECT_NE(parsePlan("mon,mon", "08:00").error.find("twice"), std::string::npos);
    EXPECT_NE(parsePlan("mon", "08:00,08:00").error.find("twice"), std::string::npos);
}

TEST_F(ScheduleCore, QuietHoursParseBothWaysRoundMidnightAndNameABadValue) {
    const QuietParse night = parseQuietHours(" 22:00-07:00 ");
    ASSERT_TRUE(night.quiet) << night.error;
    EXPECT_EQ(night.quiet->startMinute, 22 * 60);
    EXPECT_EQ(night.quiet->endMinute, 7 * 60);
    EXPECT_EQ(formatQuietHours(*night.quiet), "22:00-07:00");
    const QuietParse noon = parseQuietHours("12:30-14:00");
    ASSERT_TRUE(noon.quiet);
    EXPECT_EQ(formatQuietHours(*noon.quiet), "12:30-14:00");
    EXPECT_EQ(parseQuietHours("22:00").error, std::string("bad quiet hours '22:00': use ") + kQuietForms);
    EXPECT_EQ(parseQuietHours("22:00-25:00").error, std::string("bad quiet hours '22:00-25:00': use ") + kQuietForms);
    EXPECT_FALSE(parseQuietHours("-07:00").quiet);
    EXPECT_NE(parseQuietHours("07:00-07:00").error.find("same time"), std::string::npos);
}

TEST_F(ScheduleCore, PlanErrorCatchesPlansBuiltInCode) {
    WeeklyPlan p;
    EXPECT_NE(planError(p), "");
    p.days[0] = true;
    EXPECT_NE(planError(p), "");
    p.times = {600, 540};
    EXPECT_EQ(planError(p), "times must be ascending and different");
    p.times = {540, 1440};
    EXPECT_EQ(planError(p), "a time is outside 00:00 to 23:59");
}

TEST_F(ScheduleCore, SlotsFallOnlyOnPlannedWeekdays) {
    const Schedule s{{"si", plan("mon,wed,fri", "08:00,18:30")}};
    const auto monday = slotsOfDay(s, kMonday);
    ASSERT_EQ(monday.size(), 2u);
    EXPECT_EQ(monday[0].at, cet(kMonday, 8, 0));
    EXPECT_EQ(monday[1].at, cet(kMonday, 18, 30));
    EXPECT_EQ(mondayFirstWeekday(kMonday), 0);
    EXPECT_TRUE(slotsOfDay(s, kMonday + days{1}).empty());  // Tuesday
    EXPECT_EQ(slotsOfDay(s, kMonday + days{2}).size(), 2u); // Wednesday
    EXPECT_TRUE(slotsOfDay(s, kMonday + days{6}).empty());  // Sunday
    // From Friday evening the next slot is Monday morning.
    const auto next = nextSlot(s, cet(kMonday + days{4}, 19, 0));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->day, kMonday + days{7});
    EXPECT_EQ(next->minute, 8 * 60);
}

TEST_F(ScheduleCore, SlotsOfSeveralRoutinesComeInTimeOrder) {
    const Schedule s{{"a", plan("daily", "18:00")}, {"b", plan("daily", "07:00,20:00")}};
    const auto slots = slotsOfDay(s, kMonday);
    ASSERT_EQ(slots.size(), 3u);
    EXPECT_EQ(slots[0].routineId, "b");
    EXPECT_EQ(slots[1].routineId, "a");
    EXPECT_EQ(slots[2].minute, 20 * 60);
}

TEST_F(ScheduleCore, ASessionCountsForTheSlotItWasDoneNearestTo) {
    const Schedule s{{"si", plan("daily", "08:00,18:30")}};
    // Late for the morning (11:00), early for the evening (15:00): both count.
    auto states = matchSessions(s, kMonday, kMonday, {done(cet(kMonday, 11, 0)), done(cet(kMonday, 15, 0))});
    ASSERT_EQ(states.size(), 2u);
    EXPECT_EQ(states[0].doneAt, cet(kMonday, 11, 0));
    EXPECT_EQ(states[1].doneAt, cet(kMonday, 15, 0));
    // Two sessions in the morning fill one slot: the nearer one counts, the evening stays open.
    states = matchSessions(s, kMonday, kMonday, {done(cet(kMonday, 7, 0)), done(cet(kMonday, 8, 20))});
    EXPECT_EQ(states[0].doneAt, cet(kMonday, 8, 20));
    EXPECT_FALSE(states[1].doneAt);
    // Another routine's session does not count, nor does one on another day.
    states = matchSessions(s, kMonday, kMonday, {done(cet(kMonday, 8, 0), "other"), done(cet(kMonday, -2, 0))});
    EXPECT_FALSE(states[0].doneAt);
    EXPECT_FALSE(states[1].doneAt);
}

TEST_F(ScheduleCore, TodayStatusSaysWhatIsDoneAndWhatIsNext) {
    const Schedule s{{"si", plan("daily", "08:00,18:30")}};
    const WallTime noon = cet(kMonday, 12, 0);
    TodayStatus t = todayStatus("si", s, noon, {done(cet(kMonday, 8, 10))});
    EXPECT_EQ(t.total, 2);
    EXPECT_EQ(t.done, 1);
    EXPECT_EQ(todayText(t), "Today: 1 of 2 done \xC2\xB7 next 18:30");
    t = todayStatus("si", s, noon, {done(cet(kMonday, 8, 10)), done(cet(kMonday, 11, 50))});
    EXPECT_EQ(todayText(t), "Today: 1 of 2 done \xC2\xB7 next 18:30"); // 11:50 is nearer 08:00
    t = todayStatus("si", s, noon, {done(cet(kMonday, 8, 10)), done(cet(kMonday, 14, 0))});
    EXPECT_EQ(todayText(t), "Today: 2 of 2 done"); // 14:00 is nearer 18:30: done early
    // Morning missed and evening gone too: nothing next.
    EXPECT_EQ(todayText(todayStatus("si", s, cet(kMonday, 21, 0), {})), "Today: 0 of 2 done");
    EXPECT_EQ(todayText(todayStatus("other", s, noon, {})), "Not planned today");
    const Schedule weekdays{{"si", plan("mon,tue", "08:00")}};
    EXPECT_EQ(todayText(todayStatus("si", weekdays, cet(kMonday + days{2}, 9, 0), {})), "Not planned today");
}

TEST_F(ScheduleCore, NextPendingSlotSkipsSlotsAlreadyDone) {
    const Schedule s{{"si", plan("daily", "08:00,18:30")}};
    const auto next = nextPendingSlot(s, cet(kMonday, 12, 0), {done(cet(kMonday, 14, 0))});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->at, cet(kMonday + days{1}, 8, 0));
    EXPECT_EQ(nextSlot(s, cet(kMonday, 12, 0))->at, cet(kMonday, 18, 30));
    EXPECT_FALSE(nextSlot(Schedule{}, cet(kMonday, 12, 0)));
}

TEST_F(ScheduleCore, AdherenceOverSevenAndTwentyEightDays) {
    const Schedule s{{"si", plan("daily", "08:00,18:30")}};
    const WallTime now = cet(kMonday, 12, 0);
    std::vector<DoneSession> sessions;
    // The last 7 days: both slots on 4 days, only the morning on 1 more, and this morning.
    for (int d = 1; d <= 4; ++d) {
        sessions.push_back(done(cet(kMonday - days{d}, 8, 5)));
        sessions.push_back(done(cet(kMonday - days{d}, 18, 40)));
    }
    sessions.push_back(done(cet(kMonday - days{5}, 9, 0)));
    sessions.push_back(done(cet(kMonday, 8, 0)));
    // 20 days ago: one session, outside the 7 days and inside the 28.
    sessions.push_back(done(cet(kMonday - days{20}, 18, 0)));
    const Adherence week = adherence(s, now, 7, sessions);
    EXPECT_EQ(week.planned, 13); // 6 whole days and this morning; this evening is not due yet
    EXPECT_EQ(week.done, 10);
    EXPECT_EQ(adherenceText(week), "10 of 13 planned sessions");
    const Adherence month = adherence(s, now, 28, sessions);
    EXPECT_EQ(month.planned, 27 * 2 + 1);
    EXPECT_EQ(month.done, 11);
    EXPECT_EQ(adherenceText(adherence(Schedule{}, now, 7, sessions)), "nothing planned");
}

// A report's period: only the slots that have come due by now, none before the plan's
// first day, each counted once (a second session near the same slot is extra).
TEST_F(ScheduleCore, AdherenceOverAPeriodCountsDueSlotsFromThePlansFirstDay) {
    WeeklyPlan p = plan("mon,wed", "08:00,18:00");
    p.from = kMonday - days{7}; // the Monday a week before
    const Schedule s{{"si", p}, {"other", plan("daily", "12:00")}};
    const Schedule si{{"si", p}};
    const WallTime now = cet(kMonday + days{2}, 12, 0); // this Wednesday noon
    const std::vector<DoneSession> sessions = {
        done(cet(kMonday - days{14}, 8, 0)), // before the plan's first day: not counted
        done(cet(kMonday - days{7}, 8, 10)), done(cet(kMonday - days{7}, 8, 30)), // one slot, one extra
        done(cet(kMonday - days{5}, 18, 5)),                                      // last Wednesday evening
        done(cet(kMonday, 7, 50)),                                                // this Monday morning
        done(cet(kMonday + days{2}, 8, 0)),                                       // this Wednesday morning
        done(cet(kMonday - days{4}, 8, 0)),                                       // a Thursday: not planned
    };
    // Slots due: last Mon 2, last Wed 2, this Mon 2, this Wed morning 1 (the evening is not due).
    const Adherence a = adherenceOver(si, kMonday - days{21}, kMonday + days{6}, now, sessions);
    EXPECT_EQ(a.planned, 7);
    EXPECT_EQ(a.done, 4);
    EXPECT_EQ(adherenceText(a), "4 of 7 planned sessions");
    // The same days as adherence() over the last 28 days: the two agree.
    EXPECT_EQ(adherenceOver(si, kMonday + days{2} - days{27}, kMonday + days{2}, now, sessions).planned,
              adherence(si, now, 28, sessions).planned);
    // Only this week: 3 due, 2 done.
    const Adherence week = adherenceOver(si, kMonday, kMonday + days{6}, now, sessions);
    EXPECT_EQ(week.planned, 3);
    EXPECT_EQ(week.done, 2);
    // Every plan: the other routine's noon slot from the first day of the period on.
    EXPECT_EQ(adherenceOver(s, kMonday, kMonday + days{6}, now, sessions).planned, 3 + 3);
    EXPECT_EQ(adherenceOver(Schedule{}, kMonday, kMonday + days{6}, now, sessions).planned, 0);
}

TEST_F(ScheduleCore, DayMarksTellDoneMissedPartlyAndUnplannedApart) {
    const Schedule s{{"si", plan("mon,tue,wed,thu", "08:00,18:30")}};
    const WallTime now = cet(kMonday + days{3}, 12, 0); // Thursday noon
    const std::vector<DoneSession> sessions = {
        done(cet(kMonday, 8, 0)),
        done(cet(kMonday, 18, 0)),           // Monday: both
        done(cet(kMonday + days{1}, 9, 0)),  // Tuesday: one of two
        done(cet(kMonday + days{3}, 8, 30)), // Thursday: the morning, evening to come
        done(cet(kMonday + days{4}, 10, 0)), // Friday is not planned
    };
    EXPECT_EQ(dayMark(s, kMonday, now, sessions), DayMark::Done);
    EXPECT_EQ(dayMark(s, kMonday + days{1}, now, sessions), DayMark::Partly);
    EXPECT_EQ(dayMark(s, kMonday + days{2}, now, sessions), DayMark::Missed);
    EXPECT_EQ(dayMark(s, kMonday + days{3}, now, sessions), DayMark::Done);
    EXPECT_EQ(dayMark(s, kMonday + days{4}, now, sessions), DayMark::Unplanned);
    EXPECT_EQ(dayMark(s, kMonday + days{5}, now, sessions), DayMark::None);
    EXPECT_EQ(dayMark(s, kMonday + days{7}, now, sessions), DayMark::Upcoming);
    EXPECT_STREQ(toString(DayMark::Partly), "partly");
}

TEST_F(ScheduleCore, LocalTimesFollowTheZoneInWinterAndSummer) {
    EXPECT_EQ(wallTimeAt(kMonday, 8 * 60), utc(kMonday, 7, 0));                                       // CET
    EXPECT_EQ(wallTimeAt(sys_days{2026y / July / 1}, 8 * 60), utc(sys_days{2026y / July / 1}, 6, 0)); // CEST
    EXPECT_EQ(localDayOf(utc(kMonday, 23, 30)), kMonday + days{1}); // 00:30 local, the next day
    EXPECT_EQ(localMinuteOf(utc(kMonday, 23, 30)), 30);
    setZone("America/New_York");
    EXPECT_EQ(wallTimeAt(kMonday, 8 * 60), utc(kMonday, 13, 0)); // EST
}

TEST_F(ScheduleCore, SpringForwardSlotsKeepTheirClockTimeAndTheMissingHourMovesOn) {
    const LocalDay spring = sys_days{2026y / March / 29}; // 02:00 CET -> 03:00 CEST
    const Schedule s{{"si", plan("daily", "01:30,02:30,08:00")}};
    const auto slots = slotsOfDay(s, spring);
    ASSERT_EQ(slots.size(), 3u);
    EXPECT_EQ(slots[0].at, utc(spring, 0, 30)); // 01:30 CET
    EXPECT_EQ(slots[1].at, utc(spring, 1, 30)); // 02:30 does not exist: 03:30 CEST
    EXPECT_EQ(localMinuteOf(slots[1].at), 3 * 60 + 30);
    EXPECT_EQ(slots[2].at, utc(spring, 6, 0)); // 08:00 CEST
    // The day before and after keep their own offsets.
    EXPECT_EQ(slotsOfDay(s, spring - days{1})[2].at, utc(spring - days{1}, 7, 0));
    EXPECT_EQ(slotsOfDay(s, spring + days{1})[2].at, utc(spring + days{1}, 6, 0));
    // The night of the change: from 01:45 CET the next slot is the moved 02:30.
    EXPECT_EQ(nextSlot(s, utc(spring, 0, 45))->at, utc(spring, 1, 30));
}

TEST_F(ScheduleCore, FallBackRepeatedHourGivesOneSlotNotTwo) {
    const LocalDay autumn = sys_days{2026y / October / 25}; // 03:00 CEST -> 02:00 CET
    const Schedule s{{"si", plan("daily", "02:30,08:00")}};
    const auto slots = slotsOfDay(s, autumn);
    ASSERT_EQ(slots.size(), 2u);
    EXPECT_EQ(slots[0].at, utc(autumn, 0, 30)); // the first 02:30 (CEST)
    EXPECT_EQ(slots[1].at, utc(autumn, 7, 0));  // 08:00 CET
    // During the second 02:30 (01:30 UTC) the slot is past: the next is 08:00.
    EXPECT_EQ(nextSlot(s, utc(autumn, 0, 45))->at, utc(autumn, 7, 0));
    EXPECT_EQ(localDayOf(utc(autumn, 22, 59)), autumn); // 23:59 CET, still the 25th
    // Missed while asleep over the change: each slot once.
    EXPECT_EQ(missedSlots(s, utc(autumn, 0, 0) - hours{1}, utc(autumn, 9, 0), {}).size(), 2u);
}

TEST_F(ScheduleCore, CatchUpListsTheSlotsMissedWhileAwayOldestFirst) {
    const Schedule s{{"si", plan("daily", "08:00,18:30")}};
    const WallTime off = cet(kMonday, 7, 0), back = cet(kMonday + days{1}, 12, 0);
    auto missed = missedSlots(s, off, back, {});
    ASSERT_EQ(missed.size(), 3u);
    EXPECT_EQ(missed.front().at, cet(kMonday, 8, 0));
    EXPECT_EQ(missed.back().at, cet(kMonday + days{1}, 8, 0));
    // A session done on Monday morning (on another machine, say) is not missed.
    missed = missedSlots(s, off, back, {done(cet(kMonday, 8, 15))});
    ASSERT_EQ(missed.size(), 2u);
    EXPECT_EQ(missed.front().at, cet(kMonday, 18, 30));
    // A slot exactly at `since` was already handled; one exactly at `now` is due.
    EXPECT_EQ(missedSlots(s, cet(kMonday, 8, 0), cet(kMonday, 18, 30), {}).size(), 1u);
    // Away for a year: at most a month is looked at.
    EXPECT_EQ(missedSlots(s, back - days{365}, back, {}).size(), 2u * 31);
}

TEST_F(ScheduleCore, AClockSetBackRemindsOfNothingAgain) {
    const Schedule s{{"si", plan("daily", "08:00,18:30")}};
    const WallTime lastSeen = cet(kMonday, 9, 0), setBack = cet(kMonday, 7, 10);
    EXPECT_TRUE(missedSlots(s, lastSeen, setBack, {}).empty());
    // The morning session was recorded at 08:05 before the clock went back an hour and more:
    // it still counts, so the next slot to wait for is the evening, not 08:00 again.
    const std::vector<DoneSession> sessions = {done(cet(kMonday, 8, 5))};
    EXPECT_EQ(nextPendingSlot(s, setBack, sessions)->at, cet(kMonday, 18, 30));
    EXPECT_EQ(todayText(todayStatus("si", s, setBack, sessions)), "Today: 1 of 2 done \xC2\xB7 next 18:30");
}

TEST_F(ScheduleCore, QuietHoursWrapMidnight) {
    const QuietHours quiet{22 * 60, 7 * 60};
    EXPECT_FALSE(isQuiet(quiet, cet(kMonday, 21, 59)));
    EXPECT_TRUE(isQuiet(quiet, cet(kMonday, 22, 0)));
    EXPECT_TRUE(isQuiet(quiet, cet(kMonday, 6, 59)));
    EXPECT_FALSE(isQuiet(quiet, cet(kMonday, 7, 0)));
    EXPECT_EQ(quietEnd(quiet, cet(kMonday, 23, 0)), cet(kMonday + days{1}, 7, 0));
    EXPECT_EQ(quietEnd(quiet, cet(kMonday, 5, 0)), cet(kMonday, 7, 0));
    EXPECT_EQ(quietEnd(quiet, cet(kMonday, 12, 0)), cet(kMonday, 12, 0));
    const QuietHours lunch{12 * 60, 13 * 60};
    EXPECT_TRUE(isQuiet(lunch, cet(kMonday, 12, 30)));
    EXPECT_FALSE(isQuiet(lunch, cet(kMonday, 13, 0)));
    EXPECT_FALSE(isQuiet(QuietHours{600, 600}, cet(kMonday, 10, 0)));
}

TEST_F(ScheduleCore, APlanCountsOnlyFromTheDayItWasSet) {
    WeeklyPlan p = plan("daily", "08:00");
    p.from = kMonday;
    const Schedule s{{"si", p}};
    EXPECT_TRUE(slotsOfDay(s, kMonday - days{1}).empty());
    EXPECT_EQ(slotsOfDay(s, kMonday).size(), 1u);
    const Adherence a = adherence(s, cet(kMonday + days{1}, 12, 0), 28, {done(cet(kMonday, 8, 0))});
    EXPECT_EQ(a.planned, 2); // Monday and Tuesday, not the 26 days before the plan existed
    EXPECT_EQ(a.done, 1);
}
