// SessionRecorder on a real Session and a virtual clock: every finished work step becomes a
// row as it happens, the end is recorded at Done, and a session cut short can be resumed.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback_card.h"
#include "core/test_routines.h"
#include "history/session_recorder.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace matside;
using matside::test::TempDir;
using namespace std::chrono_literals;

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<HistoryStore> store = HistoryStore::open(dir / "h.sqlite3").store;
    // Two sets per leg of a 30 s stretch, then one set of 4 reps of 3 s.
    Routine routine = test::routineOf({test::stretch("a", 2, 30), test::reps("b", 1, 4, 3)});
    Plan plan = expandPlan(routine);
    Session session{plan};
    SessionRecorder recorder{store.get(), plan, "hash"};
    Millis now{0};

    void apply(Command c) { recorder.onEvents(session.apply(c, now), session); }
    // Runs on by itself, one virtual second at a time, until `done` says stop.
    template <typename Stop>
    void runUntil(Stop stop) {
        while (session.state() != SessionState::Done && !stop()) {
            now += 1s;
            recorder.onEvents(session.advance(now), session);
        }
    }
    std::vector<std::size_t> workSteps() const {
        std::vector<std::size_t> out;
        for (const auto& s : plan.steps)
            if (s.kind == StepKind::Work) out.push_back(s.index);
        return out;
    }
};

} // namespace

TEST(SessionRecorder, AFullSessionRecordsEveryWorkStepAndEndsCompleted) {
    Fixture f;
    ASSERT_TRUE(f.store);
    f.recorder.begin(4);
    f.apply(Command::Start);
    f.runUntil([] { return false; });

    const auto id = f.recorder.sessionId();
    ASSERT_TRUE(id);
    const auto s = f.store->session(*id);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->end, SessionEnd::Completed);
    EXPECT_EQ(s->painBefore, 4);
    EXPECT_EQ(s->routineId, "test");
    EXPECT_EQ(s->routineHash, "hash");
    EXPECT_EQ(s->planSteps, f.plan.steps.size());
    EXPECT_EQ(s->completedSteps, 5); // 2 sets x 2 legs + 1 set of reps
    EXPECT_EQ(s->skippedSteps, 0);

    const auto steps = f.store->steps(*id);
    ASSERT_EQ(steps.size(), 5u);
    for (std::size_t i = 0; i < steps.size(); ++i) EXPECT_EQ(steps[i].stepIndex, f.workSteps()[i]);
    EXPECT_EQ(steps[0].exerciseId, "a");
    EXPECT_EQ(steps[0].side, Side::Left);
    EXPECT_EQ(steps[1].side, Side::Right);
    EXPECT_EQ(steps[0].set, 1);
    EXPECT_DOUBLE_EQ(steps[0].seconds, 30.0);
    EXPECT_EQ(steps[4].exerciseName, "Reps b");
    EXPECT_EQ(steps[4].reps, 4);
    EXPECT_EQ(steps[4].side, std::nullopt);
}

TEST(SessionRecorder, EachStepIsStoredTheMomentItFinishes) {
    Fixture f;
    f.apply(Command::Start); // begins the session by itself: no rating was given
    const auto work = f.workSteps();
    f.runUntil([&] { return f.session.outcomes()[work[0]] != Session::StepOutcome::Pending; });
    ASSERT_TRUE(f.recorder.sessionId());
    EXPECT_EQ(f.store->steps(*f.recorder.sessionId()).size(), 1u);
    EXPECT_EQ(f.store->session(*f.recorder.sessionId())->painBefore, std::nullopt);
    EXPECT_EQ(f.store->session(*f.recorder.sessionId())->end, SessionEnd::Interrupted);
}

TEST(SessionRecorder, SkippedStepsAndQuitAreRecordedAsSuch) {
    Fixture f;
    f.apply(Command::Start);
    const auto work = f.workSteps();
    f.runUntil([&] { return f.session.snapshot(f.now).stepIndex == work[0]; });
    f.now += 5s;
    f.apply(Command::Next); // skip the first set after 5 s
    f.runUntil([&] { return f.session.snapshot(f.now).stepIndex == work[1]; });
    f.apply(Command::Quit);

    const auto id = *f.recorder.sessionId();
    EXPECT_EQ(f.store->session(id)->end, SessionEnd::Quit);
    EXPECT_NE(f.store->session(id)->endedAt, "");
    const auto steps = f.store->steps(id);
    ASSERT_EQ(steps.size(), 1u); // the step in progress at quit was neither done nor skipped
    EXPECT_EQ(steps[0].result, StepResult::Skipped);
    EXPECT_DOUBLE_EQ(steps[0].seconds, 5.0);
}

TEST(SessionRecorder, StoppedForPainIsNotOverwrittenByTheQuitThatFollows) {
    Fixture f;
    f.apply(Command::Start);
    f.now += 12s;
    f.recorder.onEvents(f.session.advance(f.now), f.session);
    f.recorder.finish(SessionEnd::StoppedForPain, 7, "sharp pain in the hip");
    f.apply(Command::Quit);
    const auto s = f.store->session(*f.recorder.sessionId());
    EXPECT_EQ(s->end, SessionEnd::StoppedForPain);
    EXPECT_EQ(s->painAfter, 7);
    EXPECT_EQ(s->note, "sharp pain in the hip");
}

TEST(SessionRecorder, DoneScreenRatingIsAddedAfterTheSessionCompleted) {
    Fixture f;
    f.apply(Command::Start);
    f.runUntil([] { return false; });
    ASSERT_EQ(f.recorder.end(), SessionEnd::Completed);
    f.recorder.finish(SessionEnd::Completed, 2, "easier than last week");
    const auto s = f.store->session(*f.recorder.sessionId());
    EXPECT_EQ(s->end, SessionEnd::Completed);
    EXPECT_EQ(s->painAfter, 2);
    EXPECT_EQ(s->note, "easier than last week");
}

TEST(SessionRecorder, ACutShortSessionIsInterruptedAndResumesAfterItsLastRecordedStep) {
    Fixture f;
    const auto work = f.workSteps();
    {
        // The recorder and the session vanish without a word, as in a SIGKILL.
        Session session{f.plan};
        SessionRecorder recorder{f.store.get(), f.plan, "hash"};
        Millis now{0};
        recorder.onEvents(session.apply(Command::Start, now), session);
        while (session.outcomes()[work[2]] == Session::StepOutcome::Pending) {
            now += 1s;
            recorder.onEvents(session.advance(now), session);
        }
    }
    const auto resumable = f.store->findResumable("hash");
    ASSERT_TRUE(resumable);
    EXPECT_EQ(resumable->lastStepIndex, work[2]);
    EXPECT_EQ(f.store->session(resumable->sessionId)->end, SessionEnd::Interrupted);
    EXPECT_EQ(f.store->steps(resumable->sessionId).size(), 3u);

    const auto target = resumeTarget(f.plan, *resumable);
    ASSERT_TRUE(target);
    EXPECT_EQ(target->stepIndex, work[2] + 1);
    EXPECT_EQ(target->workStepNumber, 4u);
    EXPECT_EQ(target->exerciseName, "Stretch a");
    EXPECT_EQ(target->side, Side::Right);
    EXPECT_EQ(target->set, 2);

    // Continuing adds to the same session and completes it.
    SessionRecorder again{f.store.get(), f.plan, "hash"};
    again.resume(resumable->sessionId);
    Session session{f.plan};
    Millis now{0};
    again.onEvents(session.apply(Command::Start, now), session);
    while (session.state() != SessionState::Done) {
        now += 1s;
        again.onEvents(session.advance(now), session);
    }
    EXPECT_EQ(f.store->listSessions().size(), 1u);
    EXPECT_EQ(f.store->session(resumable->sessionId)->end, SessionEnd::Completed);
    EXPECT_FALSE(f.store->findResumable("hash"));
}

TEST(SessionRecorder, ResumeTargetIsEmptyWhenEveryWorkStepWasDone) {
    Fixture f;
    Resumable r;
    r.planSteps = f.plan.steps.size();
    r.lastStepIndex = f.workSteps().back();
    EXPECT_FALSE(resumeTarget(f.plan, r));
    r.lastStepIndex = 0; // the first prepare step: continue at the first set
    const auto target = resumeTarget(f.plan, r);
    ASSERT_TRUE(target);
    EXPECT_EQ(target->stepIndex, 1u);
    EXPECT_EQ(target->workStepNumber, 1u);
    EXPECT_EQ(target->side, Side::Left);
}

// An exercise paused (or taken back) since the session was interrupted: the same routine
// file, but a plan of other steps, in which the stored step number names another step.
TEST(SessionRecorder, NoResumeIntoAPlanOfOtherSteps) {
    Fixture f;
    Resumable r;
    r.lastStepIndex = 0;
    r.planSteps = f.plan.steps.size();
    EXPECT_TRUE(resumeTarget(f.plan, r));
    r.planSteps = f.plan.steps.size() + 4;
    EXPECT_FALSE(resumeTarget(f.plan, r));
    r.planSteps = f.plan.steps.size() - 1;
    EXPECT_FALSE(resumeTarget(f.plan, r));
}

TEST(SessionRecorder, WithoutAStoreTheSessionPlaysOnAndNothingIsRecorded) {
    Fixture f;
    SessionRecorder off{nullptr, f.plan, "hash"};
    off.begin(3);
    off.onEvents(f.session.apply(Command::Start, f.now), f.session);
    while (f.session.state() != SessionState::Done) {
        f.now += 1s;
        off.onEvents(f.session.advance(f.now), f.session);
    }
    off.finish(SessionEnd::Completed, 1, "");
    EXPECT_FALSE(off.enabled());
    EXPECT_FALSE(off.sessionId());
    EXPECT_EQ(off.notice(), "");
    EXPECT_EQ(f.session.snapshot(f.now).endReason, EndReason::Completed);
    EXPECT_TRUE(f.store->listSessions().empty());
}

TEST(SessionRecorder, QuittingFromTheReadyScreenLeavesNoSession) {
    Fixture f;
    f.apply(Command::Quit);
    EXPECT_EQ(f.session.state(), SessionState::Done);
    EXPECT_FALSE(f.recorder.sessionId());
    EXPECT_TRUE(f.store->listSessions().empty());
}

TEST(SessionRecorder, QuittingDuringTheFirstGetReadyIsAShortQuitSession) {
    Fixture f;
    f.apply(Command::Start);
    f.now += 4s;
    f.apply(Command::Quit);
    const auto sessions = f.store->listSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].end, SessionEnd::Quit);
    EXPECT_EQ(sessions[0].completedSteps, 0);
}

TEST(SessionRecorder, SkippingToTheResumePointKeepsTheRowsAlreadyRecorded) {
    Fixture f;
    const auto work = f.workSteps();
    const auto id = f.store->beginSession(SessionStart{"test", "Test routine", "hash", f.plan.steps.size(), 5, {}});
    StepRecord done;
    done.stepIndex = work[0];
    done.exerciseId = "a";
    done.exerciseName = "Stretch a";
    done.seconds = 20;
    f.store->recordStep(id, done);

    f.recorder.resume(id, work[0] + 1);
    f.apply(Command::Start);
    while (f.session.snapshot(f.now).stepIndex < work[0] + 1) f.apply(Command::Next); // fast-forward
    f.runUntil([] { return false; });

    const auto steps = f.store->steps(id);
    ASSERT_EQ(steps.size(), work.size());
    EXPECT_EQ(steps[0].result, StepResult::Completed); // not overwritten by the fast-forward skip
    EXPECT_DOUBLE_EQ(steps[0].seconds, 20.0);
    EXPECT_EQ(f.store->session(id)->end, SessionEnd::Completed);
    EXPECT_EQ(f.store->session(id)->painBefore, 5);
}

TEST(SessionRecorder, TheStopForPainCommandIsRecordedAsStoppedForPain) {
    Fixture f;
    f.apply(Command::Start);
    f.now += 15s;
    f.recorder.onEvents(f.session.advance(f.now), f.session);
    f.apply(Command::StopForPain);
    ASSERT_EQ(f.session.state(), SessionState::Done);
    EXPECT_EQ(f.store->session(*f.recorder.sessionId())->end, SessionEnd::StoppedForPain);
    EXPECT_EQ(f.recorder.end(), SessionEnd::StoppedForPain);
}

TEST(SessionRecorder, EveryCoreEndReasonMapsToItsStoredEnd) {
    EXPECT_EQ(sessionEndOf(EndReason::Completed), SessionEnd::Completed);
    EXPECT_EQ(sessionEndOf(EndReason::Quit), SessionEnd::Quit);
    EXPECT_EQ(sessionEndOf(EndReason::StoppedForPain), SessionEnd::StoppedForPain);
    EXPECT_EQ(sessionEndOf(EndReason::None), SessionEnd::Interrupted);
}

TEST(SessionRecorder, AResumedSessionStartedAtItsStepAddsOnlyTheStepsAfter) {
    Fixture f;
    const auto work = f.workSteps();
    const auto id = f.store->beginSession(SessionStart{"test", "Test routine", "hash", f.plan.steps.size(), 4, {}});
    StepRecord first;
    first.stepIndex = work[0];
    first.exerciseId = "a";
    first.exerciseName = "Stretch a";
    first.seconds = 20;
    f.store->recordStep(id, first);
    const auto resumable = f.store->findResumable("hash");
    ASSERT_TRUE(resumable);
    const auto target = resumeTarget(f.plan, *resumable);
    ASSERT_TRUE(target);
    f.recorder.resume(id, target->stepIndex);
    f.recorder.onEvents(f.session.startAt(target->stepIndex, f.now), f.session);
    f.runUntil([] { return false; });
    const auto steps = f.store->steps(id);
    ASSERT_EQ(steps.size(), work.size());
    EXPECT_DOUBLE_EQ(steps[0].seconds, 20.0);
    EXPECT_EQ(f.store->session(id)->end, SessionEnd::Completed);
    EXPECT_EQ(f.store->listSessions().size(), 1u);
}

TEST(SessionRecorder, TheFeedbackCardsAnswerBecomesARowOfThisSession) {
    Fixture f;
    FeedbackCard card{f.plan};
    f.recorder.begin(std::nullopt);
    f.apply(Command::Start);
    f.runUntil([&] {
        card.follow(f.session.snapshot(f.now));
        return card.stage() == FeedbackCard::Stage::Asking;
    });
    ASSERT_EQ(card.stage(), FeedbackCard::Stage::Asking);
    if (auto record = card.pressDigit(4, f.now).record) f.recorder.recordFeedback(*record);
    if (auto record = card.pressDigit(6, f.now).record) f.recorder.recordFeedback(*record);
    f.runUntil([] { return false; });

    const auto rows = f.store->feedback(*f.recorder.sessionId());
    ASSERT_EQ(rows.size(), 1u) << "painful, then its number, is one row";
    EXPECT_EQ(rows[0].feedback.exerciseId, "a");
    EXPECT_EQ(rows[0].feedback.rating, ExerciseRating::Painful);
    EXPECT_EQ(rows[0].feedback.pain, 6);
}
