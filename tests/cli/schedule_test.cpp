// `matside schedule`, `schedule set`, `schedule clear` and `schedule quiet` run as a user would: the settings file
// they write, the plan and next slots they show (text and --json), bad input with exit code 2,
// and `history --json` / `--csv` naming the planned slot each session counts for.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>

using matside::test::runMatside;
using nlohmann::json;

namespace {

class ScheduleCli : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-cli-schedule-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    // UTC, so the expected slot instants below are plain arithmetic.
    matside::test::ProcessResult run(const std::vector<std::string>& args) {
        return runMatside(args, {{"XDG_CONFIG_HOME", (m_dir / "cfg").string()},
                                 {"XDG_DATA_HOME", (m_dir / "data").string()},
                                 {"TZ", "UTC"}});
    }
    std::filesystem::path settingsFile() const { return m_dir / "cfg" / "matside" / "settings.json"; }
    json settings() const {
        std::ifstream in(settingsFile());
        return json::parse(in);
    }
    std::filesystem::path m_dir;
};

std::string todayIso(const char* time) {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{today};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%s:00Z", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), time);
    return text;
}

} // namespace

TEST_F(ScheduleCli, SetWritesThePlanIntoTheSettingsFile) {
    const auto r = run({"schedule", "set", "--days", "mon,wed,fri", "--times", "18:30,08:00"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "si_joint: mon,wed,fri at 08:00,18:30\n");
    const json plan = settings()["schedule"]["si_joint"];
    EXPECT_EQ(plan["days"], json({"mon", "wed", "fri"}));
    EXPECT_EQ(plan["times"], json({"08:00", "18:30"}));
    EXPECT_TRUE(plan["from"].is_string()); // the day it was set
    // A routine by id, and only --days changes keep the times.
    ASSERT_EQ(run({"schedule", "set", "si_joint_strength", "--days", "daily", "--times", "07:00"}).exitCode, 0);
    ASSERT_EQ(run({"schedule", "set", "--days", "tue"}).exitCode, 0);
    EXPECT_EQ(settings()["schedule"]["si_joint"]["times"], json({"08:00", "18:30"}));
    EXPECT_EQ(settings()["schedule"]["si_joint"]["days"], json({"tue"}));
    EXPECT_EQ(settings()["schedule"]["si_joint_strength"]["days"], "daily");
    // Other settings survive.
    EXPECT_EQ(settings()["theme"], "dark");
}

TEST_F(ScheduleCli, ShowListsEveryRoutineAndTheNextSlots) {
    ASSERT_EQ(run({"schedule", "set", "--days", "daily", "--times", "00:00,23:59"}).exitCode, 0);
    const auto r = run({"schedule"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("SI joint: full programme (si_joint): daily at 00:00,23:59 - Today: 0 of 2 done"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("SI joint: strength (si_joint_strength): not planned"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\nNext:\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(" 23:59  SI joint: full programme"), std::string::npos) << r.out;

    const auto j = run({"schedule", "--json"});
    ASSERT_EQ(j.exitCode, 0) << j.err;
    const json out = json::parse(j.out);
    ASSERT_EQ(out["next_slots"].size(), 5u);
    EXPECT_EQ(out["next_slots"][0]["routine_id"], "si_joint");
    const std::string first = out["next_slots"][0]["at"];
    EXPECT_TRUE(first.find("T23:59:00Z") != std::string::npos || first.find("T00:00:00Z") != std::string::npos);
    bool found = false;
    for (const json& routine : out["routines"]) {
        if (routine["id"] != "si_joint") {
            EXPECT_TRUE(routine["plan"].is_null()) << routine.dump();
            continue;
        }
        found = true;
        EXPECT_EQ(routine["plan"]["times"], json({"00:00", "23:59"}));
        EXPECT_TRUE(routine["suggested"].is_null()); // the shipped routines prescribe none
        EXPECT_EQ(routine["today"]["total"], 2);
        EXPECT_EQ(routine["today"]["done"], 0);
        EXPECT_EQ(routine["today"]["planned"], true);
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(out["quiet_hours"].is_null());
}

TEST_F(ScheduleCli, ClearRemovesThePlan) {
    ASSERT_EQ(run({"schedule", "set", "--times", "08:00"}).exitCode, 0);
    const auto r = run({"schedule", "clear", "si_joint"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "si_joint: not planned\n");
    EXPECT_TRUE(settings()["schedule"].empty());
    EXPECT_EQ(run({"schedule", "clear"}).out, "si_joint: was not planned\n");
}

TEST_F(ScheduleCli, QuietSetsShowsAndTurnsOffTheQuietHoursKeepingThePlan) {
    ASSERT_EQ(run({"schedule", "set", "--times", "08:00"}).exitCode, 0);
    EXPECT_EQ(run({"schedule", "quiet"}).out, "quiet hours: off\n");
    const auto set = run({"schedule", "quiet", "22:30-06:45"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_EQ(set.out, "quiet hours: 22:30-06:45\n");
    EXPECT_EQ(settings()["quiet_hours"], json({{"start", "22:30"}, {"end", "06:45"}}));
    EXPECT_EQ(settings()["schedule"]["si_joint"]["times"], json({"08:00"})); // the plan is kept
    EXPECT_EQ(run({"schedule", "quiet"}).out, "quiet hours: 22:30-06:45\n");
    EXPECT_NE(run({"schedule"}).out.find("Quiet hours: 22:30-06:45"), std::string::npos);
    EXPECT_EQ(json::parse(run({"schedule", "--json"}).out)["quiet_hours"],
              json({{"start", "22:30"}, {"end", "06:45"}}));

    const auto bad = run({"schedule", "quiet", "late"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, "matside schedule quiet: error: bad quiet hours 'late': use START-END as HH:MM-HH:MM, like "
                       "22:00-07:00, or off\n");
    EXPECT_EQ(settings()["quiet_hours"]["start"], "22:30"); // a bad value changes nothing

    ASSERT_EQ(run({"schedule", "quiet", "off"}).out, "quiet hours: off\n");
    EXPECT_TRUE(settings()["quiet_hours"].is_null());
}

TEST_F(ScheduleCli, BadInputIsOneLineNamingTheValueWithExitCode2) {
    struct Case {
        std::vector<std::string> args;
        std::string line;
    };
    const std::vector<Case> cases = {
        {{"--days", "mon,tues", "--times", "08:00"},
         "matside schedule set: error: bad day 'tues': use daily, or days from mon,tue,wed,thu,fri,sat,sun separated "
         "by commas\n"},
        {{"--times", "08:00,25:00"},
         "matside schedule set: error: bad time '25:00': use 1 to 6 times of day as HH:MM (00:00 to 23:59) separated "
         "by commas\n"},
        {{"--times", "1:00,2:00,3:00,4:00,5:00,6:00,7:00"},
         "matside schedule set: error: 7 times a day in '1:00,2:00,3:00,4:00,5:00,6:00,7:...' is more than 6: use 1 to "
         "6 "
         "times of day as HH:MM (00:00 to 23:59) separated by commas\n"},
        {{"--days", "daily"},
         "matside schedule set: error: si_joint has no plan yet: give --times (1 to 6 times of day "
         "as HH:MM (00:00 to 23:59) separated by commas)\n"},
        {{"nope", "--times", "08:00"},
         "matside schedule set: error: unknown routine 'nope': give a routine id "
         "(si_joint_stretches, si_joint, si_joint_strength) or a routine file\n"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args = {"schedule", "set"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << c.line;
        EXPECT_EQ(r.err, c.line);
        EXPECT_FALSE(std::filesystem::exists(settingsFile())) << "bad input must not write: " << c.line;
    }
    EXPECT_EQ(run({"schedule", "set", "--when", "x"}).exitCode, 2); // CLI11's own usage error
}

TEST_F(ScheduleCli, AHostileSettingsFileIsReportedAndTheRestKept) {
    std::filesystem::create_directories(settingsFile().parent_path());
    std::ofstream(settingsFile())
        << R"({"theme": "light", "schedule": {"si_joint": {"days": ["someday"], "times": ["08:00"]}}})";
    const auto r = run({"schedule"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.err.find("schedule.si_joint/days/0"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("(si_joint): not planned"), std::string::npos) << r.out;
    ASSERT_EQ(run({"schedule", "set", "--times", "09:00"}).exitCode, 0);
    EXPECT_EQ(settings()["theme"], "light");
    EXPECT_EQ(settings()["schedule"]["si_joint"]["times"], json({"09:00"}));
}

TEST_F(ScheduleCli, HistoryNamesThePlannedSlotEachSessionCountsFor) {
    ASSERT_EQ(run({"schedule", "set", "--days", "daily", "--times", "00:00"}).exitCode, 0);
    {
        auto opened = matside::HistoryStore::open(m_dir / "data" / "matside" / "history.sqlite3");
        ASSERT_TRUE(opened.store) << opened.notice;
        auto add = [&](const std::string& routine, const std::string& iso) {
            matside::SessionStart start;
            start.routineId = routine;
            start.routineTitle = routine;
            start.startedAt = std::chrono::system_clock::time_point{matside::parseIsoUtc(iso).value()};
            const auto id = opened.store->beginSession(start);
            matside::StepRecord step;
            step.exerciseId = "x";
            opened.store->recordStep(id, step);
            opened.store->finishSession(id, matside::SessionEnd::Completed, std::nullopt, "");
        };
        add("si_joint", todayIso("00:05"));
        add("si_joint_strength", todayIso("00:10")); // not planned
    }
    const auto r = run({"history", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json out = json::parse(r.out);
    ASSERT_EQ(out["sessions"].size(), 2u);
    EXPECT_EQ(out["sessions"][0]["planned_slot"], todayIso("00:00"));
    EXPECT_TRUE(out["sessions"][1]["planned_slot"].is_null());
    ASSERT_EQ(out["planned_slots"].size(), 1u); // the plan began today
    EXPECT_EQ(out["planned_slots"][0]["at"], todayIso("00:00"));
    EXPECT_EQ(out["planned_slots"][0]["session_id"], 1);
    EXPECT_EQ(out["adherence_7_days"]["text"], "1 of 1 planned sessions");
    EXPECT_EQ(out["adherence_28_days"]["done"], 1);

    const auto csv = run({"history", "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_NE(csv.out.find(",note,planned_slot,exercise_ratings\r\n"), std::string::npos) << csv.out;
    EXPECT_NE(csv.out.find("," + todayIso("00:00") + ",\r\n"), std::string::npos) << csv.out;
    EXPECT_NE(run({"history"}).out.find("Planned sessions done: last 7 days 1 of 1 planned sessions"),
              std::string::npos);
}
