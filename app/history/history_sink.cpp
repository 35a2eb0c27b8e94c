// Opening history for one session and feeding it the session's events.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_sink.h"

#include "history/data_dir.h"

namespace matside {

SessionHistory::SessionHistory(const Plan& plan, const std::filesystem::path& routineFile,
                               const std::filesystem::path& dataDir)
    : m_hash(hashRoutineFile(routineFile)), m_plan(plan) {
    auto opened = HistoryStore::open(historyDbPath(resolveDataDir(dataDir)));
    m_store = std::move(opened.store);
    m_openNotice = std::move(opened.notice);
    m_recorder = std::make_unique<SessionRecorder>(m_store.get(), plan, m_hash);
}

std::string SessionHistory::notice() const {
    return m_openNotice.empty() ? m_recorder->notice() : m_openNotice;
}

std::optional<ResumeTarget> SessionHistory::resumable() const {
    if (!m_store || m_hash.empty()) return std::nullopt;
    try {
        if (auto found = m_store->findResumable(m_hash)) return resumeTarget(m_plan, *found);
    } catch (const HistoryError&) {
        // A read failing here only means no offer to continue.
    }
    return std::nullopt;
}

bool SessionHistory::continueResumable() {
    if (!m_store || m_hash.empty()) return false;
    try {
        if (auto found = m_store->findResumable(m_hash))
            return m_recorder->resume(found->sessionId, found->lastStepIndex + 1);
    } catch (const HistoryError&) {
    }
    return false;
}

HistorySink::HistorySink(const Session& session, const Plan& plan, const std::filesystem::path& routineFile,
                         const std::filesystem::path& dataDir)
    : m_session(session), m_history(plan, routineFile, dataDir) {}

void HistorySink::onEvents(const std::vector<SessionEvent>& events, const Snapshot&) {
    SessionRecorder& recorder = m_history.recorder();
    if (!recorder.sessionId() && sessionUnderway(m_session)) recorder.begin(m_painBefore);
    recorder.onEvents(events, m_session);
}

} // namespace matside
