// A routine's weekly plan as the tick log's boxes per day.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/planned_sessions.h"

#include "core/schedule_status.h"

namespace matside::documents {

PlannedSessions plannedSessionsOf(const WeeklyPlan* plan, std::chrono::sys_days first, int dayCount) {
    PlannedSessions planned;
    if (!plan) return planned;
    planned.fromSchedule = true;
    for (int i = 0; i < dayCount; ++i) {
        const std::chrono::sys_days day = first + std::chrono::days(i);
        // slotsOfDay knows the plan's weekdays and its first day; before that day, no plan.
        planned.days[day] = day < plan->from ? 1 : static_cast<int>(slotsOfDay("", *plan, day).size());
    }
    return planned;
}

} // namespace matside::documents
