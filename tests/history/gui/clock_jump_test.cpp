// The wall clock set back an hour in the middle of a session (libfaketime, inside the player
// process only, monotonic clock left alone: what an NTP step or a person changing the time
// looks like to a program). The timer must not notice: every step ends when `simulate`
// says it does, the history's step durations are the planned ones, and the session is
// still complete. The history's wall-clock stamps show that the jump did reach the player.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/gui/player_history_support.h"

#include "core/routine_json.h"
#include "history/data_dir.h"
#include "support/run_process.h"
#include "support/text_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<json> stateEvents(const std::string& text) {
    std::vector<json> out;
    for (json& e : test::jsonLines(text))
        if (e.value("event", "") == "state") out.push_back(std::move(e));
    return out;
}

TEST(ClockJump, WallClockSetBackAnHourMidSessionLeavesTheTimerAndTheHistoryExact) {
    ASSERT_STRNE(FAKETIME_LIB, "") << "libfaketime is missing: scripts/install-deps installs the faketime package";
    const fs::path dir = fs::temp_directory_path() / ("matside-clock-jump-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path routine = test::writeShortRoutine(dir);
    const LoadResult loaded = loadRoutineFile(routine, {fs::path(MATSIDE_SOURCE_DIR) / "assets"});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    const fs::path data = dir / "data", log = dir / "events.jsonl", offset = dir / "faketime";
    std::ofstream(offset) << "+0\n";

    // The offset file is re-read on every clock call (FAKETIME_NO_CACHE): rewritten 5 s in,
    // it moves the player's wall clock back an hour from then on.
    const std::string script = std::string("\"") + MATSIDE_BINARY + "\" play \"" + routine.string() +
                               "\" --data-dir \"" + data.string() + "\" --events 0:start --log-events \"" +
                               log.string() + "\" --size 960x600 --exit-after 24 & p=$!; sleep 5; echo -1h > \"" +
                               offset.string() + "\"; wait $p";
    // A sanitized player must accept a preloaded library ahead of its runtime.
    const char* asan = std::getenv("ASAN_OPTIONS");
    const auto r = test::runProcess(test::underXvfb(script),
                                    {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                     {"MATSIDE_NO_INTRO", "1"},
                                     {"LD_PRELOAD", FAKETIME_LIB},
                                     {"FAKETIME_TIMESTAMP_FILE", offset.string()},
                                     {"FAKETIME_NO_CACHE", "1"},
                                     {"FAKETIME_DONT_FAKE_MONOTONIC", "1"},
                                     {"DONT_FAKE_MONOTONIC", "1"},
                                     {"ASAN_OPTIONS", std::string(asan ? asan : "") + ":verify_asan_link_order=0"}},
                                    90);
    ASSERT_EQ(r.exitCode, 0) << r.err;

    // 1. Every state change at the time simulate (virtual clock, no wall clock at all) gives.
    const auto sim = test::runMatside({"simulate", routine.string(), "--events", "0:start", "--json"});
    ASSERT_EQ(sim.exitCode, 0) << sim.err;
    const auto played = stateEvents(test::readText(log)), predicted = stateEvents(sim.out);
    ASSERT_EQ(played.size(), predicted.size()) << "the player should have reached the end within 24 s";
    for (std::size_t i = 0; i < played.size(); ++i) {
        SCOPED_TRACE(played[i].dump());
        EXPECT_EQ(played[i]["state"], predicted[i]["state"]);
        EXPECT_EQ(played[i]["step"], predicted[i]["step"]);
        EXPECT_NEAR(played[i]["t"].get<double>(), predicted[i]["t"].get<double>(), 0.1);
    }
    ASSERT_GT(predicted.back()["t"].get<double>(), 10.0) << "the session must span the jump at 5 s";

    // 2. History: complete, every step as long as planned, yet stamped by a clock that jumped.
    auto opened = HistoryStore::open(historyDbPath(data));
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    const auto sessions = opened.store->listSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
    const auto steps = opened.store->steps(sessions[0].id);
    ASSERT_EQ(steps.size(), plan.workStepCount());
    for (const auto& step : steps) {
        SCOPED_TRACE("step " + std::to_string(step.stepIndex));
        EXPECT_NEAR(step.seconds, plan.steps[step.stepIndex].seconds, 0.15);
    }
    EXPECT_LT(sessions[0].endedAt, sessions[0].startedAt)
        << "the player's wall clock did not jump back (started " << sessions[0].startedAt << ", ended "
        << sessions[0].endedAt << "), so this test proved nothing";
    fs::remove_all(dir);
}

} // namespace
} // namespace matside
