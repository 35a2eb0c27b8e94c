// History for one session, ready to plug in: opens the store for a routine (one notice if
// history is off), offers to resume, and records through a SessionRecorder. SessionHistory
// serves `simulate --record`; HistorySink is the same behind the player's EventSink seam.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event_sink.h"
#include "history/history_store.h"
#include "history/session_recorder.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace matside {

class SessionHistory {
public:
    // Opens resolveDataDir(dataDir)/history.sqlite3 for writing. `routineFile` is hashed so a
    // session is only ever resumed on the very same routine. `plan` must outlive this.
    SessionHistory(const Plan& plan, const std::filesystem::path& routineFile, const std::filesystem::path& dataDir);

    SessionRecorder& recorder() { return *m_recorder; }
    HistoryStore* store() { return m_store.get(); } // null when history is off
    bool enabled() const { return m_store && m_recorder->enabled(); }

    // Why history is off (at open, or after a failed write); empty while all is well.
    std::string notice() const;

    // The interrupted session of this routine to offer as "Continue at step N", if any.
    std::optional<ResumeTarget> resumable() const;
    // Continue that session instead of starting a new one (call before Start). Rows of the
    // steps before the resume point are kept even if the player skips through them.
    // False when there is nothing to continue, or another running matside took it first.
    bool continueResumable();

    const std::string& routineHash() const { return m_hash; }

private:
    std::unique_ptr<HistoryStore> m_store;
    std::string m_openNotice;
    std::string m_hash;
    const Plan& m_plan;
    std::unique_ptr<SessionRecorder> m_recorder;
};

// The player's sink: records `session` (the controller's) as its events arrive. The pain
// rating given on the ready screen is stored when the session starts.
class HistorySink final : public EventSink {
public:
    HistorySink(const Session& session, const Plan& plan, const std::filesystem::path& routineFile,
                const std::filesystem::path& dataDir);

    void onEvents(const std::vector<SessionEvent>& events, const Snapshot& snapshot) override;

    void setPainBefore(std::optional<int> pain) { m_painBefore = pain; } // ready screen, before Start
    // Done screen (pain now, note) or "stop for pain": always written.
    void finish(SessionEnd end, std::optional<int> painAfter, const std::string& note) {
        m_history.recorder().finish(end, painAfter, note);
    }
    SessionHistory& history() { return m_history; }

private:
    const Session& m_session;
    SessionHistory m_history;
    std::optional<int> m_painBefore;
};

} // namespace matside
