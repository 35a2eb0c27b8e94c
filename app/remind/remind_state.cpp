// remind-state.json: {"checked_up_to": ISO UTC, "skipped": {id: "YYYY-MM-DD"},
// "again": {"routine": id, "day": "YYYY-MM-DD", "minute": 0..1439, "at": ISO UTC}}.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/remind_state.h"

#include "history/history_store.h"
#include "remind/atomic_file.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace matside::remind {

namespace {

constexpr std::size_t kMaxStateBytes = std::size_t{64} * 1024;

std::string dayText(LocalDay day) {
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return text;
}

std::optional<LocalDay> parseDay(const nlohmann::json& v) {
    if (!v.is_string()) return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    char extra = 0;
    if (std::sscanf(v.get<std::string>().c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &extra) != 3) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!ymd.ok()) return std::nullopt;
    return LocalDay(ymd);
}

std::optional<WallTime> parseTime(const nlohmann::json& v) {
    if (!v.is_string()) return std::nullopt;
    auto t = parseIsoUtc(v.get<std::string>());
    return t ? std::optional<WallTime>(*t) : std::nullopt;
}

} // namespace

std::filesystem::path remindStatePath(const std::filesystem::path& dataDir) { return dataDir / "remind-state.json"; }

std::string remindStateToJson(const PlannerState& s) {
    nlohmann::json j = nlohmann::json::object();
    if (s.checkedUpTo) j["checked_up_to"] = toIsoUtc(*s.checkedUpTo);
    j["skipped"] = nlohmann::json::object();
    for (const auto& [id, day] : s.skipped) j["skipped"][id] = dayText(day);
    if (s.again && s.againAt)
        j["again"] = {{"routine", s.again->routineId},
                      {"day", dayText(s.again->day)},
                      {"minute", s.again->minute},
                      {"at", toIsoUtc(*s.againAt)}};
    return j.dump(2) + "\n";
}

LoadedState loadRemindState(const std::filesystem::path& file) {
    LoadedState out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return out;
    std::string text;
    const std::string fix = "; starting afresh (delete the file to silence this)";
    if (!readSmallFile(file, kMaxStateBytes, text)) {
        out.notice = file.string() + ": unreadable or larger than 64 KiB" + fix;
        return out;
    }
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) {
        out.notice = file.string() + ": not a JSON object" + fix;
        return out;
    }
    PlannerState& s = out.state;
    if (j.contains("checked_up_to")) {
        s.checkedUpTo = parseTime(j["checked_up_to"]);
        if (!s.checkedUpTo) out.notice = file.string() + ": \"checked_up_to\" is not an ISO 8601 UTC time" + fix;
    }
    if (j.contains("skipped") && j["skipped"].is_object())
        for (const auto& [id, day] : j["skipped"].items())
            if (auto d = parseDay(day); d && id.size() <= 256) s.skipped[id] = *d;
    if (j.contains("again") && j["again"].is_object()) {
        const nlohmann::json& a = j["again"];
        const auto day = a.contains("day") ? parseDay(a["day"]) : std::nullopt;
        const auto at = a.contains("at") ? parseTime(a["at"]) : std::nullopt;
        const bool minuteOk = a.contains("minute") && a["minute"].is_number_integer() &&
                              a["minute"].get<long long>() >= 0 && a["minute"].get<long long>() < kMinutesPerDay;
        if (day && at && minuteOk && a.contains("routine") && a["routine"].is_string()) {
            const int minute = a["minute"].get<int>();
            s.again = PlannedSlot{a["routine"].get<std::string>(), *day, minute, wallTimeAt(*day, minute)};
            s.againAt = *at;
        }
    }
    return out;
}

std::string saveRemindState(const PlannerState& state, const std::filesystem::path& file) {
    return writeFileAtomically(file, remindStateToJson(state));
}

} // namespace matside::remind
