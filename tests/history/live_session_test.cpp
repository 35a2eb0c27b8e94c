// Two matside processes on one data folder: a session being played is marked live
// (LiveSessionLock), so the other never offers to continue it; the mark dies with its
// process, however the process ends, so a crashed session is offered again at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/test_routines.h"
#include "history/live_session_lock.h"
#include "history/session_recorder.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace matside;
using matside::test::TempDir;
using namespace std::chrono_literals;

namespace {

TEST(LiveSessionLock, HeldUntilReleasedAndTheFileGoesWithIt) {
    TempDir dir;
    EXPECT_FALSE(LiveSessionLock::isHeld(dir.path(), 7)) << "never locked: not live";
    {
        auto lock = LiveSessionLock::acquire(dir.path(), 7);
        ASSERT_TRUE(lock.held());
        EXPECT_TRUE(std::filesystem::exists(dir.path() / "live" / "7.lock"));
        EXPECT_TRUE(LiveSessionLock::isHeld(dir.path(), 7));
        EXPECT_FALSE(LiveSessionLock::isHeld(dir.path(), 8)) << "one session's mark says nothing of another";
        EXPECT_FALSE(LiveSessionLock::acquire(dir.path(), 7).held()) << "a second holder must be refused";
        EXPECT_TRUE(LiveSessionLock::isHeld(dir.path(), 7)) << "a refused attempt must not drop the first lock";
    }
    EXPECT_FALSE(LiveSessionLock::isHeld(dir.path(), 7));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "live" / "7.lock"));
    EXPECT_TRUE(LiveSessionLock::acquire(dir.path(), 7).held()) << "free again once released";
}

TEST(LiveSessionLock, AKilledHolderLeavesTheSessionFree) {
    TempDir dir;
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto lock = LiveSessionLock::acquire(dir.path(), 3);
        const char ok = lock.held() ? 'y' : 'n';
        (void)!::write(ready[1], &ok, 1);
        ::pause(); // until SIGKILL: no destructor, no clean-up, as in a crash
        ::_exit(0);
    }
    char ok = 0;
    ASSERT_EQ(::read(ready[0], &ok, 1), 1);
    ::close(ready[0]);
    ::close(ready[1]);
    ASSERT_EQ(ok, 'y');
    EXPECT_TRUE(LiveSessionLock::isHeld(dir.path(), 3)) << "another process's lock is seen";
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "live" / "3.lock")) << "the crash left its file behind";
    EXPECT_FALSE(LiveSessionLock::isHeld(dir.path(), 3)) << "but the kernel dropped the lock with the process";
    EXPECT_TRUE(LiveSessionLock::acquire(dir.path(), 3).held());
}

// Two players on one history: each with its own store and recorder, as two processes have.
struct TwoPlayers {
    TempDir dir;
    Routine routine = test::routineOf({test::stretch("a", 2, 30), test::reps("b", 1, 4, 3)});
    Plan plan = expandPlan(routine);
    std::unique_ptr<HistoryStore> storeA = HistoryStore::open(dir / "h.sqlite3").store;
    std::unique_ptr<HistoryStore> storeB = HistoryStore::open(dir / "h.sqlite3").store;

    // Plays on `recorder` until `steps` work steps are recorded (then stops, session alive).
    // `now` is that player's own virtual clock, kept between calls.
    void playSteps(SessionRecorder& recorder, Session& session, int steps, Millis& now) {
        if (session.state() == SessionState::Ready) recorder.onEvents(session.apply(Command::Start, now), session);
        auto finished = [&] {
            int n = 0;
            for (std::size_t i = 0; i < session.outcomes().size(); ++i)
                n += plan.steps[i].kind == StepKind::Work && session.outcomes()[i] != Session::StepOutcome::Pending;
            return n;
        };
        while (finished() < steps && session.state() != SessionState::Done) {
            now += 1s;
            recorder.onEvents(session.advance(now), session);
        }
    }
};

TEST(LiveSession, ASessionStillPlayingIsNeverOfferedToTheOtherPlayer) {
    TwoPlayers f;
    ASSERT_TRUE(f.storeA && f.storeB);
    Session sessionA{f.plan};
    Millis nowA{0}, nowB{0};
    SessionRecorder recorderA{f.storeA.get(), f.plan, "hash"};
    f.playSteps(recorderA, sessionA, 2, nowA);
    ASSERT_TRUE(recorderA.sessionId());
    ASSERT_EQ(f.storeB->steps(*recorderA.sessionId()).size(), 2u) << "B sees A's rows";

    EXPECT_FALSE(f.storeB->findResumable("hash")) << "A is still playing it: B must not offer it";
    SessionRecorder recorderB{f.storeB.get(), f.plan, "hash"};
    EXPECT_FALSE(recorderB.resume(*recorderA.sessionId(), 3)) << "nor take it over when asked directly";

    // B plays a session of its own alongside; both end up complete and separate.
    Session sessionB{f.plan};
    f.playSteps(recorderB, sessionB, 99, nowB);
    f.playSteps(recorderA, sessionA, 99, nowA);
    const auto sessions = f.storeA->listSessions();
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_NE(*recorderA.sessionId(), *recorderB.sessionId());
    for (const auto& s : sessions) {
        EXPECT_EQ(s.end, SessionEnd::Completed);
        EXPECT_EQ(static_cast<std::size_t>(s.completedSteps), f.plan.workStepCount());
    }
}

TEST(LiveSession, APlayerThatVanishesMidSessionIsOfferedToTheOtherAtOnce) {
    TwoPlayers f;
    std::int64_t id = 0;
    {
        Session session{f.plan};
        SessionRecorder recorderA{f.storeA.get(), f.plan, "hash"};
        Millis now{0};
        f.playSteps(recorderA, session, 2, now);
        id = *recorderA.sessionId();
        EXPECT_FALSE(f.storeB->findResumable("hash"));
    } // A's recorder is gone without finishing: its process ended
    const auto offer = f.storeB->findResumable("hash");
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->sessionId, id);
    SessionRecorder recorderB{f.storeB.get(), f.plan, "hash"};
    ASSERT_TRUE(recorderB.resume(id, offer->lastStepIndex + 1));
    EXPECT_FALSE(f.storeA->findResumable("hash")) << "now B plays it: it is live again";
}

TEST(LiveSession, AFinishedSessionDropsItsMark) {
    TwoPlayers f;
    Session session{f.plan};
    SessionRecorder recorder{f.storeA.get(), f.plan, "hash"};
    Millis now{0};
    f.playSteps(recorder, session, 99, now);
    ASSERT_EQ(recorder.end(), SessionEnd::Completed);
    EXPECT_FALSE(LiveSessionLock::isHeld(f.dir.path(), *recorder.sessionId()));
    EXPECT_TRUE(std::filesystem::is_empty(f.dir.path() / "live")) << "no lock file left behind by a clean finish";
}

} // namespace
