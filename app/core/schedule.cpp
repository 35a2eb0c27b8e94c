// The weekly plan's written forms: parsing with one-line errors, and formatting.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace matside {
namespace {

constexpr const char* kShortDays[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr const char* kLongDays[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> splitCommas(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        parts.push_back(
            trim(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return parts;
}

// Quotes a value from the person for an error line, cut short if it is long.
std::string quoted(std::string_view value) {
    std::string shown(value.substr(0, 32));
    if (value.size() > 32) shown += "...";
    return "'" + shown + "'";
}

} // namespace

bool WeeklyPlan::everyDay() const {
    return std::all_of(days.begin(), days.end(), [](bool on) { return on; });
}

bool WeeklyPlan::onWeekday(int mondayFirstIndex) const {
    return mondayFirstIndex >= 0 && mondayFirstIndex < 7 && days[static_cast<std::size_t>(mondayFirstIndex)];
}

std::optional<int> parseClockTime(std::string_view text) {
    text = trim(text);
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3) return std::nullopt;
    auto digits = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const std::string_view h = text.substr(0, colon), m = text.substr(colon + 1);
    if (!digits(h) || !digits(m)) return std::nullopt;
    const int hour = std::stoi(std::string(h)), minute = std::stoi(std::string(m));
    if (hour > 23 || minute > 59) return std::nullopt;
    return hour * 60 + minute;
}

std::string formatClockTime(int minute) {
    minute = std::clamp(minute, 0, kMinutesPerDay - 1);
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
    return text;
}

std::optional<int> parseWeekday(std::string_view text) {
    const std::string word = lower(trim(text));
    for (int i = 0; i < 7; ++i)
        if (word == kShortDays[i] || word == kLongDays[i]) return i;
    return std::nullopt;
}

const char* weekdayName(int mondayFirstIndex) {
    return mondayFirstIndex >= 0 && mondayFirstIndex < 7 ? kShortDays[mondayFirstIndex] : "?";
}

PlanParse parsePlan(std::string_view daysText, std::string_view timesText) {
    PlanParse result;
    WeeklyPlan plan;
    const std::string daysWord = lower(trim(daysText));
    if (daysWord == "daily" || daysWord == "every day" || daysWord == "everyday") {
        plan.days.fill(true);
    } else {
        for (std::string_view part : splitCommas(daysText)) {
            const std::optional<int> day = parseWeekday(part);
            if (!day) {
                result.error = "bad day " + quoted(part) + ": use " + kDaysForms;
                return result;
            }
            if (plan.days[static_cast<std::size_t>(*day)]) {
                result.error = "day " + quoted(part) + " is given twice: use " + kDaysForms;
                return result;
            }
            plan.days[static_cast<std::size_t>(*day)] = true;
        }
    }
    const std::vector<std::string_view> parts = splitCommas(timesText);
    if (parts.size() > static_cast<std::size_t>(kMaxTimesPerDay)) {
        result.error = std::to_string(parts.size()) + " times a day in " + quoted(timesText) + " is more than " +
                       std::to_string(kMaxTimesPerDay) + ": use " + kTimesForms;
        return result;
    }
    for (std::string_view part : parts) {
        const std::optional<int> minute = parseClockTime(part);
        if (!minute) {
            result.error = "bad time " + quoted(part) + ": use " + kTimesForms;
            return result;
        }
        if (std::find(plan.times.begin(), plan.times.end(), *minute) != plan.times.end()) {
            result.error = "time " + quoted(part) + " is given twice: use " + kTimesForms;
            return result;
        }
        plan.times.push_back(*minute);
    }
    std::sort(plan.times.begin(), plan.times.end());
    result.plan = plan;
    return result;
}

std::string formatDays(const WeeklyPlan& plan) {
    if (plan.everyDay()) return "daily";
    std::string out;
    for (int i = 0; i < 7; ++i)
        if (plan.onWeekday(i)) out += (out.empty() ? "" : ",") + std::string(kShortDays[i]);
    return out;
}

std::string formatTimes(const WeeklyPlan& plan) {
    std::string out;
    for (int minute : plan.times) out += (out.empty() ? "" : ",") + formatClockTime(minute);
    return out;
}

QuietParse parseQuietHours(std::string_view text) {
    QuietParse result;
    const std::string_view whole = trim(text);
    const std::size_t dash = whole.find('-');
    const auto start = dash == std::string_view::npos ? std::nullopt : parseClockTime(whole.substr(0, dash));
    const auto end = dash == std::string_view::npos ? std::nullopt : parseClockTime(whole.substr(dash + 1));
    if (!start || !end) {
        result.error = "bad quiet hours " + quoted(whole) + ": use " + kQuietForms;
        return result;
    }
    if (*start == *end) {
        result.error = "quiet hours " + quoted(whole) + " start and end at the same time: use " + kQuietForms;
        return result;
    }
    result.quiet = QuietHours{*start, *end};
    return result;
}

std::string formatQuietHours(const QuietHours& quiet) {
    return formatClockTime(quiet.startMinute) + "-" + formatClockTime(quiet.endMinute);
}

std::string planError(const WeeklyPlan& plan) {
    if (std::none_of(plan.days.begin(), plan.days.end(), [](bool on) { return on; }))
        return "no day is planned: use " + std::string(kDaysForms);
    if (plan.times.empty() || plan.times.size() > static_cast<std::size_t>(kMaxTimesPerDay))
        return std::to_string(plan.times.size()) + " times a day: use " + kTimesForms;
    for (std::size_t i = 0; i < plan.times.size(); ++i) {
        if (plan.times[i] < 0 || plan.times[i] >= kMinutesPerDay) return "a time is outside 00:00 to 23:59";
        if (i > 0 && plan.times[i] <= plan.times[i - 1]) return "times must be ascending and different";
    }
    return {};
}

} // namespace matside
