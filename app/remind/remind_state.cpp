// remind-state.json: {"checked_up_to": ISO UTC, "skipped": {id: "YYYY-MM-DD"},
// "again": [{"routine": id, "day": "YYYY-MM-DD", "minute": 0..1439, "at": ISO UTC}, ...]}.
// Files of the first release hold one "again" object instead of the list: read as a list of one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/remind_state.h"

#include "core/atomic_write.h"
#include "history/history_store.h"
#include "core/small_file.h"

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

constexpr std::size_t kMaxWaiting = 256; // more routines than anyone plans

// One held-back reminder; a malformed entry is left out (it is only a reminder).
void readWaiting(const nlohmann::json& a, PlannerState& s) {
    const auto day = a.contains("day") ? parseDay(a["day"]) : std::nullopt;
    const auto at = a.contains("at") ? parseTime(a["at"]) : std::nullopt;
    const bool minuteOk = a.contains("minute") && a["minute"].is_number_integer() &&
                          a["minute"].get<long long>() >= 0 && a["minute"].get<long long>() < kMinutesPerDay;
    const bool idOk =
        a.contains("routine") && a["routine"].is_string() && a["routine"].get<std::string>().size() <= 256;
    if (!day || !at || !minuteOk || !idOk) return;
    const std::string id = a["routine"].get<std::string>();
    const int minute = a["minute"].get<int>();
    s.waiting.insert_or_assign(id, Waiting{PlannedSlot{id, *day, minute, wallTimeAt(*day, minute)}, *at});
}

} // namespace

std::filesystem::path remindStatePath(const std::filesystem::path& dataDir) { return dataDir / "remind-state.json"; }

std::string remindStateToJson(const PlannerState& s) {
    nlohmann::json j = nlohmann::json::object();
    if (s.checkedUpTo) j["checked_up_to"] = toIsoUtc(*s.checkedUpTo);
    j["skipped"] = nlohmann::json::object();
    for (const auto& [id, day] : s.skipped) j["skipped"][id] = dayText(day);
    if (!s.waiting.empty()) {
        j["again"] = nlohmann::json::array();
        for (const auto& [id, w] : s.waiting)
            j["again"].push_back(
                {{"routine", id}, {"day", dayText(w.slot.day)}, {"minute", w.slot.minute}, {"at", toIsoUtc(w.at)}});
    }
    return j.dump(2) + "\n";
}

LoadedState loadRemindState(const std::filesystem::path& file) {
    LoadedState out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return out;
    const std::string fix = "; starting afresh (delete the file to silence this)";
    const std::optional<std::string> text = readSmallFile(file, kMaxStateBytes);
    if (!text) {
        out.notice = file.string() + ": unreadable or larger than 64 KiB" + fix;
        return out;
    }
    const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
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
    if (j.contains("again")) {
        const nlohmann::json& again = j["again"];
        if (again.is_object()) readWaiting(again, s); // the first release's single entry
        if (again.is_array())
            for (const nlohmann::json& a : again)
                if (a.is_object() && s.waiting.size() < kMaxWaiting) readWaiting(a, s);
    }
    return out;
}

std::string saveRemindState(const PlannerState& state, const std::filesystem::path& file) {
    return replaceFileAtomically(file, remindStateToJson(state));
}

} // namespace matside::remind
