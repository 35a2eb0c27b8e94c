// Days trained, the 8-week calendar and the streak: pure functions over calendar days.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_calendar.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

using namespace matside;
using namespace std::chrono;

namespace {

constexpr sys_days kToday = sys_days{year{2026} / 11 / 25}; // a Wednesday

std::vector<sys_days> daysAgo(std::initializer_list<int> offsets) {
    std::vector<sys_days> out;
    for (int d : offsets) out.push_back(kToday - days{d});
    return out;
}

SessionRecord recordAt(const std::string& startedAt, int completed) {
    SessionRecord r;
    r.startedAt = startedAt;
    r.completedSteps = completed;
    return r;
}

// Sets TZ for one test and puts the old value back.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ")) m_old = old;
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (m_old) setenv("TZ", m_old->c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }

private:
    std::optional<std::string> m_old;
};

} // namespace

TEST(HistoryStreak, CountsConsecutiveDaysEndingToday) {
    EXPECT_EQ(currentStreak(daysAgo({0, 1, 2, 4}), kToday), 3);
}

TEST(HistoryStreak, StaysAliveUntilTodayIsOver) {
    EXPECT_EQ(currentStreak(daysAgo({1, 2}), kToday), 2);
}

TEST(HistoryStreak, IsZeroAfterAMissedDay) {
    EXPECT_EQ(currentStreak(daysAgo({2, 3, 4}), kToday), 0);
    EXPECT_EQ(currentStreak({}, kToday), 0);
}

TEST(HistoryStreak, TwoSessionsOnOneDayCountOnce) {
    EXPECT_EQ(currentStreak(daysAgo({0, 0, 1, 1}), kToday), 2);
}

TEST(HistoryCalendar, EightWeeksFromAMondayWithTodayInTheLastWeek) {
    const auto cal = trainingCalendar(daysAgo({0, 1, 10, 55, 400, -3}), kToday);
    ASSERT_EQ(cal.trained.size(), 56u);
    EXPECT_EQ(weekday{cal.firstDay}, Monday);
    EXPECT_EQ(cal.firstDay, sys_days{year{2026} / 10 / 5});
    EXPECT_EQ(cal.todayIndex, 51u); // week 8, Wednesday
    EXPECT_EQ(cal.firstDay + days{static_cast<int>(cal.todayIndex)}, kToday);
    EXPECT_TRUE(cal.trained[51]);
    EXPECT_TRUE(cal.trained[50]);
    EXPECT_TRUE(cal.trained[41]);
    // 55 days ago is before the grid's first Monday (51 days back); 400 days ago and the
    // future day are outside too.
    EXPECT_EQ(cal.daysTrained, 3);
    EXPECT_FALSE(cal.trained[54]);
}

TEST(HistoryCalendar, OnAMondayTheLastWeekStartsToday) {
    const sys_days monday{year{2026} / 11 / 23};
    const auto cal = trainingCalendar({monday}, monday, 1);
    ASSERT_EQ(cal.trained.size(), 7u);
    EXPECT_EQ(cal.firstDay, monday);
    EXPECT_EQ(cal.todayIndex, 0u);
    EXPECT_EQ(cal.daysTrained, 1);
}

TEST(HistoryCalendar, OnlySessionsWithACompletedStepCountAsTraining) {
    ScopedTimeZone utc("UTC");
    const auto days = trainingDays({recordAt("2026-11-24T07:00:00Z", 3), recordAt("2026-11-25T07:00:00Z", 0),
                                    recordAt("not a time", 5)});
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0], sys_days{year{2026} / 11 / 24});
}

TEST(HistoryCalendar, ADayIsThePersonsLocalDayNotTheUtcOne) {
    // 20:00 UTC on the 25th is already the 26th in Tokyo and still the 25th in New York.
    const sys_seconds t = sys_days{year{2026} / 11 / 25} + hours{20};
    {
        ScopedTimeZone tokyo("Asia/Tokyo");
        EXPECT_EQ(localDay(t), sys_days{year{2026} / 11 / 26});
    }
    {
        ScopedTimeZone newYork("America/New_York");
        EXPECT_EQ(localDay(t), sys_days{year{2026} / 11 / 25});
    }
}

TEST(HistoryPainSeries, KeepsRatedSessionsSinceADayInOrder) {
    ScopedTimeZone utc("UTC");
    std::vector<SessionRecord> sessions(4);
    sessions[0] = recordAt("2026-09-01T07:00:00Z", 1); // too old
    sessions[0].painBefore = 9;
    sessions[1] = recordAt("2026-11-20T07:00:00Z", 0); // no rating at all
    sessions[2] = recordAt("2026-11-21T07:00:00Z", 3);
    sessions[2].id = 12;
    sessions[2].painBefore = 6;
    sessions[3] = recordAt("2026-11-24T19:00:00Z", 3);
    sessions[3].id = 13;
    sessions[3].painAfter = 2;
    const auto series = painSeries(sessions, kToday - days{55});
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series[0].sessionId, 12);
    EXPECT_EQ(series[0].day, sys_days{year{2026} / 11 / 21});
    EXPECT_EQ(series[0].before, 6);
    EXPECT_EQ(series[0].after, std::nullopt);
    EXPECT_EQ(series[1].sessionId, 13);
    EXPECT_EQ(series[1].after, 2);
}
