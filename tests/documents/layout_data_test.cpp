// The pure parts of the documents: pagination, tick-log rows from a schedule, the report's
// figures (with and without a schedule), paper names.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule.h"
#include "documents/paper.h"
#include "documents/pdf_layout.h"
#include "documents/planned_sessions.h"
#include "documents/report_data.h"
#include "documents/tick_log.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

using namespace matside;
using namespace matside::documents;
using namespace std::chrono;

namespace {

TEST(Paginate, ABlockThatDoesNotFitStartsTheNextPage) {
    // Page of 100: 40 + 10 gap + 40 fits, the third 40 does not; a new-page block breaks.
    const auto pages =
        paginate({40, 40, 40, 10, 150, 5}, {false, false, false, true, false, false}, {10, 10, 10, 0, 0, 0}, 100);
    EXPECT_EQ(pages, (std::vector<int>{0, 0, 1, 2, 3, 4}));
}

TEST(TickLog, OneBoxADayWithoutAScheduleElseWhatItPlans) {
    const sys_days monday = sys_days(year(2026) / 11 / 30);
    const auto plain = tickRows(monday, 2, PlannedSessions{});
    ASSERT_EQ(plain.size(), 14u);
    for (const auto& row : plain) EXPECT_EQ(row.boxes, 1);
    EXPECT_EQ(plain.back().day, monday + days(13));
    EXPECT_EQ(dayText(monday), "Mon 30 Nov");

    PlannedSessions schedule;
    schedule.fromSchedule = true;
    schedule.perDay = 0;
    schedule.weekdays = {{1, 2}, {3, 1}}; // Monday twice, Wednesday once
    schedule.days[monday + days(7)] = 0;  // the second Monday off
    const auto rows = tickRows(monday, 2, schedule);
    EXPECT_EQ(rows[0].boxes, 2);
    EXPECT_EQ(rows[1].boxes, 0);
    EXPECT_EQ(rows[2].boxes, 1);
    EXPECT_EQ(rows[7].boxes, 0);
}

SessionRecord record(std::int64_t id, const char* at, SessionEnd end, int completed) {
    SessionRecord s;
    s.id = id;
    s.routineId = "r";
    s.routineTitle = "Routine";
    s.startedAt = at;
    s.end = end;
    s.completedSteps = completed;
    s.secondsSpent = 600;
    return s;
}

TEST(ReportData, AdherenceOnlyWithASchedule) {
    ReportInput in;
    in.sessions = {record(1, "2026-11-02T09:00:00Z", SessionEnd::Completed, 3),
                   record(2, "2026-11-02T18:00:00Z", SessionEnd::Quit, 0),
                   record(3, "2026-11-04T09:00:00Z", SessionEnd::Completed, 3)};
    in.today = sys_days(year(2026) / 11 / 8);
    in.since = sys_days(year(2026) / 11 / 2);
    setenv("TZ", "UTC", 1);
    tzset();
    const ReportData none = buildReport(in);
    EXPECT_EQ(none.sessions, 3);
    EXPECT_EQ(none.completedSessions, 2);
    EXPECT_EQ(none.daysTrained, 2);
    EXPECT_DOUBLE_EQ(none.minutes, 30);
    EXPECT_FALSE(none.plannedSessions);
    EXPECT_EQ(none.routineTitle, "Routine");

    // Mon and Wed at 08:00 and 18:00 from Mon 2 Nov: 4 slots; the Monday morning and the
    // Wednesday morning sessions count, the quit one with no exercise done does not.
    in.schedule = {{"r", *parsePlan("mon,wed", "08:00,18:00").plan}, {"other", *parsePlan("daily", "12:00").plan}};
    in.schedule["r"].from = sys_days(year(2026) / 11 / 2);
    in.now = sys_days(year(2026) / 11 / 8) + hours(12);
    in.routineId = "r";
    const ReportData planned = buildReport(in);
    EXPECT_EQ(planned.plannedSessions, 4); // only the routine's own plan
    EXPECT_EQ(planned.plannedDone, 2);

    // Every plan: the other routine's 7 noons too, none done.
    in.routineId.reset();
    EXPECT_EQ(buildReport(in).plannedSessions, 4 + 7);
    EXPECT_EQ(buildReport(in).plannedDone, 2);

    // Wednesday noon: that evening has not come due; days before the plan's first day do not count.
    in.routineId = "r";
    in.now = sys_days(year(2026) / 11 / 4) + hours(12);
    in.since = sys_days(year(2026) / 10 / 26);
    in.until = sys_days(year(2026) / 11 / 4);
    EXPECT_EQ(buildReport(in).plannedSessions, 3);
    EXPECT_EQ(buildReport(in).plannedDone, 2);
}

TEST(TickLog, BoxesFollowTheRoutinesWeeklyPlan) {
    setenv("TZ", "UTC", 1);
    tzset();
    const sys_days monday = sys_days(year(2026) / 11 / 30);
    WeeklyPlan plan = *parsePlan("mon,wed", "08:00,18:00").plan;
    plan.from = monday + days(1); // set on the Tuesday
    const PlannedSessions planned = plannedSessionsOf(&plan, monday, 14);
    EXPECT_TRUE(planned.fromSchedule);
    const auto rows = tickRows(monday, 2, planned);
    EXPECT_EQ(rows[0].boxes, 1); // before the plan's first day: one box, as without a plan
    EXPECT_EQ(rows[1].boxes, 0); // Tuesday: a rest day
    EXPECT_EQ(rows[2].boxes, 2); // Wednesday: twice
    EXPECT_EQ(rows[7].boxes, 2); // the next Monday
    EXPECT_EQ(rows[13].boxes, 0);
    const PlannedSessions none = plannedSessionsOf(nullptr, monday, 14);
    EXPECT_FALSE(none.fromSchedule);
    for (const auto& row : tickRows(monday, 2, none)) EXPECT_EQ(row.boxes, 1);
}

TEST(Paper, NamesAndSizes) {
    EXPECT_EQ(paperFromName("letter"), Paper::Letter);
    EXPECT_EQ(paperFromName("a4"), Paper::A4);
    EXPECT_FALSE(paperFromName("a5"));
    EXPECT_DOUBLE_EQ(paperSize(Paper::Letter).width, 612);
}

} // namespace
