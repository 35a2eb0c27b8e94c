// `matside history` and `simulate --record`, run as a user would: the rows a simulated session
// leaves, CSV and JSON shapes, an empty or damaged history, and where the data folder is.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using matside::test::runMatside;
using nlohmann::json;

namespace {

const std::string kRoutine = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json";

class HistoryCli : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-cli-history-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string dir() const { return m_dir.string(); }
    std::filesystem::path m_dir;
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

TEST_F(HistoryCli, ASimulatedSessionRecordedShowsUpInJsonWithEveryWorkStep) {
    const auto sim = runMatside({"simulate", kRoutine, "--record", "--data-dir", dir()});
    ASSERT_EQ(sim.exitCode, 0) << sim.err;
    EXPECT_NE(sim.err.find("recorded session 1"), std::string::npos) << sim.err;

    const auto r = runMatside({"history", "--json", "--data-dir", dir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_EQ(j["sessions"].size(), 1u);
    const json& s = j["sessions"][0];
    EXPECT_EQ(s["routine_id"], "si_joint");
    EXPECT_EQ(s["routine_title"], "SI joint: full programme");
    EXPECT_EQ(s["end_reason"], "completed");
    EXPECT_EQ(s["plan_steps"], 68);
    EXPECT_EQ(s["routine_hash"].get<std::string>().size(), 16u);
    EXPECT_TRUE(s["pain_before"].is_null());
    EXPECT_TRUE(s["ended_at"].is_string());
    // One row per work step, all completed: the plan has 31 of them (see `matside plan`).
    const auto plan = json::parse(runMatside({"plan", kRoutine, "--json"}).out);
    int workSteps = 0;
    for (const auto& step : plan["steps"]) workSteps += step["kind"] == "work";
    EXPECT_EQ(s["completed_steps"], workSteps);
    ASSERT_EQ(s["steps"].size(), static_cast<std::size_t>(workSteps));
    EXPECT_EQ(s["steps"][0]["exercise_id"], "hamstring_stretch");
    EXPECT_EQ(s["steps"][0]["exercise"], "Hamstring stretch");
    EXPECT_EQ(s["steps"][0]["side"], "left");
    EXPECT_EQ(s["steps"][0]["set"], 1);
    EXPECT_EQ(s["steps"][0]["seconds"], 30.0);
    EXPECT_EQ(s["steps"][0]["outcome"], "completed");
    EXPECT_EQ(j["current_streak_days"], 1);
    EXPECT_EQ(j["days_trained_last_8_weeks"], 1);
}

TEST_F(HistoryCli, ASessionCutShortIsInterruptedWithTheSkippedStep) {
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record", "--data-dir", dir(), "--events", "0:start,15:next,40:pause"}).exitCode, 0);
    const json j = json::parse(runMatside({"history", "--json", "--data-dir", dir()}).out);
    ASSERT_EQ(j["sessions"].size(), 1u);
    const json& s = j["sessions"][0];
    EXPECT_EQ(s["end_reason"], "interrupted");
    EXPECT_TRUE(s["ended_at"].is_null());
    ASSERT_EQ(s["steps"].size(), 1u);
    EXPECT_EQ(s["steps"][0]["outcome"], "skipped");
    EXPECT_EQ(s["steps"][0]["seconds"], 5.0); // work began at 10 s, skipped at 15 s
}

TEST_F(HistoryCli, CsvHasAHeaderAndOneRowPerSession) {
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record", "--data-dir", dir()}).exitCode, 0);
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record", "--data-dir", dir(), "--events", "0:start,5:quit"}).exitCode, 0);
    const auto r = runMatside({"history", "--csv", "--data-dir", dir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u) << r.out;
    EXPECT_EQ(rows[0], "id,started_at,ended_at,routine_id,routine_title,routine_hash,end_reason,completed_steps,"
                       "skipped_steps,seconds_spent,pain_before,pain_after,note,planned_slot,exercise_ratings");
    EXPECT_EQ(rows[1].rfind("1,", 0), 0u);
    EXPECT_NE(rows[1].find(",completed,31,0,980.0,,,"), std::string::npos) << rows[1];
    EXPECT_NE(rows[2].find(",quit,0,0,0.0,,,"), std::string::npos) << rows[2];
}

TEST_F(HistoryCli, CsvQuotesNotesAndDefusesSpreadsheetFormulas) {
    {
        auto opened = matside::HistoryStore::open(m_dir / "history.sqlite3");
        ASSERT_TRUE(opened.store) << opened.notice;
        matside::SessionStart start;
        start.routineId = "r";
        start.routineTitle = "Back, \"gentle\"";
        start.routineHash = "h";
        start.painBefore = 5;
        const auto id = opened.store->beginSession(start);
        opened.store->finishSession(id, matside::SessionEnd::StoppedForPain, 7, "=HYPERLINK(\"x\")\nsecond line");
    }
    const auto r = runMatside({"history", "--csv", "--data-dir", dir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(",\"Back, \"\"gentle\"\"\","), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(",stopped_for_pain,0,0,0.0,5,7,\"'=HYPERLINK(\"\"x\"\")\nsecond line\",,\r\n"), std::string::npos)
        << r.out;
}

TEST_F(HistoryCli, JsonAndCsvCarryEachExercisesRating) {
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record", "--data-dir", dir()}).exitCode, 0);
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record", "--data-dir", dir()}).exitCode, 0);
    {
        auto opened = matside::HistoryStore::open(m_dir / "history.sqlite3");
        ASSERT_TRUE(opened.store) << opened.notice;
        opened.store->recordFeedback(1, {"side_plank", "Side plank", matside::ExerciseRating::Painful, 6});
        opened.store->recordFeedback(1, {"squat", "Squat with ball", matside::ExerciseRating::JustRight, {}});
    }
    const auto r = runMatside({"history", "--json", "--data-dir", dir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto out = nlohmann::json::parse(r.out);
    const auto& rated = out["sessions"][0]["exercise_feedback"];
    ASSERT_EQ(rated.size(), 2u) << rated;
    EXPECT_EQ(rated[0]["exercise_id"], "side_plank");
    EXPECT_EQ(rated[0]["exercise"], "Side plank");
    EXPECT_EQ(rated[0]["rating"], "painful");
    EXPECT_EQ(rated[0]["pain"], 6);
    EXPECT_EQ(rated[1]["rating"], "just_right");
    EXPECT_TRUE(rated[1]["pain"].is_null());
    EXPECT_TRUE(out["sessions"][1]["exercise_feedback"].empty()) << "no answer, nothing recorded";

    const auto csv = runMatside({"history", "--csv", "--data-dir", dir()});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const auto rows = lines(csv.out);
    ASSERT_EQ(rows.size(), 3u) << csv.out;
    EXPECT_TRUE(rows[1].ends_with(",side_plank:painful:6;squat:just_right")) << rows[1];
    EXPECT_TRUE(rows[2].ends_with(",")) << rows[2];
}

TEST_F(HistoryCli, TheTableListsSessionsWithPainAndStreak) {
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record", "--data-dir", dir()}).exitCode, 0);
    const auto r = runMatside({"history", "--data-dir", dir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_GE(rows.size(), 4u) << r.out;
    EXPECT_EQ(rows[0].rfind("ID", 0), 0u);
    EXPECT_NE(rows[1].find("SI joint: full programme"), std::string::npos);
    EXPECT_NE(rows[1].find("completed"), std::string::npos);
    EXPECT_NE(rows[1].find("16:20"), std::string::npos); // 980 s of work
    // Counted with real plurals (issue 16), not "1 session(s)" or "1 day(s)".
    EXPECT_NE(r.out.find("1 session; 1 day trained in the last 8 weeks; current streak: 1 day\n"), std::string::npos)
        << r.out;
}

TEST_F(HistoryCli, NoHistoryYetIsNotAnErrorAndCreatesNothing) {
    const auto missing = m_dir / "never-used";
    const auto r = runMatside({"history", "--data-dir", missing.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("No sessions recorded yet"), std::string::npos) << r.out;
    EXPECT_FALSE(std::filesystem::exists(missing));
    const auto j = runMatside({"history", "--json", "--data-dir", missing.string()});
    EXPECT_EQ(json::parse(j.out)["sessions"].size(), 0u);
    const auto csv = runMatside({"history", "--csv", "--data-dir", missing.string()});
    EXPECT_EQ(lines(csv.out).size(), 1u); // the header alone
}

TEST_F(HistoryCli, ADamagedHistoryIsRefusedUntouchedWhileSimulateCarriesOn) {
    const auto file = m_dir / "history.sqlite3";
    const std::string junk = "SQLite format 3" + std::string(4000, '\x7f');
    { std::ofstream(file, std::ios::binary) << junk; }
    const auto r = runMatside({"history", "--data-dir", dir()});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("left untouched"), std::string::npos) << r.err;
    const auto sim = runMatside({"simulate", kRoutine, "--record", "--data-dir", dir()});
    EXPECT_EQ(sim.exitCode, 0) << sim.err;
    EXPECT_NE(sim.err.find("History is off"), std::string::npos) << sim.err;
    EXPECT_NE(sim.out.find("done"), std::string::npos);
    EXPECT_EQ(readAll(file), junk);
}

TEST_F(HistoryCli, TheEnvironmentVariableChoosesTheFolderWhenNoFlagIsGiven) {
    ASSERT_EQ(runMatside({"simulate", kRoutine, "--record"}, {{"MATSIDE_DATA_DIR", dir()}}).exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(m_dir / "history.sqlite3"));
    const auto r = runMatside({"history", "--json"}, {{"MATSIDE_DATA_DIR", dir()}});
    EXPECT_EQ(json::parse(r.out)["sessions"].size(), 1u);
    // XDG_DATA_HOME is next in line.
    const auto xdg = runMatside({"simulate", kRoutine, "--record"}, {{"MATSIDE_DATA_DIR", ""}, {"XDG_DATA_HOME", dir()}});
    ASSERT_EQ(xdg.exitCode, 0) << xdg.err;
    EXPECT_TRUE(std::filesystem::exists(m_dir / "matside" / "history.sqlite3"));
}

TEST_F(HistoryCli, CsvAndJsonTogetherIsAUsageError) {
    const auto r = runMatside({"history", "--csv", "--json", "--data-dir", dir()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--csv and --json"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
}
