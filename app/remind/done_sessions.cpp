// History rows -> DoneSession, through HistoryStore's read-only open (never creates a file).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/done_sessions.h"

#include "history/data_dir.h"
#include "history/history_store.h"

namespace matside::remind {

DoneSessionsRead readDoneSessions(const std::filesystem::path& dataDir) {
    DoneSessionsRead out;
    HistoryStore::Opened opened = HistoryStore::open(historyDbPath(dataDir), HistoryStore::Access::ReadOnly);
    if (opened.status == HistoryStore::Status::Missing) return out;
    if (opened.status != HistoryStore::Status::Ok) {
        out.notice = opened.notice;
        return out;
    }
    for (const SessionRecord& s : opened.store->listSessions()) {
        if (s.end != SessionEnd::Completed && s.end != SessionEnd::StoppedForPain) continue;
        if (auto at = parseIsoUtc(s.startedAt)) out.sessions.push_back(DoneSession{s.routineId, *at});
    }
    return out;
}

} // namespace matside::remind
