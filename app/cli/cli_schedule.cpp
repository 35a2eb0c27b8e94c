// `matside schedule [--json]`, `schedule set [ROUTINE] --days D --times T`, `schedule clear
// [ROUTINE]`, `schedule quiet [HOURS|off]`: every routine's weekly plan and its next slots;
// planning from a script.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/paths.h"
#include "core/routine_json.h"
#include "core/routine_library.h"
#include "core/schedule_json.h"
#include "core/schedule_status.h"
#include "history/data_dir.h"
#include "history/history_schedule.h"
#include "history/settings.h"
#include "i18n/dates.h"
#include "i18n/format.h"
#include "i18n/tr.h"
#include "launch/routine_loading.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>
#include <memory>

namespace matside::cli {
namespace {

using nlohmann::json;

constexpr int kNextSlotsShown = 5;

struct ScheduleOptions {
    std::filesystem::path dataDir;
    bool json = false;
    std::string routine; // set / clear: id or file; empty = the default routine
    std::string days;    // set: "daily" | "mon,wed,fri"; empty = keep (or daily for a new plan)
    std::string times;   // set: "08:00,18:30"; empty = keep
    std::string quiet;   // quiet: "22:00-07:00" | "off"; empty = show them
};

struct KnownRoutine {
    std::string id;
    std::string title;
    std::filesystem::path file;
    std::optional<WeeklyPlan> suggested; // the routine file's "schedule"
};

std::vector<KnownRoutine> knownRoutines() {
    std::vector<KnownRoutine> known;
    for (const LibraryEntry& e : scanRoutineLibrary(shippedDataDir(), userRoutinesDir(), assetSearchDirs())) {
        if (!e.valid()) continue;
        LoadResult loaded = loadRoutineFile(e.file, assetSearchDirs());
        if (!loaded.ok()) continue;
        bool seen = false;
        for (const KnownRoutine& k : known) seen = seen || k.id == loaded.routine->id;
        if (!seen) known.push_back({loaded.routine->id, loaded.routine->title, e.file, loaded.routine->schedule});
    }
    return known;
}

std::string localText(WallTime time, const char* format) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    localtime_r(&t, &tm);
    char text[64];
    return std::strftime(text, sizeof text, format, &tm) ? text : "";
}

// "Wed 2026-12-02 08:00", in the language (i18n/dates.h).
std::string localDateTime(WallTime time) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    localtime_r(&t, &tm);
    return dateTimeText(tm);
}

std::string isoUtc(WallTime time) { return toIsoUtc(std::chrono::time_point_cast<std::chrono::seconds>(time)); }

// Sessions for today's status; no history yet (or unreadable) is simply none.
std::vector<DoneSession> storedSessions(const std::filesystem::path& dataDir) {
    auto opened = HistoryStore::open(historyDbPath(resolveDataDir(dataDir)), HistoryStore::Access::ReadOnly);
    if (!opened.store) return {};
    try {
        return doneSessions(opened.store->listSessions());
    } catch (const HistoryError&) {
        return {};
    }
}

std::string titleOf(const std::vector<KnownRoutine>& known, const std::string& id) {
    for (const KnownRoutine& k : known)
        if (k.id == id) return k.title;
    return id;
}

std::vector<PlannedSlot> upcoming(const Schedule& schedule, WallTime now, int count) {
    std::vector<PlannedSlot> slots;
    WallTime after = now;
    while (static_cast<int>(slots.size()) < count) {
        auto next = nextSlot(schedule, after);
        if (!next) break;
        // Slots of several routines at one instant: take them all before moving on.
        for (const PlannedSlot& s : slotsOfDay(schedule, next->day))
            if (s.at == next->at && static_cast<int>(slots.size()) < count) slots.push_back(s);
        after = next->at;
    }
    return slots;
}

json statusJson(const std::string& id, const Schedule& schedule, WallTime now, const std::vector<DoneSession>& done) {
    const TodayStatus t = todayStatus(id, schedule, now, done);
    const Schedule own = schedule.count(id) ? Schedule{{id, schedule.at(id)}} : Schedule{};
    auto adherent = [&](int days) {
        const Adherence a = adherence(own, now, days, done);
        return json{{"planned", a.planned}, {"done", a.done}, {"text", adherenceText(a)}};
    };
    return {{"planned", t.planned},
            {"total", t.total},
            {"done", t.done},
            {"next", t.next ? json(isoUtc(t.next->at)) : json(nullptr)},
            {"text", todayText(t)},
            {"adherence_7_days", adherent(7)},
            {"adherence_28_days", adherent(28)}};
}

int show(const ScheduleOptions& options) {
    const auto file = settingsPath(resolveConfigDir());
    const LoadedSettings loaded = loadSettings(file);
    if (!loaded.notice.empty()) std::cerr << "matside schedule: " << loaded.notice << '\n';
    const Schedule& schedule = loaded.settings.schedule;
    const std::vector<KnownRoutine> known = knownRoutines();
    const std::vector<DoneSession> done = storedSessions(options.dataDir);
    const WallTime now = std::chrono::system_clock::now();

    // Every routine in the library, then plans of routines no longer there.
    std::vector<std::string> ids;
    for (const KnownRoutine& k : known) ids.push_back(k.id);
    for (const auto& [id, plan] : schedule)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    const std::vector<PlannedSlot> next = upcoming(schedule, now, kNextSlotsShown);

    if (options.json) {
        json routines = json::array();
        for (const std::string& id : ids) {
            const auto k = std::find_if(known.begin(), known.end(), [&](const KnownRoutine& r) { return r.id == id; });
            const auto plan = schedule.find(id);
            routines.push_back(
                {{"id", id},
                 {"title", k != known.end() ? json(k->title) : json(nullptr)},
                 {"file", k != known.end() ? json(k->file.string()) : json(nullptr)},
                 {"plan", plan != schedule.end() ? planToJson(plan->second) : json(nullptr)},
                 {"suggested", k != known.end() && k->suggested ? planToJson(*k->suggested) : json(nullptr)},
                 {"today", statusJson(id, schedule, now, done)}});
        }
        json slots = json::array();
        for (const PlannedSlot& s : next)
            slots.push_back(
                {{"routine_id", s.routineId}, {"at", isoUtc(s.at)}, {"local", localText(s.at, "%Y-%m-%d %H:%M")}});
        const json quiet = loaded.settings.quietHours ? quietHoursToJson(*loaded.settings.quietHours) : json(nullptr);
        const json out = {
            {"settings_file", file.string()}, {"routines", routines}, {"next_slots", slots}, {"quiet_hours", quiet}};
        std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
        return kExitOk;
    }
    for (const std::string& id : ids) {
        const auto plan = schedule.find(id);
        std::cout << titleOf(known, id) << " (" << id << "): ";
        if (plan == schedule.end()) std::cout << tr("not planned") << "\n";
        else
            // TRANSLATORS: "mon,wed,fri at 08:00 - Today: 1 of 1 done"; the day codes are what --days takes.
            std::cout << format(tr("%1$s at %2$s - %3$s"), formatDays(plan->second), formatTimes(plan->second),
                                todayText(todayStatus(id, schedule, now, done)))
                      << '\n';
    }
    if (loaded.settings.quietHours)
        std::cout << "\n"
                  << format(tr("Quiet hours: %s (a reminder due then waits for their end)"),
                            formatQuietHours(*loaded.settings.quietHours))
                  << "\n";
    if (next.empty()) {
        std::cout
            << "\n"
            << tr("Nothing planned. Plan a routine: matside schedule set [ROUTINE] --days mon,wed,fri --times 08:00")
            << "\n";
        return kExitOk;
    }
    std::cout << "\n" << tr("Next:") << "\n";
    for (const PlannedSlot& s : next)
        std::cout << "  " << localDateTime(s.at) << "  " << titleOf(known, s.routineId) << '\n';
    return kExitOk;
}

// The routine a set / clear is about: an id from the library, a routine file, or the default.
std::optional<std::string> routineId(const std::string& given, const char* who, int& exitCode) {
    if (given.empty() || std::filesystem::is_regular_file(given)) {
        auto routine = loadRoutineOrReport(given);
        if (!routine) exitCode = kExitInvalid;
        return routine ? std::optional(routine->id) : std::nullopt;
    }
    std::string ids;
    for (const KnownRoutine& k : knownRoutines()) {
        if (k.id == given) return given;
        ids += (ids.empty() ? "" : ", ") + k.id;
    }
    std::cerr << "matside schedule " << who << ": error: "
              << format(tr("unknown routine '%1$s': give a routine id (%2$s) or a routine file"), given, ids) << "\n";
    exitCode = kExitUsage;
    return std::nullopt;
}

int save(const Settings& settings, const std::filesystem::path& file, const char* who) {
    if (const std::string error = saveSettings(settings, file); !error.empty()) {
        std::cerr << "matside schedule " << who << ": error: " << format(tr("settings not saved: %s"), error) << '\n';
        return kExitRuntime;
    }
    return kExitOk;
}

int set(const ScheduleOptions& options) {
    if (options.days.empty() && options.times.empty()) {
        std::cerr << "matside schedule set: error: give --days (" << kDaysForms << ") and/or --times (" << kTimesForms
                  << ")\n";
        return kExitUsage;
    }
    const auto file = settingsPath(resolveConfigDir());
    LoadedSettings loaded = loadSettings(file);
    if (!loaded.notice.empty()) std::cerr << "matside schedule set: " << loaded.notice << '\n';
    int exitCode = kExitOk;
    const auto id = routineId(options.routine, "set", exitCode);
    if (!id) return exitCode;
    // A part not given keeps the current plan's; a new plan needs its times and is daily by default.
    const auto current = loaded.settings.schedule.find(*id);
    const bool has = current != loaded.settings.schedule.end();
    if (options.times.empty() && !has) {
        std::cerr << "matside schedule set: error: " << *id << " has no plan yet: give --times (" << kTimesForms
                  << ")\n";
        return kExitUsage;
    }
    const std::string days = !options.days.empty() ? options.days : has ? formatDays(current->second) : "daily";
    const std::string times = !options.times.empty() ? options.times : formatTimes(current->second);
    const PlanParse parsed = parsePlan(days, times);
    if (!parsed.plan) {
        std::cerr << "matside schedule set: error: " << parsed.error << '\n';
        return kExitUsage;
    }
    WeeklyPlan plan = *parsed.plan;
    plan.from = has ? current->second.from : localDayOf(std::chrono::system_clock::now());
    loaded.settings.schedule[*id] = plan;
    if (const int code = save(loaded.settings, file, "set"); code != kExitOk) return code;
    std::cout << *id << ": " << format(tr("%1$s at %2$s"), formatDays(*parsed.plan), formatTimes(*parsed.plan)) << '\n';
    return kExitOk;
}

int clear(const ScheduleOptions& options) {
    const auto file = settingsPath(resolveConfigDir());
    LoadedSettings loaded = loadSettings(file);
    if (!loaded.notice.empty()) std::cerr << "matside schedule clear: " << loaded.notice << '\n';
    int exitCode = kExitOk;
    const auto id = routineId(options.routine, "clear", exitCode);
    if (!id) return exitCode;
    if (loaded.settings.schedule.erase(*id) == 0) {
        std::cout << *id << ": " << tr("was not planned") << "\n";
        return kExitOk;
    }
    if (const int code = save(loaded.settings, file, "clear"); code != kExitOk) return code;
    std::cout << *id << ": " << tr("not planned") << "\n";
    return kExitOk;
}

// `schedule quiet [22:00-07:00|off]`: the hours in which no reminder is raised.
int quiet(const ScheduleOptions& options) {
    const auto file = settingsPath(resolveConfigDir());
    LoadedSettings loaded = loadSettings(file);
    if (!loaded.notice.empty()) std::cerr << "matside schedule quiet: " << loaded.notice << '\n';
    std::optional<QuietHours>& current = loaded.settings.quietHours;
    if (options.quiet.empty()) {
        std::cout << format(tr("quiet hours: %s"), current ? formatQuietHours(*current) : std::string(tr("off")))
                  << '\n';
        return kExitOk;
    }
    if (options.quiet == "off") {
        current.reset();
    } else {
        const QuietParse parsed = parseQuietHours(options.quiet);
        if (!parsed.quiet) {
            std::cerr << "matside schedule quiet: error: " << parsed.error << '\n';
            return kExitUsage;
        }
        current = parsed.quiet;
    }
    if (const int code = save(loaded.settings, file, "quiet"); code != kExitOk) return code;
    std::cout << format(tr("quiet hours: %s"), current ? formatQuietHours(*current) : std::string(tr("off"))) << '\n';
    return kExitOk;
}

} // namespace

void registerSchedule(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("schedule", "Show every routine's weekly plan and the next planned sessions");
    auto options = std::make_shared<ScheduleOptions>();
    cmd->add_flag("--json", options->json, "JSON: every routine's plan, today's status, adherence and the next slots");
    cmd->add_option("--data-dir", options->dataDir, "Data folder with the history (for what is done today)");
    cmd->require_subcommand(0, 1);

    auto* setCmd = cmd->add_subcommand("set", "Plan a routine: which days, at which times");
    setCmd->add_option("routine", options->routine, "Routine id (like si_joint) or file; default: the default routine");
    setCmd->add_option("--days", options->days, "daily, or days like mon,wed,fri");
    setCmd->add_option("--times", options->times, "1 to 6 times of day like 08:00,18:30");
    setCmd->callback([options, &exitCode] { exitCode = set(*options); });

    auto* clearCmd = cmd->add_subcommand("clear", "Remove a routine's plan");
    clearCmd->add_option("routine", options->routine,
                         "Routine id (like si_joint) or file; default: the default routine");
    clearCmd->callback([options, &exitCode] { exitCode = clear(*options); });

    auto* quietCmd = cmd->add_subcommand("quiet", "Show or set the hours in which no reminder is raised");
    quietCmd->add_option("hours", options->quiet, "Like 22:00-07:00 (wrapping midnight), or off");
    quietCmd->callback([options, &exitCode] { exitCode = quiet(*options); });

    cmd->callback([cmd, options, &exitCode] {
        if (cmd->get_subcommands().empty()) exitCode = show(*options);
    });
}

} // namespace matside::cli
