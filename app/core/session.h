// The session state machine: the only place that decides what happens next in a workout.
// It never reads a clock: every call takes `now`, so tests and `simulate` run on virtual time.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/plan.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace matside {

enum class SessionState { Ready, Prepare, Work, Rest, Paused, Done };

enum class Command {
    Start,   // begin the first step (ready only)
    Pause,   // freeze the current step's clock
    Resume,  // carry on where paused
    Toggle,  // start, pause or resume, whichever fits
    Next,    // finish or skip the current step
    Prev,    // back to the previous work step
    Done,    // the person finished the set (counts as completed); elsewhere like Next
    Rep,     // count one rep by hand
    Restart, // this step again, from its full time
    Extend,  // 10 s more of the current rest or get-ready countdown
    Shorten, // 10 s less of the current rest or get-ready countdown
    Quit,    // end the session now
    SkipExercise, // skip the rest of this exercise: on to the first step of the next one
    StopForPain,  // end the session now because it hurts (recorded as stopped for pain)
};

// How a session ended.
enum class EndReason { None, Completed, Quit, StoppedForPain };

// Named cues for sound and voice; each carries the sentence a voice would say.
enum class CueKind {
    GetReady,      // a prepare step begins: the exercise, side and dose coming up
    WorkStart,     // a work step begins
    WorkEnd,       // a work step ended by itself or by "done"
    Halfway,       // half of a hold of 20 s or more is over
    Countdown,     // each of the last 3 seconds of a timed step or rest
    RepCount,      // a rep was counted (text is the number)
    Rest,          // a rest between sets begins ("Rest 20 seconds. Set 2 of 3 next")
    SwitchSides,   // a switch-sides pause begins
    NextExercise,  // a rest before the next exercise begins
    SessionDone,   // the last step is over
};

struct StateEvent {
    SessionState state;
    std::optional<std::size_t> step;
};
struct RepEvent {
    std::size_t step;
    int rep;
};
struct CueEvent {
    CueKind cue;
    std::string text;
};
struct CommandEvent {
    Command command;
};

// Something that happened at time `t`: the exact deadline it belongs to, not the moment
// advance() noticed it, so listeners stay drift-free.
struct SessionEvent {
    Millis t{0};
    std::variant<StateEvent, RepEvent, CueEvent, CommandEvent> what;
};

// A read-only picture of the session for views, audio and history.
struct Snapshot {
    SessionState state = SessionState::Ready;
    SessionState activeState = SessionState::Ready; // while paused: the state paused from
    std::optional<std::size_t> stepIndex;
    const PlanStep* step = nullptr;        // current step (null in ready and done)
    const PlanStep* nextStep = nullptr;    // what comes after it
    Millis stepDuration{0};                // planned length of the current step
    Millis stepRemaining{0};               // time left in it (frozen while paused)
    int repsDone = 0;                      // reps counted in the current work step
    Millis sessionRemaining{0};            // this step's remainder plus every later step
    Millis sessionElapsed{0};              // since start, pauses included
    double progress = 0;                   // 0..1 over the whole plan's planned seconds
    int completedWorkSteps = 0;
    int skippedWorkSteps = 0;
    EndReason endReason = EndReason::None;
};

class Session {
public:
    explicit Session(const Plan& plan);

    // Applies a command at `now`, after catching up with advance(now). Returns the events of
    // both, in order; the command applied if and only if a CommandEvent is among them.
    std::vector<SessionEvent> apply(Command command, Millis now);

    // Starts from the ready state at plan step `step` instead of the first one (continuing an
    // interrupted session): the events of a Start, then that step's entry. Earlier steps stay
    // Pending. Nothing happens (no events) unless the session is Ready and `step` is in the plan.
    std::vector<SessionEvent> startAt(std::size_t step, Millis now);

    // Moves time forward to `now`, firing every deadline passed on the way, in order.
    std::vector<SessionEvent> advance(Millis now);

    Snapshot snapshot(Millis now) const;

    // The next moment something visible or audible changes (a deadline, a rep, the
    // displayed second ticking over). Nothing if nothing will change until a command.
    std::optional<Millis> nextWakeup(Millis now) const;

    SessionState state() const { return m_state; }
    const Plan& plan() const { return m_plan; }

    // Per-step outcome, for history: each work step completed, skipped or not reached.
    enum class StepOutcome { Pending, Completed, Skipped };
    const std::vector<StepOutcome>& outcomes() const { return m_outcomes; }
    const std::vector<int>& repsCounted() const { return m_repsCounted; }
    const std::vector<Millis>& timeSpent() const { return m_timeSpent; }

private:
    bool running() const;
    bool isRepStep() const;
    Millis deadline() const { return m_stepStart + m_stepDuration; }
    void enterStep(std::size_t index, Millis at, std::vector<SessionEvent>& out);
    void finishStep(bool completed, Millis at, std::vector<SessionEvent>& out);
    void finishSession(EndReason reason, Millis at, std::vector<SessionEvent>& out);
    void skipExercise(Millis at, std::vector<SessionEvent>& out);
    void emitEntryCue(Millis at, std::vector<SessionEvent>& out);
    void countRep(Millis at, std::vector<SessionEvent>& out);
    void resetCountdown(Millis now);
    void addTimeSpent(Millis now);
    Millis remainingAt(Millis now) const;
    std::optional<Millis> nextInternalDeadline() const;
    bool applyCommand(Command command, Millis now, std::vector<SessionEvent>& out);

    const Plan& m_plan;
    SessionState m_state = SessionState::Ready;
    SessionState m_activeState = SessionState::Ready; // the running state, also while paused
    std::optional<std::size_t> m_step;
    Millis m_startedAt{0};
    Millis m_stepStart{0};      // step start, shifted forward by pauses so now-start = active time
    Millis m_stepDuration{0};   // planned length, changed by Extend/Shorten and hand-counted reps
    Millis m_pausedAt{0};
    Millis m_lastNow{0};        // time never runs backwards inside the session
    int m_repsDone = 0;
    Millis m_nextRepAt{0};      // when the next rep is counted automatically
    int m_nextCountdown = 0;    // next countdown second to announce (3, 2, 1), 0 when none left
    bool m_halfwayPending = false;
    EndReason m_endReason = EndReason::None;
    Millis m_endedAt{0};
    std::vector<StepOutcome> m_outcomes;
    std::vector<int> m_repsCounted;
    std::vector<Millis> m_timeSpent;
};

const char* toString(SessionState state);
const char* toString(Command command);
const char* toString(CueKind cue);
const char* toString(EndReason reason);
std::optional<Command> commandFromString(const std::string& name);
// "start, pause, ...": every command name, for error messages.
std::string knownCommandNames();

} // namespace matside
