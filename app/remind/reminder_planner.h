// What `matside remind` does at a given wall-clock `now`: which reminder to raise (if any)
// and when to look again. Pure: the schedule, the finished sessions and `now` come in.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/local_time.h"
#include "core/schedule.h"
#include "core/schedule_status.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace matside::remind {

inline constexpr std::chrono::minutes kSnooze{10};      // "In 10 minutes"
inline constexpr std::chrono::minutes kCatchUpAfter{2}; // later than this, a reminder is a catch-up

// A reminder held back: snoozed, or due in quiet hours. Raised again at `at`.
struct Waiting {
    PlannedSlot slot;
    WallTime at;
    bool operator==(const Waiting&) const = default;
};

// What the process remembers between wakes (and across restarts, in remind-state.json).
struct PlannerState {
    std::optional<WallTime> checkedUpTo;     // slots due up to here were handled; unset: never ran
    std::map<std::string, LocalDay> skipped; // routine id -> the day "Skip today" was picked
    std::map<std::string, Waiting> waiting;  // routine id -> its reminder held back (one per routine)
    bool operator==(const PlannerState&) const = default;
};

// A reminder to raise now.
struct Due {
    PlannedSlot slot;
    bool catchUp = false; // it came due a while ago (missed while off or asleep)
};

struct Decision {
    std::vector<Due> due;           // one per routine at most, in routine id order
    std::optional<WallTime> wakeAt; // look again then (unset: nothing is planned)
};

// One evaluation. Of each routine's slots that came due since the last one and are not done,
// only the latest is raised (a pile of missed slots makes one catch-up), and only slots of
// today; two routines due together each get theirs. A skipped routine stays quiet until
// tomorrow; in quiet hours a reminder waits for their end. A clock set back raises nothing
// twice. Updates `state`.
Decision decide(const Schedule& schedule, const std::optional<QuietHours>& quiet,
                const std::vector<DoneSession>& sessions, WallTime now, PlannerState& state);

// The person picked an action on the reminder for `slot` at `now`.
void snooze(PlannerState& state, const PlannedSlot& slot, WallTime now);
void skipToday(PlannerState& state, const PlannedSlot& slot, WallTime now);

} // namespace matside::remind
