// The `matside remind` process: sleeps on a CLOCK_REALTIME timerfd until the next planned
// slot (cancelled when the clock is set or the machine resumes), watches settings.json with
// inotify, and raises one notification per due slot. It never polls.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace matside::remind {

struct DaemonOptions {
    std::filesystem::path exe;       // the matside binary, for Start now
    std::filesystem::path configDir; // settings.json's folder (schedule, quiet hours)
    std::filesystem::path dataDir;   // history.sqlite3 and remind-state.json
    // Tests only: the process's wall clock runs this far ahead of the real one. The timerfd
    // is still armed on the real CLOCK_REALTIME (at the slot minus the offset).
    std::chrono::milliseconds clockOffset{0};
    std::vector<std::string> playArgs; // tests only: added to `matside play FILE` on Start now
};

// Runs until SIGTERM or SIGINT (or the lock is held by another: then returns at once).
// Returns the process exit code; problems are one line on stderr.
int runRemindDaemon(const DaemonOptions& options);

} // namespace matside::remind
