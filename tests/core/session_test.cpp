// The session state machine on a virtual clock: transitions, commands in every state, pause
// arithmetic, per-side order, skipping, going back, rep counting, cues and the no-drift property.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session.h"
#include "test_routines.h"

#include <gtest/gtest.h>

#include <random>

using namespace matside;
using namespace matside::test;
using namespace std::chrono_literals;

namespace {

Millis s(double seconds) { return Millis{static_cast<long long>(seconds * 1000)}; }

std::vector<CueEvent> cues(const std::vector<SessionEvent>& events, std::optional<CueKind> kind = {}) {
    std::vector<CueEvent> out;
    for (const auto& e : events)
        if (auto* c = std::get_if<CueEvent>(&e.what); c && (!kind || c->cue == *kind)) out.push_back(*c);
    return out;
}

std::vector<StateEvent> states(const std::vector<SessionEvent>& events) {
    std::vector<StateEvent> out;
    for (const auto& e : events)
        if (auto* st = std::get_if<StateEvent>(&e.what)) out.push_back(*st);
    return out;
}

bool applied(const std::vector<SessionEvent>& events) {
    for (const auto& e : events)
        if (std::holds_alternative<CommandEvent>(e.what)) return true;
    return false;
}

// One stretch (P L1 S R1 R L2 S R2) and a rep exercise (N P B1 R B2): 13 steps.
struct SessionTest : ::testing::Test {
    Routine routine = routineOf({stretch("a", 2, 30), reps("b", 2, 5, 3)});
    Plan plan = expandPlan(routine);
};

} // namespace

TEST_F(SessionTest, StartsInReadyAndStartEntersTheGetReadyCountdown) {
    Session session(plan);
    EXPECT_EQ(session.state(), SessionState::Ready);
    EXPECT_FALSE(session.nextWakeup(0ms).has_value()) << "ready never needs a wake-up";
    const auto events = session.apply(Command::Start, 0ms);
    ASSERT_TRUE(applied(events));
    EXPECT_EQ(session.state(), SessionState::Prepare);
    const auto st = states(events);
    ASSERT_EQ(st.size(), 1u);
    EXPECT_EQ(st[0].step, 0u);
    const auto getReady = cues(events, CueKind::GetReady);
    ASSERT_EQ(getReady.size(), 1u);
    EXPECT_EQ(getReady[0].text, "Get ready: Stretch a. Left leg. Hold for 30 seconds.");
}

TEST_F(SessionTest, TimedStepsEndByThemselvesAtTheirDeadline) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    EXPECT_TRUE(session.advance(s(9.999)).size() > 0); // countdown 3,2,1 at 7,8,9 s
    EXPECT_EQ(session.state(), SessionState::Prepare);
    const auto events = session.advance(s(10));
    EXPECT_EQ(session.state(), SessionState::Work);
    ASSERT_FALSE(states(events).empty());
    EXPECT_EQ(events.front().t, s(10));
    const auto start = cues(events, CueKind::WorkStart);
    ASSERT_EQ(start.size(), 1u);
    EXPECT_EQ(start[0].text, "Stretch a. Left leg. Set 1 of 2. Hold for 30 seconds.");
}

TEST_F(SessionTest, CountdownTicksOnTheLastThreeSecondsAndHalfwayOnLongHolds) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(10)); // work L1 begins, 30 s
    const auto events = session.advance(s(40));
    std::vector<std::pair<Millis, std::string>> got;
    for (const auto& e : events)
        if (auto* c = std::get_if<CueEvent>(&e.what); c && (c->cue == CueKind::Countdown || c->cue == CueKind::Halfway))
            got.emplace_back(e.t, c->text);
    const std::vector<std::pair<Millis, std::string>> want = {
        {s(25), "Halfway."}, {s(37), "3"}, {s(38), "2"}, {s(39), "1"}};
    EXPECT_EQ(got, want);
    const auto end = cues(events, CueKind::WorkEnd);
    EXPECT_EQ(end.size(), 1u);
    EXPECT_EQ(cues(events, CueKind::SwitchSides).at(0).text, "Switch sides. Right leg next.");
}

TEST_F(SessionTest, PerSideOrderAlternatesLeftRight) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    std::vector<std::string> sides;
    for (const auto& e : session.advance(s(1000))) {
        if (auto* st = std::get_if<StateEvent>(&e.what); st && st->state == SessionState::Work) {
            const auto& step = plan.steps[*st->step];
            sides.push_back(step.side ? toString(*step.side) : "both");
        }
    }
    EXPECT_EQ(sides, (std::vector<std::string>{"left", "right", "left", "right", "both", "both"}));
    EXPECT_EQ(session.state(), SessionState::Done);
}

TEST_F(SessionTest, PauseFreezesTheStepAndResumeShiftsEveryDeadline) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(15)); // 5 s into the 30 s hold (work from 10 to 40)
    ASSERT_TRUE(applied(session.apply(Command::Pause, s(15))));
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_FALSE(session.nextWakeup(s(15)).has_value()) << "paused: no wake-ups";
    EXPECT_TRUE(session.advance(s(75)).empty()) << "nothing happens while paused";
    EXPECT_EQ(session.snapshot(s(75)).stepRemaining, s(25));
    EXPECT_EQ(session.snapshot(s(75)).activeState, SessionState::Work);
    ASSERT_TRUE(applied(session.apply(Command::Resume, s(75))));
    EXPECT_EQ(session.state(), SessionState::Work);
    session.advance(s(99.999));
    EXPECT_EQ(session.state(), SessionState::Work);
    const auto events = session.advance(s(100)); // 40 + 60 s of pause
    EXPECT_EQ(session.state(), SessionState::Rest);
    EXPECT_EQ(events.front().t, s(100));
    EXPECT_EQ(session.timeSpent()[1], s(30)) << "time spent excludes the pause";
    EXPECT_EQ(session.snapshot(s(100)).sessionElapsed, s(100)) << "elapsed includes it";
}

TEST_F(SessionTest, NextSkipsAWorkStepAndDoneCompletesIt) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.apply(Command::Next, s(1)); // skip the countdown: not a work step, not counted
    EXPECT_EQ(session.state(), SessionState::Work);
    session.apply(Command::Next, s(2)); // skip L1
    EXPECT_EQ(session.outcomes()[1], Session::StepOutcome::Skipped);
    EXPECT_EQ(session.state(), SessionState::Rest);
    session.apply(Command::Next, s(3)); // skip the switch
    const auto events = session.apply(Command::Done, s(4)); // R1 done early: completed
    EXPECT_EQ(session.outcomes()[3], Session::StepOutcome::Completed);
    EXPECT_EQ(cues(events, CueKind::WorkEnd).size(), 1u);
    const Snapshot snap = session.snapshot(s(4));
    EXPECT_EQ(snap.completedWorkSteps, 1);
    EXPECT_EQ(snap.skippedWorkSteps, 1);
}

TEST_F(SessionTest, StartAtContinuesAtAGivenStepAndLeavesEarlierStepsPending) {
    Session session(plan);
    const auto events = session.startAt(4, s(5)); // the rest before L2
    ASSERT_TRUE(applied(events)) << "seen by listeners as a start";
    const auto st = states(events);
    ASSERT_EQ(st.size(), 1u);
    EXPECT_EQ(st[0].step, 4u);
    EXPECT_EQ(session.state(), SessionState::Rest);
    const Snapshot snap = session.snapshot(s(5));
    EXPECT_EQ(snap.stepIndex, 4u);
    EXPECT_EQ(snap.stepRemaining, s(plan.steps[4].seconds));
    session.advance(s(5 + plan.steps[4].seconds));
    EXPECT_EQ(session.snapshot(s(5 + plan.steps[4].seconds)).stepIndex, 5u) << "then on as usual";
    session.apply(Command::Quit, s(100));
    EXPECT_EQ(session.outcomes()[1], Session::StepOutcome::Pending) << "steps before were not lived now";
    EXPECT_EQ(session.outcomes()[3], Session::StepOutcome::Pending);
}

TEST_F(SessionTest, StartAtDoesNothingOutsideReadyOrPastThePlan) {
    Session session(plan);
    EXPECT_TRUE(session.startAt(plan.steps.size(), 0ms).empty());
    EXPECT_EQ(session.state(), SessionState::Ready);
    session.apply(Command::Start, 0ms);
    EXPECT_TRUE(session.startAt(3, s(1)).empty());
    EXPECT_EQ(session.snapshot(s(1)).stepIndex, 0u);
}

TEST_F(SessionTest, PrevGoesBackToThePreviousWorkStep) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(40)); // L1 complete, now switch-sides pause (step 2)
    ASSERT_EQ(session.snapshot(s(40)).stepIndex, 2u);
    session.apply(Command::Prev, s(41));
    EXPECT_EQ(session.snapshot(s(41)).stepIndex, 1u);
    EXPECT_EQ(session.state(), SessionState::Work);
    EXPECT_EQ(session.snapshot(s(41)).stepRemaining, s(30)) << "a fresh, full hold";
    EXPECT_EQ(session.outcomes()[1], Session::StepOutcome::Pending) << "to be done again";
    // From the first work step there is nothing before: it restarts itself.
    session.apply(Command::Prev, s(50));
    EXPECT_EQ(session.snapshot(s(50)).stepIndex, 1u);
    EXPECT_EQ(session.snapshot(s(50)).stepRemaining, s(30));
}

TEST_F(SessionTest, RestartRunsTheStepAgainFromItsFullTime) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(30));
    session.apply(Command::Restart, s(30));
    EXPECT_EQ(session.snapshot(s(30)).stepRemaining, s(30));
    session.advance(s(59.9));
    EXPECT_EQ(session.state(), SessionState::Work);
    session.advance(s(60));
    EXPECT_EQ(session.state(), SessionState::Rest);
}

TEST_F(SessionTest, NavigatingWhilePausedStaysPaused) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(12));
    session.apply(Command::Pause, s(12));
    session.apply(Command::Next, s(13));
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_EQ(session.snapshot(s(20)).stepIndex, 2u);
    EXPECT_EQ(session.snapshot(s(20)).stepRemaining, s(5)) << "the new step waits, full";
    session.apply(Command::Resume, s(30));
    session.advance(s(35));
    EXPECT_EQ(session.snapshot(s(35)).stepIndex, 3u);
}

TEST_F(SessionTest, RepSetsCountAtTheTempoAndEndAfterTheLastRep) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    // Jump to the rep exercise: P L1 S R1 R L2 S R2 = 10+30+5+30+15+30+5+30 = 155 s, N 20, P 10.
    session.advance(s(185));
    ASSERT_EQ(session.state(), SessionState::Work);
    ASSERT_EQ(session.snapshot(s(185)).stepIndex, 10u);
    const auto events = session.advance(s(200));
    std::vector<Millis> repTimes;
    for (const auto& e : events)
        if (std::holds_alternative<RepEvent>(e.what)) repTimes.push_back(e.t);
    EXPECT_EQ(repTimes, (std::vector<Millis>{s(188), s(191), s(194), s(197), s(200)}));
    EXPECT_EQ(session.state(), SessionState::Rest);
    EXPECT_EQ(session.repsCounted()[10], 5);
    EXPECT_TRUE(cues(events, CueKind::Countdown).empty()) << "rep sets are counted, not counted down";
}

TEST_F(SessionTest, HandCountedRepsKeepTheTempoFromThatRepOn) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(185));
    auto events = session.apply(Command::Rep, s(186)); // a quick first rep by hand
    EXPECT_EQ(session.snapshot(s(186)).repsDone, 1);
    events = session.advance(s(189));
    ASSERT_EQ(events.size(), 2u); // rep + its cue
    EXPECT_EQ(std::get<RepEvent>(events[0].what).rep, 2);
    EXPECT_EQ(events[0].t, s(189));
    EXPECT_EQ(session.snapshot(s(189)).stepRemaining, s(9)) << "3 reps x 3 s left";
    session.apply(Command::Done, s(190)); // stop early: completed with 2 reps
    EXPECT_EQ(session.outcomes()[10], Session::StepOutcome::Completed);
    EXPECT_EQ(session.repsCounted()[10], 2);
}

TEST_F(SessionTest, ExtendAndShortenChangeOnlyRestsAndCountdowns) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    EXPECT_TRUE(applied(session.apply(Command::Extend, s(1))));
    EXPECT_EQ(session.snapshot(s(1)).stepRemaining, s(19));
    session.advance(s(20));
    EXPECT_EQ(session.state(), SessionState::Work);
    EXPECT_FALSE(applied(session.apply(Command::Extend, s(21)))) << "a hold's dose is fixed";
    EXPECT_FALSE(applied(session.apply(Command::Shorten, s(21))));
    session.advance(s(50)); // switch sides: 5 s
    ASSERT_EQ(session.state(), SessionState::Rest);
    EXPECT_TRUE(applied(session.apply(Command::Shorten, s(51))));
    EXPECT_EQ(session.state(), SessionState::Work) << "under 10 s left: shortening ends the rest";
}

TEST_F(SessionTest, QuitEndsTheSessionFromAnyStateButDone) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(12));
    const auto events = session.apply(Command::Quit, s(12));
    EXPECT_EQ(session.state(), SessionState::Done);
    EXPECT_EQ(session.snapshot(s(12)).endReason, EndReason::Quit);
    EXPECT_TRUE(cues(events, CueKind::SessionDone).empty()) << "no 'well done' for a quit";
    EXPECT_FALSE(applied(session.apply(Command::Quit, s(13))));
}

// Every command in every state: whether it applies and the state it leads to.
TEST_F(SessionTest, EveryCommandInEveryState) {
    struct Case {
        const char* name;
        std::function<void(Session&)> reach; // brings a fresh session into the state
        Millis at;                           // when the command is applied
    };
    const std::vector<Case> states = {
        {"ready", [](Session&) {}, s(1)},
        {"prepare", [](Session& x) { x.apply(Command::Start, 0ms); x.advance(s(5)); }, s(5)},
        {"work", [](Session& x) { x.apply(Command::Start, 0ms); x.advance(s(12)); }, s(12)},
        {"rest", [](Session& x) { x.apply(Command::Start, 0ms); x.advance(s(41)); }, s(41)},
        {"paused", [](Session& x) { x.apply(Command::Start, 0ms); x.advance(s(12)); x.apply(Command::Pause, s(12)); }, s(12)},
        {"done", [](Session& x) { x.apply(Command::Start, 0ms); x.apply(Command::Quit, s(12)); }, s(12)},
    };
    // Expected state after the command, or "-" when it does not apply.
    const std::map<std::string, std::map<std::string, std::string>> expect = {
        {"start", {{"ready", "prepare"}, {"prepare", "-"}, {"work", "-"}, {"rest", "-"}, {"paused", "-"}, {"done", "-"}}},
        {"pause", {{"ready", "-"}, {"prepare", "paused"}, {"work", "paused"}, {"rest", "paused"}, {"paused", "-"}, {"done", "-"}}},
        {"resume", {{"ready", "-"}, {"prepare", "-"}, {"work", "-"}, {"rest", "-"}, {"paused", "work"}, {"done", "-"}}},
        {"toggle", {{"ready", "prepare"}, {"prepare", "paused"}, {"work", "paused"}, {"rest", "paused"}, {"paused", "work"}, {"done", "-"}}},
        {"next", {{"ready", "-"}, {"prepare", "work"}, {"work", "rest"}, {"rest", "work"}, {"paused", "paused"}, {"done", "-"}}},
        {"prev", {{"ready", "-"}, {"prepare", "prepare"}, {"work", "work"}, {"rest", "work"}, {"paused", "paused"}, {"done", "-"}}},
        {"done", {{"ready", "-"}, {"prepare", "work"}, {"work", "rest"}, {"rest", "work"}, {"paused", "paused"}, {"done", "-"}}},
        {"rep", {{"ready", "-"}, {"prepare", "-"}, {"work", "-"}, {"rest", "-"}, {"paused", "-"}, {"done", "-"}}},
        {"restart", {{"ready", "-"}, {"prepare", "prepare"}, {"work", "work"}, {"rest", "rest"}, {"paused", "paused"}, {"done", "-"}}},
        {"extend", {{"ready", "-"}, {"prepare", "prepare"}, {"work", "-"}, {"rest", "rest"}, {"paused", "-"}, {"done", "-"}}},
        {"shorten", {{"ready", "-"}, {"prepare", "work"}, {"work", "-"}, {"rest", "work"}, {"paused", "-"}, {"done", "-"}}},
        {"quit", {{"ready", "done"}, {"prepare", "done"}, {"work", "done"}, {"rest", "done"}, {"paused", "done"}, {"done", "-"}}},
    };
    for (const auto& [commandName, row] : expect) {
        for (const auto& st : states) {
            SCOPED_TRACE(commandName + " in " + st.name);
            Session session(plan);
            st.reach(session);
            ASSERT_EQ(std::string(toString(session.state())), st.name);
            const auto events = session.apply(*commandFromString(commandName), st.at);
            const std::string want = row.at(st.name);
            if (want == "-") {
                EXPECT_FALSE(applied(events));
            } else {
                EXPECT_TRUE(applied(events));
                EXPECT_EQ(std::string(toString(session.state())), want);
            }
        }
    }
}

TEST_F(SessionTest, RepCommandCountsOnlyDuringRunningRepSets) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(185));
    EXPECT_TRUE(applied(session.apply(Command::Rep, s(185.5))));
    session.apply(Command::Pause, s(186));
    EXPECT_FALSE(applied(session.apply(Command::Rep, s(186.5))));
}

TEST_F(SessionTest, NextWakeupIsTheNextVisibleSecond) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(10.6)); // 30 s hold from 10 s: 29.4 s left, shown as 30
    EXPECT_EQ(session.nextWakeup(s(10.6)), s(11)) << "shown digit changes at 11 s";
    session.advance(s(11));
    EXPECT_EQ(session.nextWakeup(s(11)), s(12));
}

// A whole session, advanced by jittery frames, ends at exactly the planned second.
TEST(SessionDrift, ThirtyMinuteSessionEndsAtExactlyThePlannedSecond) {
    Routine r = routineOf({stretch("a", 3, 30), reps("b", 3, 10, 4), stretch("c", 3, 45, SideOrder::AllSetsPerSide),
                           reps("d", 2, 5, 3, 5), stretch("e", 3, 60), stretch("f", 3, 60), stretch("g", 2, 30)});
    const Plan plan = expandPlan(r);
    ASSERT_GE(plan.totalSeconds(), 1800) << "make it a 30-minute session";
    Session session(plan);
    session.apply(Command::Start, 0ms);
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> frame(1, 1700); // frames from 1 ms to 1.7 s
    Millis now{0}, doneAt{-1};
    while (session.state() != SessionState::Done && now < s(4000)) {
        now += Millis{frame(rng)};
        for (const auto& e : session.advance(now))
            if (auto* st = std::get_if<StateEvent>(&e.what); st && st->state == SessionState::Done) doneAt = e.t;
    }
    EXPECT_EQ(doneAt, s(plan.totalSeconds()));
    EXPECT_EQ(session.snapshot(now).sessionElapsed, s(plan.totalSeconds()));
    EXPECT_EQ(session.snapshot(now).completedWorkSteps, static_cast<int>(plan.workStepCount()));
}

TEST(SessionDrift, ABigClockJumpFiresEveryDeadlineInOrderAtItsOwnTime) {
    const Routine r = routineOf({stretch("a", 2, 30)});
    const Plan plan = expandPlan(r);
    Session session(plan);
    session.apply(Command::Start, 0ms);
    const auto events = session.advance(s(10000));
    Millis last{0};
    for (const auto& e : events) {
        EXPECT_GE(e.t, last);
        last = e.t;
    }
    EXPECT_EQ(last, s(plan.totalSeconds()));
    EXPECT_EQ(session.state(), SessionState::Done);
}

TEST(SessionDrift, TimeGoingBackwardsIsIgnored) {
    const Routine r = routineOf({stretch("a", 1, 30)});
    const Plan plan = expandPlan(r);
    Session session(plan);
    session.apply(Command::Start, s(100));
    session.advance(s(105));
    EXPECT_TRUE(session.advance(s(50)).empty());
    EXPECT_EQ(session.snapshot(s(50)).stepRemaining, s(5));
}

// "It hurts" → skip this exercise: the rest of its sets are skipped and the next exercise
// starts from its get-ready step.
TEST_F(SessionTest, SkipExerciseJumpsToTheNextExercisesFirstStep) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(15)); // first set, left side of exercise "a"
    ASSERT_TRUE(applied(session.apply(Command::SkipExercise, s(15))));
    const Snapshot snap = session.snapshot(s(15));
    ASSERT_NE(snap.step, nullptr);
    EXPECT_EQ(snap.step->exerciseIndex, 1u);
    EXPECT_EQ(snap.step->kind, StepKind::Prepare);
    EXPECT_EQ(snap.skippedWorkSteps, 4) << "all four sides x sets of exercise a";
    EXPECT_EQ(snap.completedWorkSteps, 0);
    // Skipping the last exercise ends the session as completed (nothing is left to do).
    session.apply(Command::SkipExercise, s(16));
    EXPECT_EQ(session.state(), SessionState::Done);
    EXPECT_EQ(session.snapshot(s(16)).endReason, EndReason::Completed);
    EXPECT_FALSE(applied(session.apply(Command::SkipExercise, s(17)))) << "nothing to skip when done";
}

TEST_F(SessionTest, SkipExerciseWhilePausedStaysPausedOnTheNextExercise) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(12));
    session.apply(Command::Pause, s(12));
    session.apply(Command::SkipExercise, s(13));
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_EQ(session.snapshot(s(13)).step->exerciseIndex, 1u);
    EXPECT_FALSE(applied(Session(plan).apply(Command::SkipExercise, 0ms))) << "not from ready";
}

TEST_F(SessionTest, StopForPainEndsTheSessionWithItsOwnReason) {
    Session session(plan);
    session.apply(Command::Start, 0ms);
    session.advance(s(12));
    ASSERT_TRUE(applied(session.apply(Command::StopForPain, s(12))));
    EXPECT_EQ(session.state(), SessionState::Done);
    EXPECT_EQ(session.snapshot(s(12)).endReason, EndReason::StoppedForPain);
    EXPECT_STREQ(toString(EndReason::StoppedForPain), "stopped_for_pain");
    EXPECT_EQ(commandFromString("stop_for_pain"), Command::StopForPain);
    EXPECT_EQ(commandFromString("skip_exercise"), Command::SkipExercise);
}
