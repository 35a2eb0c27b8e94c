// Where a programme stands, as pure functions of a Schedule, the finished sessions and `now`:
// the planned slots of a day, the next one, which slot a session counts for, today's status,
// adherence, the slots missed since a time, and the calendar mark of a day.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/local_time.h"
#include "core/schedule.h"

#include <optional>
#include <string>
#include <vector>

namespace matside {

// One planned time of one routine on one local day.
struct PlannedSlot {
    std::string routineId;
    LocalDay day{};
    int minute = 0; // planned local time, minutes after midnight
    WallTime at{};  // when that is on the wall clock (see wallTimeAt)
    bool operator==(const PlannedSlot&) const = default;
};

// A finished session: its routine and when it was done (its start).
struct DoneSession {
    std::string routineId;
    WallTime at{};
};

// A slot and the session that counts for it, if any.
struct SlotState {
    PlannedSlot slot;
    std::optional<WallTime> doneAt;
};

// The slots of `day` in time order: one routine's, or every routine's.
std::vector<PlannedSlot> slotsOfDay(const std::string& routineId, const WeeklyPlan& plan, LocalDay day);
std::vector<PlannedSlot> slotsOfDay(const Schedule& schedule, LocalDay day);

// The slots of the local days first..last, each with the session that counts for it. A
// session counts for the slot of its routine on its local day that it was done nearest to;
// one session per slot (the nearest wins, the others are extra). Sessions with a time in
// the future (a clock set back) count like any other.
std::vector<SlotState> matchSessions(const Schedule& schedule, LocalDay first, LocalDay last,
                                     const std::vector<DoneSession>& sessions);

// The first slot strictly after `now`, done or not; searched over the next 8 days.
std::optional<PlannedSlot> nextSlot(const Schedule& schedule, WallTime now);
// The first slot strictly after `now` that no session counts for (what a reminder waits for).
std::optional<PlannedSlot> nextPendingSlot(const Schedule& schedule, WallTime now,
                                           const std::vector<DoneSession>& sessions);

// Slots that came due in (since, now] with no session counting for them, oldest first.
// Empty when now <= since (the clock was set back: nothing new came due).
std::vector<PlannedSlot> missedSlots(const Schedule& schedule, WallTime since, WallTime now,
                                     const std::vector<DoneSession>& sessions);

// Today for one routine (ready screen).
struct TodayStatus {
    bool planned = false;            // the routine has slots today
    int total = 0;                   // slots today
    int done = 0;                    // of them with a session
    std::optional<PlannedSlot> next; // the next slot today after now not yet done
};
TodayStatus todayStatus(const std::string& routineId, const Schedule& schedule, WallTime now,
                        const std::vector<DoneSession>& sessions);
// "Today: 1 of 2 done · next 18:30", "Today: 2 of 2 done", "Not planned today".
std::string todayText(const TodayStatus& status);

// Planned sessions over the last `dayCount` local days up to and including today: a slot counts
// once its time has come or a session counts for it (a slot later today is not yet missed).
struct Adherence {
    int planned = 0;
    int done = 0;
};
Adherence adherence(const Schedule& schedule, WallTime now, int dayCount, const std::vector<DoneSession>& sessions);
// The same count over the local days first..last (a report's period): the History screen,
// `matside history` and the progress report all count with this, so their figures agree.
Adherence adherenceOver(const Schedule& schedule, LocalDay first, LocalDay last, WallTime now,
                        const std::vector<DoneSession>& sessions);
std::string adherenceText(const Adherence& value); // "9 of 12 planned sessions", "nothing planned"

// How the History calendar marks a day (drawn with a colour AND a shape each).
enum class DayMark {
    None,      // nothing planned, nothing done
    Upcoming,  // planned, nothing due yet (today's later slots, future days)
    Done,      // every due slot done
    Partly,    // some due slots done, some missed
    Missed,    // slots due, none done
    Unplanned, // sessions done, nothing planned that day
};
DayMark dayMark(const Schedule& schedule, LocalDay day, WallTime now, const std::vector<DoneSession>& sessions);
const char* toString(DayMark mark); // "none", "upcoming", "done", "partly", "missed", "unplanned"

// True when `time` falls in the quiet hours on the local clock.
bool isQuiet(const QuietHours& quiet, WallTime time);
// The first instant at or after `time` that is not quiet (itself when it is not quiet).
WallTime quietEnd(const QuietHours& quiet, WallTime time);

} // namespace matside
