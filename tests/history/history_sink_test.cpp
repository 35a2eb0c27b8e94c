// SessionHistory and HistorySink, as `simulate --record` and the player use them: the ready
// screen's pain rating, the offer to continue, and carrying on when history is off.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/test_routines.h"
#include "history/history_sink.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace matside;
using matside::test::TempDir;
using namespace std::chrono_literals;

namespace {

struct SinkFixture {
    TempDir dir;
    Routine routine = test::routineOf({test::stretch("a", 2, 20), test::reps("b", 1, 3, 2)});
    Plan plan = expandPlan(routine);
    std::filesystem::path routineFile = dir / "routine.json";
    SinkFixture() { test::writeBytes(routineFile, "{\"routine\": 1}"); }

    // Plays through `sink` until `stop` says so (or Done); returns the session's snapshot time.
    template <typename Stop>
    Millis play(Session& session, HistorySink& sink, Stop stop) {
        Millis now{0};
        sink.onEvents(session.apply(Command::Start, now), session.snapshot(now));
        while (session.state() != SessionState::Done && !stop(session)) {
            now += 1s;
            sink.onEvents(session.advance(now), session.snapshot(now));
        }
        return now;
    }
};

std::size_t finishedSteps(const Session& s) {
    std::size_t n = 0;
    for (auto o : s.outcomes()) n += o != Session::StepOutcome::Pending;
    return n;
}

} // namespace

TEST(HistorySink, ThePainRatingGivenBeforeStartIsStoredWithTheSession) {
    SinkFixture f;
    Session session{f.plan};
    HistorySink sink(session, f.plan, f.routineFile, f.dir / "data");
    ASSERT_TRUE(sink.history().enabled()) << sink.history().notice();
    sink.setPainBefore(6);
    f.play(session, sink, [](const Session&) { return false; });
    sink.finish(SessionEnd::Completed, 3, "better");
    const auto sessions = sink.history().store()->listSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].painBefore, 6);
    EXPECT_EQ(sessions[0].painAfter, 3);
    EXPECT_EQ(sessions[0].note, "better");
    EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
    EXPECT_EQ(sessions[0].routineHash, fnv1a64Hex("{\"routine\": 1}"));
    EXPECT_EQ(sessions[0].completedSteps, 5); // 2 sets x 2 legs + 1 set of reps
}

TEST(HistorySink, TheNextLaunchOffersToContinueTheSameRoutineOnly) {
    SinkFixture f;
    {
        Session session{f.plan};
        HistorySink sink(session, f.plan, f.routineFile, f.dir / "data");
        f.play(session, sink, [](const Session& s) { return finishedSteps(s) == 2; });
    } // killed here: no finish
    {
        Session session{f.plan};
        HistorySink next(session, f.plan, f.routineFile, f.dir / "data");
        const auto offer = next.history().resumable();
        ASSERT_TRUE(offer);
        EXPECT_EQ(offer->workStepNumber, 3u);
        EXPECT_EQ(offer->exerciseName, "Stretch a");
        EXPECT_EQ(offer->side, Side::Left); // alternating: L1 R1, then L2
        EXPECT_EQ(offer->set, 2);
        next.history().continueResumable();
        f.play(session, next, [](const Session&) { return false; });
        EXPECT_EQ(next.history().store()->listSessions().size(), 1u) << "continuing must not start a new session";
        EXPECT_EQ(next.history().store()->listSessions()[0].end, SessionEnd::Completed);
        EXPECT_FALSE(next.history().resumable());
    }
    // The same routine edited since: a different hash, so nothing is offered.
    {
        Session session{f.plan};
        HistorySink first(session, f.plan, f.routineFile, f.dir / "data");
        f.play(session, first, [](const Session& s) { return finishedSteps(s) == 1; });
    }
    test::writeBytes(f.routineFile, "{\"routine\": 2}");
    Session session{f.plan};
    HistorySink edited(session, f.plan, f.routineFile, f.dir / "data");
    EXPECT_FALSE(edited.history().resumable());
}

TEST(HistorySink, WithHistoryOffThereIsOneNoticeAndTheSessionPlaysToTheEnd) {
    SinkFixture f;
    test::writeBytes(f.dir / "file", "x");
    Session session{f.plan};
    HistorySink sink(session, f.plan, f.routineFile, f.dir / "file" / "data");
    EXPECT_FALSE(sink.history().enabled());
    EXPECT_NE(sink.history().notice().find("History is off"), std::string::npos);
    EXPECT_FALSE(sink.history().resumable());
    sink.setPainBefore(2);
    const Millis end = f.play(session, sink, [](const Session&) { return false; });
    sink.finish(SessionEnd::Completed, 1, "");
    EXPECT_EQ(session.snapshot(end).endReason, EndReason::Completed);
    EXPECT_EQ(sink.history().store(), nullptr);
}
