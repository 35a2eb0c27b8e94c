// The reminder decisions over the schedule core's slots (core/schedule_status.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/reminder_planner.h"

#include <algorithm>

namespace matside::remind {

namespace {

bool isSkipped(const PlannerState& state, const PlannedSlot& slot) {
    auto it = state.skipped.find(slot.routineId);
    return it != state.skipped.end() && it->second == slot.day;
}

// No session counts for `slot` (the nearest-session rule of matchSessions).
bool stillPending(const Schedule& schedule, const PlannedSlot& slot, const std::vector<DoneSession>& sessions) {
    for (const SlotState& s : matchSessions(schedule, slot.day, slot.day, sessions))
        if (s.slot == slot) return !s.doneAt;
    return false; // no longer planned
}

std::optional<WallTime> earliest(std::optional<WallTime> a, std::optional<WallTime> b) {
    if (!a) return b;
    if (!b) return a;
    return std::min(*a, *b);
}

} // namespace

Decision decide(const Schedule& schedule, const std::optional<QuietHours>& quiet,
                const std::vector<DoneSession>& sessions, WallTime now, PlannerState& state) {
    Decision d;
    const LocalDay today = localDayOf(now);
    // Only today's slots are caught up: yesterday's missed session is not a thing to start now.
    const WallTime startOfToday = wallTimeAt(today, 0) - std::chrono::seconds(1);
    const WallTime since = std::max(state.checkedUpTo.value_or(now), startOfToday);

    std::map<std::string, PlannedSlot> candidates; // per routine: its latest slot due
    for (const PlannedSlot& slot : missedSlots(schedule, since, now, sessions))
        if (!isSkipped(state, slot)) candidates.insert_or_assign(slot.routineId, slot); // oldest first
    for (auto it = state.waiting.begin(); it != state.waiting.end();) {
        if (it->second.at > now) {
            ++it;
            continue;
        }
        const PlannedSlot again = it->second.slot;
        it = state.waiting.erase(it);
        const auto newer = candidates.find(again.routineId);
        if (again.day == today && !isSkipped(state, again) && stillPending(schedule, again, sessions) &&
            (newer == candidates.end() || newer->second.at < again.at))
            candidates.insert_or_assign(again.routineId, again);
    }
    // Clock set back: what was already handled stays handled.
    state.checkedUpTo = std::max(state.checkedUpTo.value_or(now), now);
    for (auto it = state.skipped.begin(); it != state.skipped.end();) // forget past skips
        it = it->second < today ? state.skipped.erase(it) : std::next(it);

    for (const auto& [id, slot] : candidates) {
        if (quiet && isQuiet(*quiet, now)) state.waiting.insert_or_assign(id, Waiting{slot, quietEnd(*quiet, now)});
        else d.due.push_back({slot, now - slot.at > kCatchUpAfter});
    }
    // The next slot not yet done, after what was handled (after a clock set back, too).
    const auto next = nextPendingSlot(schedule, *state.checkedUpTo, sessions);
    d.wakeAt = next ? std::optional<WallTime>(next->at) : std::nullopt;
    for (const auto& [id, w] : state.waiting) d.wakeAt = earliest(d.wakeAt, w.at);
    return d;
}

void snooze(PlannerState& state, const PlannedSlot& slot, WallTime now) {
    state.waiting.insert_or_assign(slot.routineId, Waiting{slot, now + kSnooze});
}

void skipToday(PlannerState& state, const PlannedSlot& slot, WallTime now) {
    state.skipped[slot.routineId] = localDayOf(now);
    state.waiting.erase(slot.routineId);
}

} // namespace matside::remind
