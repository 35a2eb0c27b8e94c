// The session state machine as time moves: walks the plan on deadlines, enters and finishes
// steps, emits events, and says what the screen shows (commands: session_commands.cpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session.h"

#include "core/cue_text.h"

#include <algorithm>

namespace matside {
namespace {

constexpr Millis kSecond{1000};
constexpr int kHalfwayMinimumSeconds = 20; // shorter holds get no "halfway"

SessionState stateOf(StepKind kind) {
    switch (kind) {
    case StepKind::Prepare: return SessionState::Prepare;
    case StepKind::Work: return SessionState::Work;
    case StepKind::Rest: return SessionState::Rest;
    }
    return SessionState::Work;
}

CueKind entryCueOf(const PlanStep& step) {
    switch (step.kind) {
    case StepKind::Prepare: return CueKind::GetReady;
    case StepKind::Work: return CueKind::WorkStart;
    case StepKind::Rest:
        if (step.purpose == RestPurpose::SwitchSides) return CueKind::SwitchSides;
        if (step.purpose == RestPurpose::NextExercise) return CueKind::NextExercise;
        return CueKind::Rest;
    }
    return CueKind::Rest;
}

} // namespace

Session::Session(const Plan& plan)
    : m_plan(plan),
      m_outcomes(plan.steps.size(), StepOutcome::Pending),
      m_repsCounted(plan.steps.size(), 0),
      m_timeSpent(plan.steps.size(), Millis{0}) {}

bool Session::running() const {
    return m_state == SessionState::Prepare || m_state == SessionState::Work ||
           m_state == SessionState::Rest;
}

bool Session::isRepStep() const {
    return m_step && m_plan.steps[*m_step].kind == StepKind::Work && m_plan.steps[*m_step].reps;
}

Millis Session::remainingAt(Millis now) const {
    if (!m_step) return Millis{0};
    const Millis at = m_state == SessionState::Paused ? m_pausedAt : std::max(now, m_lastNow);
    return std::max(Millis{0}, deadline() - at);
}

void Session::resetCountdown(Millis now) {
    m_nextCountdown = 0;
    if (!m_step || isRepStep()) return; // rep sets are counted, not counted down
    for (int k = 3; k >= 1; --k) {
        if (deadline() - k * kSecond >= now) {
            m_nextCountdown = k;
            return;
        }
    }
}

void Session::addTimeSpent(Millis now) {
    if (!m_step) return;
    const Millis until = m_state == SessionState::Paused ? m_pausedAt : now;
    m_timeSpent[*m_step] += std::max(Millis{0}, until - m_stepStart);
}

void Session::enterStep(std::size_t index, Millis at, std::vector<SessionEvent>& out) {
    const bool wasPaused = m_state == SessionState::Paused;
    const PlanStep& step = m_plan.steps[index];
    m_step = index;
    m_stepStart = at;
    m_stepDuration = step.seconds * kSecond;
    m_repsDone = 0;
    m_repsCounted[index] = 0;
    m_nextRepAt = at + step.repSeconds * kSecond;
    m_halfwayPending = step.kind == StepKind::Work && !step.reps && step.seconds >= kHalfwayMinimumSeconds;
    m_state = m_activeState = stateOf(step.kind);
    resetCountdown(at);
    out.push_back({at, StateEvent{m_state, index}});
    emitEntryCue(at, out);
    // Moving between steps while paused keeps the person paused on the new step.
    if (wasPaused) {
        m_pausedAt = at;
        m_state = SessionState::Paused;
        out.push_back({at, StateEvent{m_state, index}});
    }
}

void Session::emitEntryCue(Millis at, std::vector<SessionEvent>& out) {
    const PlanStep& step = m_plan.steps[*m_step];
    out.push_back({at, CueEvent{entryCueOf(step), entrySentence(m_plan, step)}});
}

void Session::finishStep(bool completed, Millis at, std::vector<SessionEvent>& out) {
    const std::size_t index = *m_step;
    const PlanStep& step = m_plan.steps[index];
    addTimeSpent(at);
    if (step.kind == StepKind::Work) {
        m_outcomes[index] = completed ? StepOutcome::Completed : StepOutcome::Skipped;
        m_repsCounted[index] = m_repsDone;
        if (completed) out.push_back({at, CueEvent{CueKind::WorkEnd, "Set complete."}});
    }
    if (index + 1 < m_plan.steps.size())
        enterStep(index + 1, at, out);
    else
        finishSession(EndReason::Completed, at, out);
}

void Session::finishSession(EndReason reason, Millis at, std::vector<SessionEvent>& out) {
    m_step.reset();
    m_state = SessionState::Done;
    m_endReason = reason;
    m_endedAt = at;
    out.push_back({at, StateEvent{SessionState::Done, std::nullopt}});
    if (reason == EndReason::Completed)
        out.push_back({at, CueEvent{CueKind::SessionDone, "Well done. That is the whole session."}});
}

void Session::countRep(Millis at, std::vector<SessionEvent>& out) {
    const PlanStep& step = m_plan.steps[*m_step];
    ++m_repsDone;
    m_repsCounted[*m_step] = m_repsDone;
    out.push_back({at, RepEvent{*m_step, m_repsDone}});
    out.push_back({at, CueEvent{CueKind::RepCount, std::to_string(m_repsDone)}});
    if (m_repsDone >= step.reps.value_or(0)) {
        finishStep(true, at, out);
        return;
    }
    // The rest of the set keeps the tempo from this rep on, so the end moves with it.
    const Millis rep = step.repSeconds * kSecond;
    m_nextRepAt = at + rep;
    m_stepDuration = (at - m_stepStart) + (*step.reps - m_repsDone) * rep;
}

std::optional<Millis> Session::nextInternalDeadline() const {
    if (!running()) return std::nullopt;
    if (isRepStep()) return m_nextRepAt;
    Millis next = deadline();
    if (m_nextCountdown > 0) next = std::min(next, deadline() - m_nextCountdown * kSecond);
    if (m_halfwayPending) next = std::min(next, m_stepStart + m_stepDuration / 2);
    return next;
}

std::vector<SessionEvent> Session::advance(Millis now) {
    std::vector<SessionEvent> out;
    now = std::max(now, m_lastNow);
    m_lastNow = now;
    // Each deadline fires at its own time, in order, however late advance() is called.
    while (auto due = nextInternalDeadline()) {
        const Millis at = *due;
        if (at > now) break;
        if (isRepStep()) {
            countRep(at, out);
        } else if (m_nextCountdown > 0 && at == deadline() - m_nextCountdown * kSecond && at < deadline()) {
            out.push_back({at, CueEvent{CueKind::Countdown, std::to_string(m_nextCountdown)}});
            --m_nextCountdown;
        } else if (m_halfwayPending && at == m_stepStart + m_stepDuration / 2 && at < deadline()) {
            out.push_back({at, CueEvent{CueKind::Halfway, "Halfway."}});
            m_halfwayPending = false;
        } else {
            m_nextCountdown = 0;
            m_halfwayPending = false;
            finishStep(true, at, out);
        }
    }
    return out;
}

Snapshot Session::snapshot(Millis now) const {
    now = std::max(now, m_lastNow);
    Snapshot s;
    s.state = m_state;
    s.activeState = m_activeState;
    s.stepIndex = m_step;
    s.endReason = m_endReason;
    for (const StepOutcome o : m_outcomes) {
        s.completedWorkSteps += o == StepOutcome::Completed;
        s.skippedWorkSteps += o == StepOutcome::Skipped;
    }
    const Millis total = m_plan.totalSeconds() * kSecond;
    if (m_step) {
        s.step = &m_plan.steps[*m_step];
        if (*m_step + 1 < m_plan.steps.size()) s.nextStep = &m_plan.steps[*m_step + 1];
        s.stepDuration = m_stepDuration;
        s.stepRemaining = remainingAt(now);
        s.repsDone = m_repsDone;
        Millis later{0};
        for (std::size_t i = *m_step + 1; i < m_plan.steps.size(); ++i) later += m_plan.steps[i].seconds * kSecond;
        s.sessionRemaining = s.stepRemaining + later;
    } else if (m_state == SessionState::Ready) {
        s.nextStep = m_plan.steps.empty() ? nullptr : &m_plan.steps.front();
        s.sessionRemaining = total;
    }
    if (m_state != SessionState::Ready) {
        s.sessionElapsed = (m_state == SessionState::Done ? m_endedAt : now) - m_startedAt;
    }
    if (total.count() > 0) {
        const double left = static_cast<double>(s.sessionRemaining.count()) / static_cast<double>(total.count());
        s.progress = std::clamp(1.0 - left, 0.0, 1.0);
    }
    if (m_state == SessionState::Done) s.progress = 1.0;
    return s;
}

std::optional<Millis> Session::nextWakeup(Millis now) const {
    if (!running()) return std::nullopt;
    now = std::max(now, m_lastNow);
    // The displayed time is whole seconds rounded up, so it changes when the remainder
    // crosses a whole second.
    const Millis remaining = remainingAt(now);
    const Millis toTick = remaining % kSecond == Millis{0} ? kSecond : remaining % kSecond;
    Millis wake = now + toTick;
    if (auto internal = nextInternalDeadline()) wake = std::min(wake, *internal);
    return std::max(wake, now);
}

} // namespace matside
