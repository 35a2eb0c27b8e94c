// Turning reminders on and off, for `matside remind --enable/--disable/--status` and the
// Plan my week screen's toggle: the autostart entry plus the running process.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace matside::remind {

struct ReminderStatus {
    bool enabled = false;        // the autostart entry exists
    std::optional<int> pid;      // the running `matside remind`, if any
    std::filesystem::path entry; // where the autostart entry is (or would be)
};

ReminderStatus reminderStatus();

// Checks that reminders can work here (a session bus, a notification service), writes the
// autostart entry and starts `exe remind` in the background, waiting up to 3 s for it to
// take its lock. Returns one line for the person when something failed, empty on success.
std::string enableReminders(const std::filesystem::path& exe);

// Removes the entry and stops the running process (SIGTERM, waiting up to 3 s for it to
// go). Returns one line when something failed, empty on success.
std::string disableReminders();

// /proc/self/exe: the matside binary that is running.
std::filesystem::path currentExecutable();

} // namespace matside::remind
