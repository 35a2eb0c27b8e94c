// The bridge from stored sessions to the schedule core: which sessions count as done, and
// which planned slot each one counts for (History screen, `matside history`, reminders).
#pragma once

#include "core/schedule_status.h"
#include "history/history_store.h"

#include <cstdint>
#include <map>
#include <vector>

namespace matside {

// Sessions that count for a slot: at least one work step completed (the same rule as the
// calendar's training days), at their start time. Unreadable start times are left out.
std::vector<DoneSession> doneSessions(const std::vector<SessionRecord>& sessions);

// The slot each session counts for over the local days first..last, by session id.
std::map<std::int64_t, PlannedSlot> slotsBySession(const Schedule& schedule, const std::vector<SessionRecord>& sessions,
                                                   LocalDay first, LocalDay last);

} // namespace matside
