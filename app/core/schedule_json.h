// The weekly plan as JSON, shared by settings.json and the routine format's "schedule":
// { "days": "daily" | ["mon", "wed", "fri"], "times": ["08:00", "18:30"] }.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace matside {

nlohmann::json planToJson(const WeeklyPlan& plan); // days as "daily" or a list of names

// A plan read from untrusted JSON. On a problem the plan is empty, `where` is the JSON
// pointer below the plan object ("/times/2") and `what` one line saying what is wrong and
// what is accepted.
struct PlanFromJson {
    std::optional<WeeklyPlan> plan;
    std::string where;
    std::string what;
};
PlanFromJson planFromJson(const nlohmann::json& value);

nlohmann::json quietHoursToJson(const QuietHours& quiet); // {"start": "22:00", "end": "07:00"}
std::optional<QuietHours> quietHoursFromJson(const nlohmann::json& value);

} // namespace matside
