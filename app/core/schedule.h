// The weekly plan: per routine, which weekdays and at which local times it is to be done.
// Plain data plus parsing and formatting of its written forms ("mon,wed,fri", "08:00").
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace matside {

constexpr int kMaxTimesPerDay = 6; // 1..6 planned times a day
constexpr int kMinutesPerDay = 24 * 60;

// One routine's plan. Valid when at least one day is on and `times` holds 1..6 minutes,
// ascending and unique (planError() says what is wrong otherwise).
struct WeeklyPlan {
    std::array<bool, 7> days{}; // Monday first: days[0] = Monday ... days[6] = Sunday
    std::vector<int> times;     // minutes after local midnight, 0..1439, e.g. 510 = "08:30"
    // The first local day the plan applies (the day it was first set), so adherence does not
    // count days before it; default 1970-01-01: always.
    std::chrono::sys_days from{};

    bool everyDay() const;
    bool onWeekday(int mondayFirstIndex) const; // 0 = Monday ... 6 = Sunday
    bool operator==(const WeeklyPlan&) const = default;
};

// Hours in which no reminder is raised, on the local clock: [start, end), wrapping midnight
// when end < start (22:00-07:00). start == end means never quiet.
struct QuietHours {
    int startMinute = 22 * 60; // 22:00
    int endMinute = 7 * 60;    // 07:00
    bool operator==(const QuietHours&) const = default;
};

// Every routine's plan, by routine id. A routine without an entry is not planned.
using Schedule = std::map<std::string, WeeklyPlan>;

// "HH:MM" (or "H:MM"), 00:00..23:59 -> minutes after midnight.
std::optional<int> parseClockTime(std::string_view text);
std::string formatClockTime(int minute); // 510 -> "08:30"

// "mon".."sun", "monday".."sunday", any case -> 0 (Monday) .. 6 (Sunday).
std::optional<int> parseWeekday(std::string_view text);
const char* weekdayName(int mondayFirstIndex); // 0 -> "mon"

// The accepted forms, for error messages.
inline constexpr const char* kDaysForms = "daily, or days from mon,tue,wed,thu,fri,sat,sun separated by commas";
inline constexpr const char* kTimesForms = "1 to 6 times of day as HH:MM (00:00 to 23:59) separated by commas";

// Parses the written forms: days "daily" | "mon,wed,fri"; times "08:00,18:30". Times are
// sorted; a repeated day or time is an error. On error `plan` is empty and `error` is one
// line naming the bad value and the accepted forms.
struct PlanParse {
    std::optional<WeeklyPlan> plan;
    std::string error;
};
PlanParse parsePlan(std::string_view days, std::string_view times);

std::string formatDays(const WeeklyPlan& plan);  // "daily" or "mon,wed,fri"
std::string formatTimes(const WeeklyPlan& plan); // "08:00,18:30"

// Quiet hours as written: "22:00-07:00" (start-end, wrapping midnight when end < start).
inline constexpr const char* kQuietForms = "START-END as HH:MM-HH:MM, like 22:00-07:00, or off";
struct QuietParse {
    std::optional<QuietHours> quiet;
    std::string error; // one line naming the bad value and kQuietForms; empty when it parsed
};
QuietParse parseQuietHours(std::string_view text);
std::string formatQuietHours(const QuietHours& quiet); // "22:00-07:00"

// What is wrong with a plan built in code or read from a file; empty when it is valid.
std::string planError(const WeeklyPlan& plan);

} // namespace matside
