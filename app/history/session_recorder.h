// Ties a running Session to the history store: a step row whenever a work step finishes (the
// checkpoint), the session's end when it reaches Done. Used by `simulate --record` and the
// player alike; with no store (history off) every call does nothing and play carries on.
// While it records a session that has not ended, the recorder holds that session's
// LiveSessionLock, so another matside on the same folder does not offer to continue it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "core/session.h"
#include "history/history_store.h"
#include "history/live_session_lock.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace matside {

class SessionRecorder {
public:
    // `store` may be null. `plan` must outlive the recorder.
    SessionRecorder(HistoryStore* store, const Plan& plan, std::string routineHash);

    // Starts a new session row (status 'interrupted' until finished). Called at Start; if it
    // was not, the first onEvents() after the session left Ready calls it without a rating.
    void begin(std::optional<int> painBefore = std::nullopt,
               std::chrono::system_clock::time_point startedAt = std::chrono::system_clock::now());

    // Continues an interrupted session (from findResumable) instead of starting a new one:
    // steps finished from now on are added to it. Steps before `fromStep` are never written,
    // so however the player gets the session to that step (even by skipping), the rows
    // already recorded for them stay as they were.
    bool resume(std::int64_t sessionId, std::size_t fromStep = 0); // false: not resumed

    // Call after every Session::apply/advance with the events it returned. Records each work
    // step whose outcome is new or changed, and finishes the session when it is Done.
    void onEvents(const std::vector<SessionEvent>& events, const Session& session);

    // Ends the session explicitly (e.g. stopped for pain), or adds the done screen's pain
    // rating and note to an already finished one. Always writes; Done never overrides it.
    void finish(SessionEnd end, std::optional<int> painAfter, const std::string& note);

    // How an exercise felt (the rest's feedback card); nothing without a session row.
    void recordFeedback(const ExerciseFeedback& feedback);

    std::optional<std::int64_t> sessionId() const { return m_sessionId; }
    bool finished() const { return m_end.has_value(); }
    std::optional<SessionEnd> end() const { return m_end; }
    bool enabled() const { return m_store != nullptr; }
    // Set when a write failed: history is then off for the rest of this session (one notice).
    const std::string& notice() const { return m_notice; }

private:
    struct Recorded {
        Session::StepOutcome outcome = Session::StepOutcome::Pending;
        int reps = 0;
        Millis spent{0};
    };
    template <typename Write>
    void guarded(Write&& write);
    void recordFinishedSteps(const Session& session);

    HistoryStore* m_store;
    const Plan& m_plan;
    std::string m_routineHash;
    std::optional<std::int64_t> m_sessionId;
    std::size_t m_resumeFrom = 0;
    std::optional<SessionEnd> m_end;
    std::optional<int> m_painAfter;
    std::string m_note;
    std::vector<Recorded> m_recorded;
    std::string m_notice;
    LiveSessionLock m_live;
};

// Where an interrupted session continues: the step right after the last one recorded (a rest
// there is the time to get back into position), described by the next work step from there.
struct ResumeTarget {
    std::size_t stepIndex = 0;      // plan step to start at
    std::size_t workStepNumber = 0; // 1-based number of that work step among all work steps
    std::string exerciseName;
    std::optional<Side> side;
    std::optional<int> set;
};
std::optional<ResumeTarget> resumeTarget(const Plan& plan, const Resumable& resumable);

// How the core's end reason is stored (None: still interrupted).
SessionEnd sessionEndOf(EndReason reason);

// Started and not quit straight from the ready screen: worth a history row.
bool sessionUnderway(const Session& session);

// The history row for plan step `index` as the session has it now.
StepRecord stepRecordFor(const Plan& plan, const Session& session, std::size_t index);

} // namespace matside
