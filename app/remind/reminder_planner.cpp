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

    std::optional<PlannedSlot> candidate;
    for (const PlannedSlot& slot : missedSlots(schedule, since, now, sessions))
        if (!isSkipped(state, slot)) candidate = slot; // oldest first: the last is the latest
    if (state.againAt && *state.againAt <= now) {
        const PlannedSlot again = *state.again;
        state.again.reset(), state.againAt.reset();
        if (again.day == today && !isSkipped(state, again) && stillPending(schedule, again, sessions) &&
            (!candidate || candidate->at < again.at))
            candidate = again;
    }
    // Clock set back: what was already handled stays handled.
    state.checkedUpTo = std::max(state.checkedUpTo.value_or(now), now);
    for (auto it = state.skipped.begin(); it != state.skipped.end();) // forget past skips
        it = it->second < today ? state.skipped.erase(it) : std::next(it);

    if (candidate && quiet && isQuiet(*quiet, now)) {
        state.again = candidate, state.againAt = quietEnd(*quiet, now);
    } else if (candidate) {
        d.notify = candidate;
        d.catchUp = now - candidate->at > kCatchUpAfter;
    }
    // The next slot not yet done, after what was handled (after a clock set back, too).
    const auto next = nextPendingSlot(schedule, *state.checkedUpTo, sessions);
    d.wakeAt = earliest(next ? std::optional<WallTime>(next->at) : std::nullopt, state.againAt);
    return d;
}

void snooze(PlannerState& state, const PlannedSlot& slot, WallTime now) {
    state.again = slot;
    state.againAt = now + kSnooze;
}

void skipToday(PlannerState& state, const PlannedSlot& slot, WallTime now) {
    state.skipped[slot.routineId] = localDayOf(now);
    if (state.again && state.again->routineId == slot.routineId) state.again.reset(), state.againAt.reset();
}

} // namespace matside::remind
