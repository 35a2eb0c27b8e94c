// The pure parts of the documents: pagination, tick-log rows from a schedule, the report's
// figures (with and without a schedule), paper names.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/paper.h"
#include "documents/pdf_layout.h"
#include "documents/report_data.h"
#include "documents/tick_log.h"

#include <gtest/gtest.h>

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
    const ReportData none = buildReport(in);
    EXPECT_EQ(none.sessions, 3);
    EXPECT_EQ(none.completedSessions, 2);
    EXPECT_EQ(none.daysTrained, 2);
    EXPECT_DOUBLE_EQ(none.minutes, 30);
    EXPECT_FALSE(none.plannedSessions);
    EXPECT_EQ(none.routineTitle, "Routine");

    in.planned.fromSchedule = true;
    in.planned.perDay = 0;
    in.planned.weekdays = {{1, 1}, {3, 1}, {5, 1}}; // Mon, Wed, Fri: 3 in the week of 2-8 Nov
    EXPECT_EQ(buildReport(in).plannedSessions, 3);
}

TEST(Paper, NamesAndSizes) {
    EXPECT_EQ(paperFromName("letter"), Paper::Letter);
    EXPECT_EQ(paperFromName("a4"), Paper::A4);
    EXPECT_FALSE(paperFromName("a5"));
    EXPECT_DOUBLE_EQ(paperSize(Paper::Letter).width, 612);
}

} // namespace
