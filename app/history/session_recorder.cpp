// Records a running session step by step, so a kill at any moment loses at most the step
// in progress.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/session_recorder.h"

#include <algorithm>
#include <chrono>

namespace matside {

SessionRecorder::SessionRecorder(HistoryStore* store, const Plan& plan, std::string routineHash)
    : m_store(store), m_plan(plan), m_routineHash(std::move(routineHash)), m_recorded(plan.steps.size()) {}

// Runs a store write; on failure turns history off for this session with one notice, so the
// workout itself never stops because of a full disk.
template <typename Write>
void SessionRecorder::guarded(Write&& write) {
    if (!m_store) return;
    try {
        write();
    } catch (const HistoryError& e) {
        m_notice = "History is off for this session: " + std::string(e.what());
        m_store = nullptr;
    }
}

void SessionRecorder::begin(std::optional<int> painBefore, std::chrono::system_clock::time_point startedAt) {
    guarded([&] {
        SessionStart start;
        if (m_plan.routine) {
            start.routineId = m_plan.routine->id;
            start.routineTitle = m_plan.routine->title;
            for (const Exercise& ex : m_plan.routine->exercises)
                if (ex.level > 0) start.levels[ex.id] = ex.level;
        }
        start.routineHash = m_routineHash;
        start.planSteps = m_plan.steps.size();
        start.painBefore = painBefore;
        start.startedAt = startedAt;
        m_sessionId = m_store->beginSession(start);
    });
    // A folder where the lock file cannot be made loses only the live mark, not the session.
    if (m_sessionId && m_store) m_live = LiveSessionLock::acquire(m_store->file().parent_path(), *m_sessionId);
}

void SessionRecorder::recordFeedback(const ExerciseFeedback& feedback) {
    if (!m_sessionId) return;
    guarded([&] { m_store->recordFeedback(*m_sessionId, feedback); });
}

bool SessionRecorder::resume(std::int64_t sessionId, std::size_t fromStep) {
    if (!m_store) return false;
    // Another matside took it up a moment ago: this one records a session of its own.
    auto live = LiveSessionLock::acquire(m_store->file().parent_path(), sessionId);
    if (!live.held()) return false;
    m_live = std::move(live);
    m_sessionId = sessionId;
    m_resumeFrom = fromStep;
    return true;
}

void SessionRecorder::onEvents(const std::vector<SessionEvent>& events, const Session& session) {
    if (!m_store || m_end) return;
    if (!m_sessionId && sessionUnderway(session)) begin();
    if (!m_sessionId) return;
    recordFinishedSteps(session);
    if (session.state() == SessionState::Done && m_store) {
        const Millis at = events.empty() ? Millis{0} : events.back().t;
        finish(sessionEndOf(session.snapshot(at).endReason), m_painAfter, m_note);
    }
}

void SessionRecorder::recordFinishedSteps(const Session& session) {
    const auto& outcomes = session.outcomes();
    const auto& reps = session.repsCounted();
    const auto& spent = session.timeSpent();
    const std::size_t n = std::min({m_plan.steps.size(), outcomes.size(), m_recorded.size()});
    for (std::size_t i = m_resumeFrom; i < n && m_store; ++i) {
        if (m_plan.steps[i].kind != StepKind::Work || outcomes[i] == Session::StepOutcome::Pending) continue;
        const Recorded now{outcomes[i], i < reps.size() ? reps[i] : 0, i < spent.size() ? spent[i] : Millis{0}};
        Recorded& was = m_recorded[i];
        if (was.outcome == now.outcome && was.reps == now.reps && was.spent == now.spent) continue;
        guarded([&] { m_store->recordStep(*m_sessionId, stepRecordFor(m_plan, session, i)); });
        was = now;
    }
}

void SessionRecorder::finish(SessionEnd end, std::optional<int> painAfter, const std::string& note) {
    if (!m_store) return;
    if (!m_sessionId) begin();
    guarded([&] {
        m_store->finishSession(*m_sessionId, end, painAfter, note);
        if (end != SessionEnd::Interrupted) m_live.release();
        m_end = end;
        m_painAfter = painAfter;
        m_note = note;
    });
}

SessionEnd sessionEndOf(EndReason reason) {
    switch (reason) {
    case EndReason::Completed: return SessionEnd::Completed;
    case EndReason::StoppedForPain: return SessionEnd::StoppedForPain;
    case EndReason::Quit: return SessionEnd::Quit;
    case EndReason::None: break;
    }
    return SessionEnd::Interrupted;
}

bool sessionUnderway(const Session& session) {
    if (session.state() == SessionState::Ready) return false;
    if (session.state() != SessionState::Done) return true;
    // Done: a real (if short) session only if some step was lived through at all.
    for (Millis spent : session.timeSpent())
        if (spent > Millis{0}) return true;
    for (auto outcome : session.outcomes())
        if (outcome != Session::StepOutcome::Pending) return true;
    return false;
}

StepRecord stepRecordFor(const Plan& plan, const Session& session, std::size_t index) {
    const PlanStep& step = plan.steps.at(index);
    StepRecord r;
    r.stepIndex = index;
    if (plan.routine) {
        const Exercise& exercise = plan.exerciseOf(step);
        r.exerciseId = exercise.id;
        r.exerciseName = exercise.name;
    }
    r.side = step.side;
    r.set = step.set;
    if (index < session.repsCounted().size()) r.reps = session.repsCounted()[index];
    if (index < session.timeSpent().size())
        r.seconds = std::chrono::duration<double>(session.timeSpent()[index]).count();
    const bool done = index < session.outcomes().size() && session.outcomes()[index] == Session::StepOutcome::Completed;
    r.result = done ? StepResult::Completed : StepResult::Skipped;
    return r;
}

std::optional<ResumeTarget> resumeTarget(const Plan& plan, const Resumable& resumable) {
    // Same routine file, other plan (an exercise paused or taken back since): its step
    // numbers name other steps now, so there is nothing to continue.
    if (resumable.planSteps != plan.steps.size()) return std::nullopt;
    const std::size_t start = resumable.lastStepIndex + 1;
    std::size_t workNumber = 0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        if (step.kind != StepKind::Work) continue;
        ++workNumber;
        if (i < start) continue;
        ResumeTarget target;
        target.stepIndex = start;
        target.workStepNumber = workNumber;
        if (plan.routine) target.exerciseName = plan.exerciseOf(step).name;
        target.side = step.side;
        target.set = step.set;
        return target;
    }
    return std::nullopt; // every work step was already done
}

} // namespace matside
