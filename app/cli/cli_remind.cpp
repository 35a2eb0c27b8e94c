// `matside remind [--enable|--disable|--status [--json]]`: the reminder process, and turning
// it on and off (an XDG autostart entry plus the running process).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/schedule_status.h"
#include "history/data_dir.h"
#include "history/history_store.h"
#include "history/settings.h"
#include "i18n/dates.h"
#include "i18n/format.h"
#include "i18n/tr.h"
#include "remind/remind_daemon.h"
#include "remind/reminder_control.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <sstream>

namespace matside::cli {
namespace {

struct RemindOptions {
    bool enable = false, disable = false, status = false, json = false;
};

std::vector<std::string> splitWords(const char* text) {
    std::vector<std::string> words;
    std::istringstream in(text ? text : "");
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

remind::DaemonOptions daemonOptions() {
    remind::DaemonOptions o;
    o.exe = remind::currentExecutable();
    o.configDir = resolveConfigDir();
    o.dataDir = resolveDataDir();
    // Test hooks (docs/development.md): a wall clock ahead of the real one, and extra
    // arguments for the player Start now opens.
    if (const char* offset = std::getenv("MATSIDE_REMIND_CLOCK_OFFSET_MS")) {
        constexpr long long kYearMs = 366LL * 24 * 3600 * 1000; // beyond that it is a typo, not a test
        o.clockOffset = std::chrono::milliseconds(std::clamp(std::strtoll(offset, nullptr, 10), -kYearMs, kYearMs));
    }
    o.playArgs = splitWords(std::getenv("MATSIDE_REMIND_PLAY_ARGS"));
    return o;
}

// "Wed 2026-12-02 08:00", in the language (i18n/dates.h).
std::string localDateTimeText(WallTime time) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm local{};
    localtime_r(&t, &local);
    return dateTimeText(local);
}

int printStatus(bool json) {
    const remind::ReminderStatus s = remind::reminderStatus();
    const Settings settings = loadSettings(settingsPath(resolveConfigDir())).settings;
    const auto next = nextSlot(settings.schedule, std::chrono::system_clock::now());
    if (json) {
        nlohmann::json j{{"enabled", s.enabled},
                         {"running", s.pid.has_value()},
                         {"pid", s.pid ? nlohmann::json(*s.pid) : nlohmann::json(nullptr)},
                         {"autostart_entry", s.entry.string()},
                         {"next", nullptr}};
        if (next) j["next"] = {{"routine", next->routineId}, {"at", toIsoUtc(next->at)}};
        std::cout << j.dump(2) << '\n';
        return kExitOk;
    }
    std::cout << (s.enabled ? format(tr("reminders: on (autostart entry %s)"), s.entry.string())
                            : format(tr("reminders: off (autostart entry %s: none)"), s.entry.string()))
              << '\n';
    std::cout << (s.pid ? format(tr("process:   running, pid %d"), *s.pid) : std::string(tr("process:   not running")))
              << '\n';
    if (next) std::cout << format(tr("next slot: %1$s %2$s"), localDateTimeText(next->at), next->routineId) << '\n';
    else std::cout << tr("next slot: none planned (matside schedule set ...)") << "\n";
    return kExitOk;
}

int runRemind(const RemindOptions& o) {
    if (o.json && !o.status) {
        std::cerr << "matside remind: error: " << tr("--json goes with --status") << "\n";
        return kExitUsage;
    }
    if (o.enable) {
        if (auto err = remind::enableReminders(remind::currentExecutable()); !err.empty()) {
            std::cerr << "matside remind: " << err << '\n';
            return kExitRuntime;
        }
        const auto s = remind::reminderStatus();
        std::cout << (s.pid ? format(tr("reminders on: %1$s written; running (pid %2$d)"), s.entry.string(), *s.pid)
                            : format(tr("reminders on: %s written; running"), s.entry.string()))
                  << '\n';
        return kExitOk;
    }
    if (o.disable) {
        if (auto err = remind::disableReminders(); !err.empty()) {
            std::cerr << "matside remind: " << err << '\n';
            return kExitRuntime;
        }
        std::cout << tr("reminders off: autostart entry removed, process stopped") << "\n";
        return kExitOk;
    }
    if (o.status) return printStatus(o.json);
    return remind::runRemindDaemon(daemonOptions());
}

} // namespace

void registerRemind(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<RemindOptions>();
    auto* cmd = app.add_subcommand("remind", "Desktop reminders at the planned times (runs in the background)");
    auto* enable = cmd->add_flag("--enable", options->enable,
                                 "Start reminders now and with every login (writes an XDG autostart entry)");
    auto* disable = cmd->add_flag("--disable", options->disable, "Stop reminders and remove the autostart entry");
    auto* status =
        cmd->add_flag("--status", options->status, "Say whether reminders are on, running, and the next slot");
    enable->excludes(disable)->excludes(status);
    disable->excludes(status);
    cmd->add_flag("--json", options->json, "With --status: print it as JSON");
    cmd->callback([options, &exitCode] { exitCode = runRemind(*options); });
}

} // namespace matside::cli
