// `matside remind [--enable|--disable|--status [--json]]`: the reminder process, and turning
// it on and off (an XDG autostart entry plus the running process).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/schedule_status.h"
#include "history/data_dir.h"
#include "history/history_store.h"
#include "history/settings.h"
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
    std::cout << "reminders: " << (s.enabled ? "on" : "off") << " (autostart entry " << s.entry.string()
              << (s.enabled ? "" : ": none") << ")\n";
    std::cout << "process:   " << (s.pid ? "running, pid " + std::to_string(*s.pid) : std::string("not running"))
              << '\n';
    if (next)
        std::cout << "next slot: " << localTimeText(toIsoUtc(next->at), "%a %Y-%m-%d %H:%M") << ' ' << next->routineId
                  << '\n';
    else std::cout << "next slot: none planned (matside schedule set ...)\n";
    return kExitOk;
}

int runRemind(const RemindOptions& o) {
    if (o.json && !o.status) {
        std::cerr << "matside remind: error: --json goes with --status\n";
        return kExitUsage;
    }
    if (o.enable) {
        if (auto err = remind::enableReminders(remind::currentExecutable()); !err.empty()) {
            std::cerr << "matside remind: " << err << '\n';
            return kExitRuntime;
        }
        const auto s = remind::reminderStatus();
        std::cout << "reminders on: " << s.entry.string() << " written; running"
                  << (s.pid ? " (pid " + std::to_string(*s.pid) + ")" : "") << '\n';
        return kExitOk;
    }
    if (o.disable) {
        if (auto err = remind::disableReminders(); !err.empty()) {
            std::cerr << "matside remind: " << err << '\n';
            return kExitRuntime;
        }
        std::cout << "reminders off: autostart entry removed, process stopped\n";
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
