// Reading and writing a WeeklyPlan as JSON, naming the exact place of every problem.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule_json.h"

#include <algorithm>

namespace matside {
namespace {

using nlohmann::json;

// "a number 8", "an object": what was found, for a message.
std::string found(const json& value) {
    if (value.is_string()) {
        std::string text = value.get<std::string>().substr(0, 32);
        return "\"" + text + "\"";
    }
    if (value.is_array()) return "an array";
    if (value.is_object()) return "an object";
    if (value.is_null()) return "null";
    return value.dump().substr(0, 32);
}

// Non-strings are no day and no time (a helper, so GCC sees the optional is always set).
std::optional<int> dayOf(const json& item) {
    if (!item.is_string()) return std::nullopt;
    return parseWeekday(item.get_ref<const std::string&>());
}
std::optional<int> minuteOf(const json& item) {
    if (!item.is_string()) return std::nullopt;
    return parseClockTime(item.get_ref<const std::string&>());
}

PlanFromJson problem(std::string where, std::string what) {
    return PlanFromJson{std::nullopt, std::move(where), std::move(what)};
}

} // namespace

json planToJson(const WeeklyPlan& plan) {
    json days = json::array();
    for (int i = 0; i < 7; ++i)
        if (plan.onWeekday(i)) days.push_back(weekdayName(i));
    json times = json::array();
    for (int minute : plan.times) times.push_back(formatClockTime(minute));
    return {{"days", plan.everyDay() ? json("daily") : days}, {"times", times}};
}

PlanFromJson planFromJson(const json& value) {
    if (!value.is_object())
        return problem("", "expected an object {\"days\": ..., \"times\": [...]}, found " + found(value));
    for (const auto& [key, _] : value.items())
        if (key != "days" && key != "times")
            return problem("/" + key.substr(0, 32), "unknown field: a schedule has only \"days\" and \"times\"");
    const auto days = value.find("days");
    const auto times = value.find("times");
    if (days == value.end()) return problem("", "missing \"days\": \"daily\" or a list like [\"mon\", \"wed\"]");
    if (times == value.end()) return problem("", "missing \"times\": a list like [\"08:00\", \"18:30\"]");

    WeeklyPlan plan;
    if (days->is_string() && days->get<std::string>() == "daily") {
        plan.days.fill(true);
    } else if (days->is_array() && !days->empty() && days->size() <= 7) {
        for (std::size_t i = 0; i < days->size(); ++i) {
            const json& item = (*days)[i];
            const std::optional<int> day = dayOf(item);
            const std::string where = "/days/" + std::to_string(i);
            if (!day) return problem(where, "expected a day mon, tue, wed, thu, fri, sat or sun, found " + found(item));
            if (plan.days[static_cast<std::size_t>(*day)]) return problem(where, found(item) + " is given twice");
            plan.days[static_cast<std::size_t>(*day)] = true;
        }
    } else {
        return problem("/days",
                       "expected \"daily\" or a list of 1 to 7 days like [\"mon\", \"wed\"], found " + found(*days));
    }

    if (!times->is_array() || times->empty() || times->size() > static_cast<std::size_t>(kMaxTimesPerDay))
        return problem("/times", "expected a list of 1 to " + std::to_string(kMaxTimesPerDay) +
                                     " times like [\"08:00\", \"18:30\"], found " +
                                     (times->is_array() ? std::to_string(times->size()) + " times" : found(*times)));
    for (std::size_t i = 0; i < times->size(); ++i) {
        const json& item = (*times)[i];
        const std::optional<int> minute = minuteOf(item);
        const std::string where = "/times/" + std::to_string(i);
        if (!minute) return problem(where, "expected a time of day \"HH:MM\" (00:00 to 23:59), found " + found(item));
        if (std::find(plan.times.begin(), plan.times.end(), *minute) != plan.times.end())
            return problem(where, found(item) + " is given twice");
        plan.times.push_back(*minute);
    }
    std::sort(plan.times.begin(), plan.times.end());
    return PlanFromJson{plan, {}, {}};
}

json quietHoursToJson(const QuietHours& quiet) {
    return {{"start", formatClockTime(quiet.startMinute)}, {"end", formatClockTime(quiet.endMinute)}};
}

std::optional<QuietHours> quietHoursFromJson(const json& value) {
    if (!value.is_object()) return std::nullopt;
    const auto start = value.find("start");
    const auto end = value.find("end");
    if (start == value.end() || end == value.end() || !start->is_string() || !end->is_string()) return std::nullopt;
    const auto s = parseClockTime(start->get<std::string>());
    const auto e = parseClockTime(end->get<std::string>());
    if (!s || !e) return std::nullopt;
    return QuietHours{*s, *e};
}

} // namespace matside
