// Dose levels in the real player under xvfb-run (issue 14): the ready screen shows the level
// in use and, when the rule is met, asks; Y stores the next level and the plan (here and in
// `matside plan --json`) takes its dose; N keeps the dose. Read back from the store.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "support/player_run.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace matside {
namespace {

namespace fs = std::filesystem;

// Short hold, then "Squat with ball": level 1 is 1 × 2 (its own dose), level 2 is 2 × 3; the
// rule asks for 2 sessions with every set done, rated easy or just right, pain at most 3.
const std::string kRoutine = std::string(MATSIDE_TEST_DATA_DIR) + "/levels.json";

class LevelsWindow : public test::PlayerTestDir {
protected:
    fs::path data() const { return dir / "data"; }

    // One finished session at level 1 with its one squat set done, rated `rating`.
    void seedSession(ExerciseRating rating, int painAfter) {
        auto opened = HistoryStore::open(data() / "history.sqlite3");
        ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        HistoryStore& store = *opened.store;
        SessionStart start;
        start.routineId = "levels_test";
        start.routineTitle = "Levels test";
        start.levels = {{"ball_squat", 1}};
        const auto id = store.beginSession(start);
        StepRecord step;
        step.stepIndex = 4;
        step.exerciseId = "ball_squat";
        step.exerciseName = "Squat with ball";
        step.set = 1;
        store.recordStep(id, step);
        store.recordFeedback(id, {"ball_squat", "Squat with ball", rating, std::nullopt});
        store.finishSession(id, SessionEnd::Completed, painAfter, "");
    }
    std::map<std::string, int> levels() {
        auto opened = HistoryStore::open(data() / "history.sqlite3", HistoryStore::Access::ReadOnly);
        EXPECT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        return opened.store ? opened.store->levels("levels_test") : std::map<std::string, int>{};
    }
    // The ready screen's texts as the player reported them (MATSIDE_REPORT_TEXT_BOXES).
    std::vector<nlohmann::json> play(const std::string& keys) {
        const fs::path boxes = dir / "boxes.jsonl";
        std::vector<std::string> args{kRoutine,       "--data-dir", data().string(), "--size", "800x600",
                                      "--exit-after", "2"};
        if (!keys.empty()) args.insert(args.end(), {"--keys", keys});
        const auto r = test::playUnderXvfb(args, {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                                  {"MATSIDE_NO_INTRO", "1"},
                                                  {"MATSIDE_REPORT_TEXT_BOXES", boxes.string()}});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        m_err = r.err;
        std::vector<nlohmann::json> out;
        std::ifstream in(boxes);
        for (std::string line; std::getline(in, line);)
            if (auto j = nlohmann::json::parse(line, nullptr, false); !j.is_discarded()) out.push_back(j);
        fs::remove(boxes);
        return out;
    }
    static bool drew(const std::vector<nlohmann::json>& boxes, const std::string& what, const std::string& text) {
        for (const auto& b : boxes)
            if (b.value("what", "") == what && b.value("text", "") == text) return true;
        return false;
    }
    nlohmann::json planJson() {
        const auto r = test::runMatside({"plan", "--json", kRoutine, "--data-dir", data().string()});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    std::string m_err;
};

TEST_F(LevelsWindow, TheReadyScreenShowsTheLevelAndAsksNothingBeforeTheRuleIsMet) {
    seedSession(ExerciseRating::Easy, 2); // one of the two sessions
    const auto boxes = play("");
    EXPECT_TRUE(drew(boxes, "ready.level", "Squat with ball: level 1 of 2 (1 \xC3\x97 2)")) << m_err;
    for (const auto& b : boxes) EXPECT_NE(b.value("what", ""), "ready.level_question") << b;
    EXPECT_TRUE(levels().empty());
}

TEST_F(LevelsWindow, YesToTheSuggestionStoresTheLevelAndThePlanTakesItsDose) {
    seedSession(ExerciseRating::Easy, 2);
    seedSession(ExerciseRating::JustRight, 3);
    const auto boxes = play("1.0:y");
    EXPECT_TRUE(drew(boxes, "ready.level_question", "Squat with ball: ready for 2 \xC3\x97 3?")) << m_err;
    EXPECT_NE(m_err.find("matside: levels: ball_squat now at level 2"), std::string::npos) << m_err;
    EXPECT_EQ(levels(), (std::map<std::string, int>{{"ball_squat", 2}}));
    // After the yes the ready screen was built again at the new level.
    EXPECT_TRUE(drew(boxes, "ready.level", "Squat with ball: level 2 of 2 (2 \xC3\x97 3)")) << m_err;
    int squatWork = 0;
    const nlohmann::json plan = planJson(); // kept: a range over a temporary's member would dangle
    for (const auto& step : plan["steps"]) {
        if (step["exercise_id"] != "ball_squat") {
            EXPECT_TRUE(step["level"].is_null()) << step;
            continue;
        }
        EXPECT_EQ(step["level"], 2) << step;
        if (step["kind"] == "work") {
            ++squatWork;
            EXPECT_EQ(step["reps"], 3) << step;
        }
    }
    EXPECT_EQ(squatWork, 2);
}

TEST_F(LevelsWindow, NotYetKeepsTheDose) {
    seedSession(ExerciseRating::Easy, 2);
    seedSession(ExerciseRating::Easy, 1);
    play("1.0:n");
    EXPECT_NE(m_err.find("matside: levels: ball_squat not yet"), std::string::npos) << m_err;
    EXPECT_TRUE(levels().empty());
    const nlohmann::json plan = planJson();
    for (const auto& step : plan["steps"])
        if (step["exercise_id"] == "ball_squat") {
            EXPECT_EQ(step["level"], 1) << step;
        }
}

} // namespace
} // namespace matside
