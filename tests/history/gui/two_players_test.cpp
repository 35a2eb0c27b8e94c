// Two real players at once on one history folder, under one X server: a session cut short
// earlier is continued by the first; the second, launched while the first plays, is not
// offered that live session (C does nothing), plays its own from the start, and both end
// complete, separate and intact in the history.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/gui/player_history_support.h"

#include "core/routine_json.h"
#include "history/data_dir.h"
#include "support/run_process.h"
#include "support/text_files.h"

#include <gtest/gtest.h>

#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;

class TwoPlayers : public ::testing::Test {
protected:
    fs::path dir;
    void SetUp() override {
        dir = fs::temp_directory_path() / ("matside-two-players-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    std::map<std::string, std::string> env() const {
        return {{"XDG_CONFIG_HOME", (dir / "config").string()}, {"MATSIDE_NO_INTRO", "1"}};
    }
    static std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }
};

TEST_F(TwoPlayers, BothPlayTheirOwnSessionAndTheLiveOneIsNeverOfferedToTheOther) {
    const fs::path routine = test::writeShortRoutine(dir);
    const LoadResult loaded = loadRoutineFile(routine, {fs::path(MATSIDE_SOURCE_DIR) / "assets"});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    const fs::path data = dir / "data";
    const std::string player = quoted(MATSIDE_BINARY) + " play " + quoted(routine) + " --data-dir " + quoted(data) +
                               " --size 960x600 ";

    // An earlier session, killed after 8 s: interrupted, with some steps recorded.
    const auto killed = test::runProcess(
        test::underXvfb(player + "--events 0:start & p=$!; sleep 8; kill -KILL $p; wait $p; exit 0"), env(), 90);
    ASSERT_EQ(killed.exitCode, 0) << killed.err;
    std::int64_t interrupted = 0;
    {
        auto opened = HistoryStore::open(historyDbPath(data));
        ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        const auto offer = opened.store->findResumable(hashRoutineFile(routine));
        ASSERT_TRUE(offer) << "the kill at 8 s must land mid-session";
        interrupted = offer->sessionId;
    }

    // A continues it (C); 2 s later B starts while A plays, presses C, then Space.
    const fs::path aLog = dir / "a.jsonl", bLog = dir / "b.jsonl", aErr = dir / "a.err", bErr = dir / "b.err";
    const std::string script = player + "--keys 0.4:c --log-events " + quoted(aLog) + " --exit-after 26 2>" +
                               quoted(aErr) + " & a=$!; sleep 2; " + player + "--keys 0.4:c,0.8:space --log-events " +
                               quoted(bLog) + " --exit-after 30 2>" + quoted(bErr) +
                               "; b=$?; wait $a; echo \"a=$? b=$b\"";
    const auto both = test::runProcess(test::underXvfb(script), env(), 120);
    ASSERT_EQ(both.exitCode, 0) << both.err;
    EXPECT_EQ(both.out, "a=0 b=0\n") << "A: " << test::readText(aErr) << "\nB: " << test::readText(bErr);

    EXPECT_NE(test::readText(aErr).find("matside: history: continue offered"), std::string::npos) << test::readText(aErr);
    EXPECT_EQ(test::readText(bErr).find("continue offered"), std::string::npos)
        << "B was offered the session A is playing: " << test::readText(bErr);
    EXPECT_EQ(test::firstStepAfterStart(bLog), 0u) << "B's C did nothing; Space started from the top";
    bool aDone = false, bDone = false;
    test::finishedWorkSteps(aLog, plan, aDone);
    EXPECT_EQ(test::finishedWorkSteps(bLog, plan, bDone).size(), plan.workStepCount());
    EXPECT_TRUE(aDone && bDone) << "both players must reach the end (A within 26 s, B within 30 s)";

    auto opened = HistoryStore::open(historyDbPath(data));
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    EXPECT_EQ(test::integrityCheck(historyDbPath(data)), "ok");
    const auto sessions = opened.store->listSessions();
    ASSERT_EQ(sessions.size(), 2u) << "A continued the old session, B made exactly one new one";
    EXPECT_EQ(sessions[0].id, interrupted);
    for (const auto& s : sessions) {
        SCOPED_TRACE("session " + std::to_string(s.id));
        EXPECT_EQ(s.end, SessionEnd::Completed);
        EXPECT_EQ(static_cast<std::size_t>(s.completedSteps), plan.workStepCount());
        EXPECT_EQ(opened.store->steps(s.id).size(), plan.workStepCount());
    }
    EXPECT_TRUE(fs::is_empty(data / "live")) << "finished sessions leave no live marks";
}

} // namespace
} // namespace matside
