// Enable/disable: the autostart entry for the next logins, the process for this one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/reminder_control.h"

#include "notify/notifier.h"
#include "remind/autostart.h"
#include "remind/remind_lock.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace matside::remind {

namespace {

constexpr auto kWaitStep = std::chrono::milliseconds(20);
constexpr int kWaitSteps = 150; // 3 s

// Starts `exe remind` detached (its own session, stdin from /dev/null; stderr kept, so its
// own lines still reach the person), reaping the intermediate child at once.
bool startDetached(const std::filesystem::path& exe) {
    const pid_t first = ::fork();
    if (first < 0) return false;
    if (first == 0) {
        ::setsid();
        if (::fork() != 0) ::_exit(0);
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) ::dup2(null, 0), ::dup2(null, 1);
        ::execl(exe.c_str(), exe.c_str(), "remind", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(first, &status, 0) < 0 && errno == EINTR) {}
    return true;
}

} // namespace

std::filesystem::path currentExecutable() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path("matside") : exe;
}

ReminderStatus reminderStatus() {
    ReminderStatus s;
    s.entry = autostartEntryPath();
    std::error_code ec;
    s.enabled = std::filesystem::exists(s.entry, ec);
    s.pid = runningRemindPid();
    return s;
}

std::string enableReminders(const std::filesystem::path& exe) {
    if (remindLockPath().empty())
        return "XDG_RUNTIME_DIR is not set, so reminders cannot run here; turn them on inside a desktop session";
    {
        // The same checks the process makes, so the person reads the reason here, not never.
        auto probe = notify::Notifier::open();
        if (auto* err = std::get_if<std::string>(&probe)) return *err;
    }
    if (auto err = writeAutostartEntry(exe); !err.empty()) return err;
    if (runningRemindPid()) return {};
    if (!startDetached(exe)) return "cannot start matside remind: fork failed";
    for (int i = 0; i < kWaitSteps; ++i) {
        if (runningRemindPid()) return {};
        std::this_thread::sleep_for(kWaitStep);
    }
    return "matside remind did not start within 3 s (its own message, if any, is above); the autostart entry "
           "is written, so it starts with your next login";
}

std::string disableReminders() {
    std::string error = removeAutostartEntry();
    if (const auto pid = runningRemindPid()) {
        ::kill(*pid, SIGTERM);
        for (int i = 0; i < kWaitSteps && runningRemindPid(); ++i) std::this_thread::sleep_for(kWaitStep);
        if (runningRemindPid() && error.empty())
            error = "matside remind (pid " + std::to_string(*pid) + ") did not stop within 3 s";
    }
    return error;
}

} // namespace matside::remind
