// The Plan my week toggle's ReminderControl: `matside remind`'s own enable/disable/status
// (remind/reminder_control.h), the same the command line uses.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/reminder_factory.h"

#include "core/schedule_status.h"
#include "history/data_dir.h"
#include "history/history_store.h"
#include "history/settings.h"
#include "remind/reminder_control.h"

#include <chrono>
#include <optional>

namespace matside {

namespace {

// The screen asks on every frame it draws; the answer (a stat, a lock probe, settings.json)
// is kept for a second, and dropped at once when the toggle changes it.
class RemindProcessControl final : public ReminderControl {
public:
    bool enabled() const override { return status().enabled; }
    std::string enable() override { return fresh(remind::enableReminders(remind::currentExecutable())); }
    std::string disable() override { return fresh(remind::disableReminders()); }
    std::string statusText() const override {
        const remind::ReminderStatus& s = status();
        if (!s.enabled) return "Reminders off";
        if (!s.pid) return "Reminders on from the next login (not running now)";
        return m_next.empty() ? "Reminders on" : "Reminders on: next " + m_next;
    }

private:
    const remind::ReminderStatus& status() const {
        const auto now = std::chrono::steady_clock::now();
        if (m_checked && now - *m_checked < std::chrono::seconds(1)) return m_status;
        m_checked = now;
        m_status = remind::reminderStatus();
        const Settings settings = loadSettings(settingsPath(resolveConfigDir())).settings;
        const auto next = nextSlot(settings.schedule, std::chrono::system_clock::now());
        m_next = next ? localTimeText(toIsoUtc(next->at), "%a %H:%M") : "";
        return m_status;
    }
    std::string fresh(std::string result) {
        m_checked.reset();
        return result;
    }
    mutable std::optional<std::chrono::steady_clock::time_point> m_checked;
    mutable remind::ReminderStatus m_status;
    mutable std::string m_next;
};

} // namespace

std::unique_ptr<ReminderControl> makeReminderControl() { return std::make_unique<RemindProcessControl>(); }

} // namespace matside
