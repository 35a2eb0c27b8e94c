// Desktop notifications (org.freedesktop.Notifications, through libnotify) for reminders.
// Callers see plain C++; action callbacks arrive from the GLib main loop the caller runs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <variant>

namespace matside::notify {

enum class ReminderAction {
    StartNow,  // "Start now": open the player on the routine
    Snooze,    // "In 10 minutes"
    SkipToday, // "Skip today"
};
const char* toString(ReminderAction action); // "start", "snooze", "skip"

struct Reminder {
    std::string summary; // "Time for: SI joint routine"
    std::string body;    // "About 23 minutes. Planned for 08:00."
};

class Notifier {
public:
    // Connects to the session bus and asks the notification service what it can do.
    // Returns one line for the person when there is no bus or no service.
    static std::variant<std::unique_ptr<Notifier>, std::string> open();
    ~Notifier();
    Notifier(const Notifier&) = delete;
    Notifier& operator=(const Notifier&) = delete;

    bool hasActions() const { return m_actions; } // the service shows buttons
    const std::string& serverName() const { return m_server; }

    // Shows `reminder` under `key` (a routine id), replacing the one shown before under that
    // key: one on screen per key, never a pile. With actions, `onAction` runs when the person
    // picks one. Returns an error line, empty on success.
    std::string show(const std::string& key, const Reminder& reminder, std::function<void(ReminderAction)> onAction);
    void withdraw(); // closes every one on screen

    struct Shown;

private:
    Notifier() = default;
    bool m_actions = false;
    std::string m_server;
    std::map<std::string, std::unique_ptr<Shown>> m_shown; // by key
};

} // namespace matside::notify
