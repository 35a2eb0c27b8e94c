// The routine format's optional "schedule" (a prescribed default plan): read, and every
// broken form reported at its exact place; the shipped SI-joint routines carry none.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "core/schedule_json.h"
#include "routine_json_fixture.h"

using namespace matside;
using namespace matside::test;
using nlohmann::json;

TEST_F(RoutineJsonTest, ScheduleIsReadWhenGiven) {
    json j = base();
    j["schedule"] = {{"days", {"mon", "thu"}}, {"times", {"18:30", "07:15"}}};
    const LoadResult result = load(j);
    ASSERT_TRUE(result.ok()) << listed(result);
    ASSERT_TRUE(result.routine->schedule);
    EXPECT_EQ(formatDays(*result.routine->schedule), "mon,thu");
    EXPECT_EQ(formatTimes(*result.routine->schedule), "07:15,18:30");
    j["schedule"]["days"] = "daily";
    EXPECT_TRUE(load(j).routine->schedule->everyDay());
    EXPECT_FALSE(load(base()).routine->schedule);
}

TEST_F(RoutineJsonTest, ScheduleMustBeAnObject) {
    json j = base();
    j["schedule"] = "daily";
    expectOnly(load(j), "/schedule", "expected an object {\"days\": ..., \"times\": [...]}, found \"daily\"");
}

TEST_F(RoutineJsonTest, ScheduleBadDayIsNamedByIndex) {
    json j = base();
    j["schedule"] = {{"days", {"mon", "tues"}}, {"times", {"08:00"}}};
    expectOnly(load(j), "/schedule/days/1", "expected a day mon, tue, wed, thu, fri, sat or sun, found \"tues\"");
}

TEST_F(RoutineJsonTest, ScheduleBadTimeIsNamedByIndex) {
    json j = base();
    j["schedule"] = {{"days", "daily"}, {"times", {"08:00", "24:00"}}};
    expectOnly(load(j), "/schedule/times/1", "\"HH:MM\" (00:00 to 23:59), found \"24:00\"");
    j["schedule"]["times"] = {"08:00", 800};
    expectOnly(load(j), "/schedule/times/1", "found 800");
}

TEST_F(RoutineJsonTest, ScheduleAtMostSixTimesADay) {
    json j = base();
    j["schedule"] = {{"days", "daily"}, {"times", {"01:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00"}}};
    expectOnly(load(j), "/schedule/times", "1 to 6 times like [\"08:00\", \"18:30\"], found 7 times");
    j["schedule"]["times"] = json::array();
    expectOnly(load(j), "/schedule/times", "found 0 times");
}

TEST_F(RoutineJsonTest, ScheduleMissingOrUnknownFieldsAreNamed) {
    json j = base();
    j["schedule"] = {{"times", {"08:00"}}};
    expectOnly(load(j), "/schedule", "missing \"days\"");
    j["schedule"] = {{"days", "daily"}, {"times", {"08:00"}}, {"time", "x"}};
    expectOnly(load(j), "/schedule/time", "unknown field");
    j["schedule"] = {{"days", {"mon", "mon"}}, {"times", {"08:00"}}};
    expectOnly(load(j), "/schedule/days/1", "given twice");
    j["schedule"] = {{"days", json::array()}, {"times", {"08:00"}}};
    expectOnly(load(j), "/schedule/days", "list of 1 to 7 days");
}

TEST(RoutineSchedule, ShippedSiJointRoutinesCarryNone) {
    for (const char* name : {"si_joint.json", "si_joint_stretches.json", "si_joint_strength.json"}) {
        const LoadResult result = loadRoutineFile(std::filesystem::path(MATSIDE_SOURCE_DIR) / "data" / name,
                                                  {std::filesystem::path(MATSIDE_SOURCE_DIR) / "assets"});
        ASSERT_TRUE(result.ok()) << name << "\n" << listed(result);
        EXPECT_FALSE(result.routine->schedule) << name;
    }
}

TEST(RoutineSchedule, PlanJsonRoundTrips) {
    const PlanParse parsed = parsePlan("tue,sat", "06:00,21:45");
    ASSERT_TRUE(parsed.plan);
    const json written = planToJson(*parsed.plan);
    EXPECT_EQ(written.dump(), R"({"days":["tue","sat"],"times":["06:00","21:45"]})");
    EXPECT_EQ(planFromJson(written).plan, parsed.plan);
    EXPECT_EQ(planToJson(*parsePlan("daily", "08:00").plan).dump(), R"({"days":"daily","times":["08:00"]})");
    EXPECT_EQ(quietHoursFromJson(quietHoursToJson(QuietHours{1320, 420})), (QuietHours{1320, 420}));
    EXPECT_FALSE(quietHoursFromJson(json{{"start", "22:00"}}));
}
