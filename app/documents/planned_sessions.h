// How many sessions are planned on each day: the seam where the schedule (issue 12) plugs in.
// Without a schedule the handout's tick log has one box a day and the report says "no
// schedule" instead of an adherence figure.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace matside::documents
