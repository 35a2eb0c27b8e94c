// settings.json: tolerant loading (field by field) and atomic saving.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/settings.h"

#include "core/atomic_write.h"
#include "core/schedule_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

namespace matside {
namespace {

using nlohmann::json;

constexpr std::uintmax_t kMaxSettingsBytes = 1 << 20; // a settings file is a few hundred bytes

// Reads fields one by one, keeping the default of each field that is missing or bad.
class FieldReader {
public:
    explicit FieldReader(std::string& bad) : m_bad(bad) {}

    void flag(const json& obj, const char* key, bool& out) {
        if (auto* v = find(obj, key)) v->is_boolean() ? void(out = v->get<bool>()) : reject(key);
    }
    void integer(const json& obj, const char* key, int& out, int lo, int hi) {
        if (auto* v = find(obj, key)) {
            if (inRange(*v, lo, hi)) out = v->get<int>();
            else reject(key);
        }
    }
    void integer(const json& obj, const char* key, std::optional<int>& out, int lo, int hi) {
        if (auto* v = find(obj, key); v && !v->is_null()) {
            if (inRange(*v, lo, hi)) out = v->get<int>();
            else reject(key);
        }
    }
    void number(const json& obj, const char* key, double& out, double lo, double hi) {
        if (auto* v = find(obj, key)) {
            if (v->is_number() && v->get<double>() >= lo && v->get<double>() <= hi) out = v->get<double>();
            else reject(key);
        }
    }
    void text(const json& obj, const char* key, std::string& out, std::size_t maxLength) {
        if (auto* v = find(obj, key)) {
            if (v->is_string() && v->get_ref<const std::string&>().size() <= maxLength) out = v->get<std::string>();
            else reject(key);
        }
    }
    template <typename Enum, std::size_t N>
    void choice(const json& obj, const char* key, Enum& out, const Enum (&values)[N]) {
        if (auto* v = find(obj, key)) {
            for (Enum e : values)
                if (v->is_string() && v->get_ref<const std::string&>() == toString(e)) return void(out = e);
            reject(key);
        }
    }
    void reject(const std::string& key) { m_bad += (m_bad.empty() ? "" : ", ") + key; }

private:
    // An integer within [lo, hi]; unsigned values are compared as such so 2^64-1 is not -1.
    static bool inRange(const json& v, int lo, int hi) {
        if (v.is_number_unsigned()) {
            const unsigned long long u = v.get<unsigned long long>();
            return u <= static_cast<unsigned long long>(std::max(hi, 0)) && static_cast<long long>(u) >= lo;
        }
        return v.is_number_integer() && v.get<long long>() >= lo && v.get<long long>() <= hi;
    }
    static const json* find(const json& obj, const char* key) {
        auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }
    std::string& m_bad;
};

constexpr Theme kThemes[] = {Theme::Dark, Theme::Light, Theme::HighContrast};
constexpr TextSize kTextSizes[] = {TextSize::Small, TextSize::Normal, TextSize::Large, TextSize::XLarge};

std::optional<std::chrono::sys_days> dayFromText(const json& value) {
    if (!value.is_string()) return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(value.get_ref<const std::string&>().c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days{ymd};
}

std::string dayText(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

// The weekly plans: a bad plan is dropped (and named with its place), the others are kept.
void readSchedule(const json& root, Settings& s, FieldReader& r) {
    if (auto o = root.find("schedule"); o != root.end()) {
        if (!o->is_object()) r.reject("schedule");
        else
            for (const auto& [id, value] : o->items()) {
                // "from" is the settings' own addition to the plan format: the day it was set.
                json planValue = value;
                std::optional<std::chrono::sys_days> from;
                if (planValue.is_object() && planValue.contains("from")) {
                    from = dayFromText(planValue["from"]);
                    planValue.erase("from");
                }
                PlanFromJson plan = planFromJson(planValue);
                if (plan.plan && from) plan.plan->from = *from;
                else if (plan.plan && planValue.size() != value.size())
                    plan = {std::nullopt, "/from", "expected a day \"YYYY-MM-DD\""};
                if (id.empty() || id.size() > 128)
                    r.reject("schedule (a routine id of " + std::to_string(id.size()) + " characters)");
                else if (!plan.plan) r.reject("schedule." + id + plan.where + " (" + plan.what + ")");
                else s.schedule[id] = *plan.plan;
            }
    }
    if (auto q = root.find("quiet_hours"); q != root.end() && !q->is_null()) {
        s.quietHours = quietHoursFromJson(*q);
        if (!s.quietHours) r.reject("quiet_hours (expected {\"start\": \"22:00\", \"end\": \"07:00\"} or null)");
    }
    r.flag(root, "schedule_offered", s.scheduleOffered);
}

// "de", "pt_BR", "sr@latin" or "" (follow the environment); anything else gets the default.
void readLanguage(const json& root, Settings& s, FieldReader& r) {
    r.text(root, "language", s.language, 32);
    const bool plain = std::all_of(s.language.begin(), s.language.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '@';
    });
    if (!plain) {
        s.language.clear();
        r.reject("language");
    }
}

Settings fromJson(const json& root, std::string& bad) {
    Settings s;
    FieldReader r(bad);
    r.flag(root, "mute", s.mute);
    r.flag(root, "voice", s.voice);
    r.number(root, "volume", s.volume, 0.0, 1.0);
    r.text(root, "voice_name", s.voiceName, 64);
    r.integer(root, "speech_rate", s.speechRate, 80, 450);
    r.choice(root, "theme", s.theme, kThemes);
    r.choice(root, "text_size", s.textSize, kTextSizes);
    r.flag(root, "intro_acknowledged", s.introAcknowledged);
    readLanguage(root, s, r);
    if (auto w = root.find("window"); w != root.end()) {
        if (!w->is_object()) {
            r.reject("window");
        } else {
            r.integer(*w, "x", s.window.x, -100000, 100000);
            r.integer(*w, "y", s.window.y, -100000, 100000);
            r.integer(*w, "width", s.window.width, 320, 16384);
            r.integer(*w, "height", s.window.height, 240, 16384);
            r.flag(*w, "maximized", s.window.maximized);
            r.flag(*w, "fullscreen", s.window.fullscreen);
        }
    }
    if (auto o = root.find("routine_overrides"); o != root.end()) {
        if (!o->is_object()) r.reject("routine_overrides");
        else
            for (const auto& [id, value] : o->items()) {
                if (!value.is_object() || id.empty() || id.size() > 128) {
                    r.reject("routine_overrides." + id);
                    continue;
                }
                RoutineOverride& ov = s.routineOverrides[id];
                r.integer(value, "prepare_seconds", ov.prepareSeconds, 0, 600);
                r.integer(value, "rest_between_sets_seconds", ov.restBetweenSetsSeconds, 0, 600);
                r.integer(value, "rest_between_exercises_seconds", ov.restBetweenExercisesSeconds, 0, 600);
            }
    }
    readSchedule(root, s, r);
    return s;
}

json optionalJson(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }

// Moves a file we cannot read aside, so the person (or we) can look at it later.
std::string moveAside(const std::filesystem::path& file, const std::string& why) {
    std::filesystem::path bad = file;
    bad += ".bad";
    std::error_code ec;
    std::filesystem::rename(file, bad, ec);
    if (ec)
        return "Settings: " + file.string() + " " + why + "; using defaults (could not move it aside: " + ec.message() +
               ")";
    return "Settings: " + file.string() + " " + why + "; moved it to " + bad.string() + " and using defaults";
}

} // namespace

const char* toString(Theme theme) {
    switch (theme) {
    case Theme::Dark: return "dark";
    case Theme::Light: return "light";
    case Theme::HighContrast: return "high_contrast";
    }
    return "dark";
}

const char* toString(TextSize size) {
    switch (size) {
    case TextSize::Small: return "small";
    case TextSize::Normal: return "normal";
    case TextSize::Large: return "large";
    case TextSize::XLarge: return "xlarge";
    }
    return "normal";
}

LoadedSettings loadSettings(const std::filesystem::path& file) {
    LoadedSettings result;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return result;
    if (std::filesystem::file_size(file, ec) > kMaxSettingsBytes || ec) {
        result.notice = moveAside(file, "is too large to be a settings file");
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        result.notice = moveAside(file, "is not valid settings JSON");
        return result;
    }
    std::string bad;
    result.settings = fromJson(root, bad);
    if (!bad.empty()) result.notice = "Settings: " + file.string() + ": bad values replaced by defaults: " + bad;
    return result;
}

std::string languageSetting(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec) || std::filesystem::file_size(file, ec) > kMaxSettingsBytes || ec)
        return {};
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) return {};
    Settings s;
    std::string bad;
    FieldReader r(bad);
    readLanguage(root, s, r);
    return s.language;
}

std::string settingsToJson(const Settings& s) {
    json overrides = json::object();
    for (const auto& [id, ov] : s.routineOverrides) {
        overrides[id] = {{"prepare_seconds", optionalJson(ov.prepareSeconds)},
                         {"rest_between_sets_seconds", optionalJson(ov.restBetweenSetsSeconds)},
                         {"rest_between_exercises_seconds", optionalJson(ov.restBetweenExercisesSeconds)}};
    }
    json schedule = json::object();
    for (const auto& [id, plan] : s.schedule) {
        schedule[id] = planToJson(plan);
        if (plan.from != std::chrono::sys_days{}) schedule[id]["from"] = dayText(plan.from);
    }
    json root = {
        {"mute", s.mute},
        {"voice", s.voice},
        {"volume", s.volume},
        {"voice_name", s.voiceName},
        {"speech_rate", s.speechRate},
        {"theme", toString(s.theme)},
        {"text_size", toString(s.textSize)},
        {"window",
         {{"x", optionalJson(s.window.x)},
          {"y", optionalJson(s.window.y)},
          {"width", s.window.width},
          {"height", s.window.height},
          {"maximized", s.window.maximized},
          {"fullscreen", s.window.fullscreen}}},
        {"routine_overrides", overrides},
        {"intro_acknowledged", s.introAcknowledged},
        {"schedule", schedule},
        {"quiet_hours", s.quietHours ? quietHoursToJson(*s.quietHours) : json(nullptr)},
        {"schedule_offered", s.scheduleOffered},
        {"language", s.language},
    };
    // A voice name set from outside may not be valid UTF-8: replace, never throw while saving.
    return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string saveSettings(const Settings& settings, const std::filesystem::path& file) {
    return replaceFileAtomically(file, settingsToJson(settings), 0600); // the person's own
}

void applyOverride(Routine& routine, const RoutineOverride& timings) {
    auto apply = [&timings](Timings& t) {
        if (timings.prepareSeconds) t.prepareSeconds = *timings.prepareSeconds;
        if (timings.restBetweenSetsSeconds) t.restBetweenSetsSeconds = *timings.restBetweenSetsSeconds;
        if (timings.restBetweenExercisesSeconds) t.restBetweenExercisesSeconds = *timings.restBetweenExercisesSeconds;
    };
    apply(routine.defaults);
    for (auto& exercise : routine.exercises) apply(exercise.timings);
}

} // namespace matside
