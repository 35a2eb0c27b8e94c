// Stored sessions as DoneSession values, and the slot each one counts for.
#include "history/history_schedule.h"

namespace matside {
namespace {

bool counts(const SessionRecord& s) { return s.completedSteps > 0; }

} // namespace

std::vector<DoneSession> doneSessions(const std::vector<SessionRecord>& sessions) {
    std::vector<DoneSession> done;
    for (const SessionRecord& s : sessions) {
        if (!counts(s)) continue;
        if (const auto at = parseIsoUtc(s.startedAt)) done.push_back(DoneSession{s.routineId, WallTime{*at}});
    }
    return done;
}

std::map<std::int64_t, PlannedSlot> slotsBySession(const Schedule& schedule, const std::vector<SessionRecord>& sessions,
                                                   LocalDay first, LocalDay last) {
    std::map<std::int64_t, PlannedSlot> result;
    const std::vector<SlotState> states = matchSessions(schedule, first, last, doneSessions(sessions));
    for (const SessionRecord& s : sessions) {
        const auto at = parseIsoUtc(s.startedAt);
        if (!counts(s) || !at) continue;
        for (const SlotState& state : states)
            if (state.doneAt == WallTime{*at} && state.slot.routineId == s.routineId && !result.count(s.id)) {
                // Two sessions of one routine at the same second: only the first takes the slot.
                bool taken = false;
                for (const auto& [id, slot] : result) taken = taken || slot == state.slot;
                if (!taken) result.emplace(s.id, state.slot);
            }
    }
    return result;
}

} // namespace matside
