// What a person's command does to the session: start, pause, next, done, rep, extend, skip
// the exercise, stop for pain, ... (time itself moves the session in session.cpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session.h"

#include <algorithm>

namespace matside {
namespace {

constexpr Millis kAdjustStep{10000}; // what + and - add to or take from a rest

} // namespace

void Session::skipExercise(Millis at, std::vector<SessionEvent>& out) {
    // "This exercise" is the one the current step belongs to or leads into; every work step
    // of it not yet done counts as skipped, and the next exercise starts from its beginning.
    const std::size_t exercise = m_plan.steps[*m_step].exerciseIndex;
    addTimeSpent(at);
    std::size_t target = *m_step;
    for (; target < m_plan.steps.size(); ++target) {
        const PlanStep& step = m_plan.steps[target];
        if (step.exerciseIndex > exercise && step.kind != StepKind::Rest) break;
        if (step.kind == StepKind::Work && m_outcomes[target] == StepOutcome::Pending)
            m_outcomes[target] = StepOutcome::Skipped;
    }
    if (target < m_plan.steps.size()) enterStep(target, at, out);
    else finishSession(EndReason::Completed, at, out);
}

std::vector<SessionEvent> Session::apply(Command command, Millis now) {
    std::vector<SessionEvent> out = advance(now);
    now = m_lastNow;
    std::vector<SessionEvent> effects;
    if (applyCommand(command, now, effects)) {
        out.push_back({now, CommandEvent{command}});
        out.insert(out.end(), effects.begin(), effects.end());
    }
    return out;
}

std::vector<SessionEvent> Session::startAt(std::size_t step, Millis now) {
    std::vector<SessionEvent> out;
    if (m_state != SessionState::Ready || step >= m_plan.steps.size()) return out;
    now = std::max(now, m_lastNow);
    m_lastNow = now;
    m_startedAt = now;
    out.push_back({now, CommandEvent{Command::Start}});
    enterStep(step, now, out);
    return out;
}

bool Session::applyCommand(Command command, Millis now, std::vector<SessionEvent>& out) {
    const bool paused = m_state == SessionState::Paused;
    const bool active = running() || paused;
    switch (command) {
    case Command::Start:
        if (m_state != SessionState::Ready) return false;
        m_startedAt = now;
        if (m_plan.steps.empty()) finishSession(EndReason::Completed, now, out);
        else enterStep(0, now, out);
        return true;
    case Command::Toggle:
        if (m_state == SessionState::Ready) return applyCommand(Command::Start, now, out);
        if (paused) return applyCommand(Command::Resume, now, out);
        return applyCommand(Command::Pause, now, out);
    case Command::Pause:
        if (!running()) return false;
        m_pausedAt = now;
        m_state = SessionState::Paused;
        out.push_back({now, StateEvent{m_state, m_step}});
        return true;
    case Command::Resume: {
        if (!paused) return false;
        // Shift every pending time point by the pause, so the step continues where it froze.
        const Millis pause = now - m_pausedAt;
        m_stepStart += pause;
        m_nextRepAt += pause;
        m_state = m_activeState;
        out.push_back({now, StateEvent{m_state, m_step}});
        return true;
    }
    case Command::Done:
    case Command::Next: {
        if (!active) return false;
        // Skipping a work step counts it as skipped; "done" counts it as completed.
        const bool work = m_plan.steps[*m_step].kind == StepKind::Work;
        finishStep(command == Command::Done && work, now, out);
        return true;
    }
    case Command::Prev: {
        if (!active) return false;
        std::size_t target = *m_step;
        for (std::size_t i = *m_step; i-- > 0;) {
            if (m_plan.steps[i].kind == StepKind::Work) {
                target = i;
                break;
            }
        }
        addTimeSpent(now);
        // Every step from the target on will be lived through again.
        std::fill(m_outcomes.begin() + static_cast<long>(target), m_outcomes.end(), StepOutcome::Pending);
        enterStep(target, now, out);
        return true;
    }
    case Command::Restart:
        if (!active) return false;
        addTimeSpent(now);
        enterStep(*m_step, now, out);
        return true;
    case Command::Rep:
        if (!running() || !isRepStep()) return false;
        countRep(now, out);
        return true;
    case Command::Extend:
    case Command::Shorten: {
        if (!active || m_activeState == SessionState::Work) return false;
        const Millis remaining = remainingAt(now);
        if (command == Command::Extend) {
            m_stepDuration += kAdjustStep;
        } else if (remaining <= kAdjustStep) {
            // Less than 10 s left: shortening means this pause is over.
            finishStep(true, now, out);
            return true;
        } else {
            m_stepDuration -= kAdjustStep;
        }
        resetCountdown(paused ? m_pausedAt : now);
        return true;
    }
    case Command::Quit:
    case Command::StopForPain:
        if (m_state == SessionState::Done) return false;
        if (m_step) addTimeSpent(now);
        if (m_state == SessionState::Ready) m_startedAt = now;
        finishSession(command == Command::Quit ? EndReason::Quit : EndReason::StoppedForPain, now, out);
        return true;
    case Command::SkipExercise:
        if (!active) return false;
        skipExercise(now, out);
        return true;
    }
    return false;
}

} // namespace matside
