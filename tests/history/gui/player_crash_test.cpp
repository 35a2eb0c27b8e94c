// The real player under xvfb-run, SIGKILLed at several points of a short session: the
// history must pass integrity_check, hold every work step the event log shows as finished,
// and offer to continue right after the last one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/gui/player_history_support.h"

#include "core/routine_json.h"
#include "history/data_dir.h"
#include "support/run_process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;
using test::finishedWorkSteps;
using test::firstStepAfterStart;
using test::integrityCheck;
using test::writeShortRoutine;

class PlayerCrash : public ::testing::Test {
protected:
    fs::path dir;
    fs::path routineFile;
    void SetUp() override {
        dir = fs::temp_directory_path() / ("matside-history-crash-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        routineFile = writeShortRoutine(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    // Plays the routine and SIGKILLs the player (not xvfb-run) after `seconds`.
    test::ProcessResult playAndKill(const fs::path& data, const fs::path& log, double seconds) {
        const std::string script = std::string("\"") + MATSIDE_BINARY + "\" play \"" + routineFile.string() +
                                   "\" --data-dir \"" + data.string() + "\" --events 0:start --log-events \"" +
                                   log.string() + "\" --size 960x600 & p=$!; sleep " + std::to_string(seconds) +
                                   "; kill -KILL $p; wait $p; exit 0";
        return test::runProcess(test::underXvfb(script), {{"XDG_CONFIG_HOME", (dir / "config").string()}}, 90);
    }
};

TEST_F(PlayerCrash, KilledAtSeveralPointsTheHistoryKeepsEveryFinishedStepAndOffersTheNext) {
    const LoadResult loaded = loadRoutineFile(routineFile, {fs::path(MATSIDE_SOURCE_DIR) / "assets"});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    int midSession = 0;
    for (double killAt : {4.0, 8.0, 12.5}) {
        SCOPED_TRACE("killed after " + std::to_string(killAt) + " s");
        const fs::path data = dir / ("data-" + std::to_string(static_cast<int>(killAt * 10)));
        const fs::path log = dir / ("log-" + std::to_string(static_cast<int>(killAt * 10)) + ".jsonl");
        const auto r = playAndKill(data, log, killAt);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const fs::path file = historyDbPath(data);
        ASSERT_TRUE(fs::exists(file)) << "the player made no history file in " << data;

        auto opened = HistoryStore::open(file);
        ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        EXPECT_EQ(integrityCheck(file), "ok");
        const auto sessions = opened.store->listSessions();
        ASSERT_EQ(sessions.size(), 1u);
        bool done = false;
        const auto logged = finishedWorkSteps(log, plan, done);
        std::set<std::size_t> recorded;
        for (const auto& s : opened.store->steps(sessions[0].id)) recorded.insert(s.stepIndex);
        // The log and the history are written one after the other: a kill between the two
        // may leave the newest finished step in only one of them, never an older one.
        std::set<std::size_t> onlyOne;
        std::set_symmetric_difference(logged.begin(), logged.end(), recorded.begin(), recorded.end(),
                                      std::inserter(onlyOne, onlyOne.end()));
        ASSERT_LE(onlyOne.size(), 1u);
        if (!onlyOne.empty()) {
            const std::size_t newest = std::max(logged.empty() ? 0 : *logged.rbegin(), recorded.empty() ? 0 : *recorded.rbegin());
            EXPECT_EQ(*onlyOne.begin(), newest);
        }
        if (done) {
            EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
            continue;
        }
        EXPECT_EQ(sessions[0].end, SessionEnd::Interrupted);
        if (recorded.empty()) continue;
        ++midSession;
        // The next launch's offer: right after the last recorded step.
        const auto resumable = opened.store->findResumable(hashRoutineFile(routineFile));
        ASSERT_TRUE(resumable);
        EXPECT_EQ(resumable->lastStepIndex, *recorded.rbegin());
        const auto target = resumeTarget(plan, *resumable);
        if (recorded.size() < plan.workStepCount()) {
            ASSERT_TRUE(target);
            EXPECT_EQ(target->stepIndex, *recorded.rbegin() + 1);
            EXPECT_EQ(target->workStepNumber, recorded.size() + 1);
        }
    }
    EXPECT_GE(midSession, 2) << "too few kills landed mid-session for the test to mean anything";
}

// The next launch after a kill: its stderr names the offer (the documented line
// "matside: history: continue offered at set N of M (plan step index S): ..."), and C starts the
// session right there, adding to the interrupted session instead of making a new one.
TEST_F(PlayerCrash, TheNextLaunchOffersToContinueAndCContinuesAtThatStep) {
    const LoadResult loaded = loadRoutineFile(routineFile, {fs::path(MATSIDE_SOURCE_DIR) / "assets"});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    const fs::path data = dir / "data-resume";
    ASSERT_EQ(playAndKill(data, dir / "first.jsonl", 8.0).exitCode, 0);
    std::optional<ResumeTarget> target;
    {
        auto opened = HistoryStore::open(historyDbPath(data));
        ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        const auto resumable = opened.store->findResumable(hashRoutineFile(routineFile));
        ASSERT_TRUE(resumable) << "the kill at 8 s must land mid-session";
        target = resumeTarget(plan, *resumable);
        ASSERT_TRUE(target);
    }
    const fs::path log = dir / "second.jsonl";
    const auto r = test::runProcess({XVFB_RUN, "-a", "-s", "-screen 0 1280x800x24", MATSIDE_BINARY, "play",
                                     routineFile.string(), "--data-dir", data.string(), "--keys", "0.4:c",
                                     "--log-events", log.string(), "--size", "960x600", "--exit-after", "1.5"},
                                    {{"XDG_CONFIG_HOME", (dir / "config").string()}, {"MATSIDE_NO_INTRO", "1"}}, 60);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string offer = "matside: history: continue offered at set " + std::to_string(target->workStepNumber) +
                              " of " + std::to_string(plan.workStepCount()) + " (plan step index " +
                              std::to_string(target->stepIndex) + ")";
    EXPECT_NE(r.err.find(offer), std::string::npos) << "stderr: " << r.err << "\nexpected: " << offer;
    EXPECT_EQ(firstStepAfterStart(log), target->stepIndex) << "C starts the session at the offered step";
    auto opened = HistoryStore::open(historyDbPath(data));
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok);
    EXPECT_EQ(opened.store->listSessions().size(), 1u) << "continuing adds to the interrupted session";
    EXPECT_EQ(integrityCheck(historyDbPath(data)), "ok");
}

} // namespace
} // namespace matside
