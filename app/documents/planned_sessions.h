// How many sessions are planned on each day: the handout's tick log boxes, from the routine's
// weekly plan (issue 12) when it has one, else one box a day.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule.h"

#include <chrono>
#include <map>

namespace matside::documents {

struct PlannedSessions {
    bool fromSchedule = false;                 // false: no schedule exists (the default)
    int perDay = 1;                            // boxes on a day not listed below
    std::map<std::chrono::sys_days, int> days; // local day -> sessions planned (0: rest day)
    std::map<unsigned, int> weekdays;          // or by weekday (0 = Sunday .. 6), when no day entry

    int on(std::chrono::sys_days day) const {
        if (auto it = days.find(day); it != days.end()) return it->second;
        const unsigned wd = std::chrono::weekday(day).c_encoding();
        if (auto it = weekdays.find(wd); it != weekdays.end()) return it->second;
        return perDay;
    }
};

// The boxes of one routine's plan on the days first..first+dayCount-1: its planned times on a
// planned day, 0 (a rest day) on the others; one box a day before the plan's first day and
// without a plan (null).
PlannedSessions plannedSessionsOf(const WeeklyPlan* plan, std::chrono::sys_days first, int dayCount);

} // namespace matside::documents
