// Dose levels and pauses on the command line (issue 14): `plan --json` carries each step's
// `level` at the level the history keeps; `history --json` the level each session played and
// the paused exercises; the table lists the pauses.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

using matside::test::runMatside;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kLevels = std::string(MATSIDE_TEST_DATA_DIR) + "/levels.json";

class CliLevels : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "matside-cli-levels-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { fs::remove_all(m_dir); }
    matside::HistoryStore& store() {
        if (!m_store) {
            auto opened = matside::HistoryStore::open(m_dir / "history.sqlite3");
            EXPECT_EQ(opened.status, matside::HistoryStore::Status::Ok) << opened.notice;
            m_store = std::move(opened.store);
        }
        return *m_store;
    }
    json run(const std::vector<std::string>& args) {
        std::vector<std::string> all = args;
        all.insert(all.end(), {"--data-dir", m_dir.string()});
        const auto r = runMatside(all);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        m_out = r.out;
        return json::parse(r.out, nullptr, false);
    }
    fs::path m_dir;
    std::unique_ptr<matside::HistoryStore> m_store;
    std::string m_out;
};

} // namespace

TEST_F(CliLevels, PlanJsonCarriesTheLevelInUseAndItsDose) {
    json plan = run({"plan", "--json", kLevels});
    int squatWork = 0;
    for (const auto& step : plan["steps"]) {
        ASSERT_TRUE(step.contains("level")) << step;
        if (step["exercise_id"] == "ball_squat") EXPECT_EQ(step["level"], 1) << step;
        else EXPECT_TRUE(step["level"].is_null()) << step;
        squatWork += step["exercise_id"] == "ball_squat" && step["kind"] == "work";
    }
    EXPECT_EQ(squatWork, 1);
    store().setLevel("levels_test", "ball_squat", 2);
    plan = run({"plan", "--json", kLevels});
    squatWork = 0;
    for (const auto& step : plan["steps"]) {
        if (step["exercise_id"] != "ball_squat") continue;
        EXPECT_EQ(step["level"], 2) << step;
        if (step["kind"] == "work") {
            ++squatWork;
            EXPECT_EQ(step["reps"], 3);
        }
    }
    EXPECT_EQ(squatWork, 2);
}

TEST_F(CliLevels, ShippedRoutinesHaveNoLevels) {
    const json plan = run({"plan", "--json", std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json"});
    for (const auto& step : plan["steps"]) EXPECT_TRUE(step["level"].is_null()) << step;
}

TEST_F(CliLevels, HistoryJsonHasEachSessionsLevelsAndThePausedExercises) {
    matside::SessionStart start;
    start.routineId = "levels_test";
    start.routineTitle = "Levels test";
    start.levels = {{"ball_squat", 2}};
    const auto id = store().beginSession(start);
    store().finishSession(id, matside::SessionEnd::Completed, 1, "");
    store().setPaused("levels_test", "short_hold", "Short hold", true);
    const json history = run({"history", "--json"});
    ASSERT_EQ(history["sessions"].size(), 1u);
    EXPECT_EQ(history["sessions"][0]["levels"], (json{{"ball_squat", 2}}));
    ASSERT_EQ(history["paused_exercises"].size(), 1u);
    EXPECT_EQ(history["paused_exercises"][0]["routine_id"], "levels_test");
    EXPECT_EQ(history["paused_exercises"][0]["exercise_id"], "short_hold");
    EXPECT_EQ(history["paused_exercises"][0]["exercise"], "Short hold");
    run({"history"});
    EXPECT_NE(m_out.find("Paused until asked: Short hold (levels_test, since "), std::string::npos) << m_out;
}
