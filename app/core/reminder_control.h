// The seam between the Plan my week screen and whatever raises reminders: the screen's
// Reminders on/off toggle calls this; `matside remind` (its own library) implements it.
#pragma once

#include <string>

namespace matside {

class ReminderControl {
public:
    virtual ~ReminderControl() = default;
    // Whether reminders are on now (e.g. the autostart entry exists).
    virtual bool enabled() const = 0;
    // Turn them on / off. Returns empty on success, else one line for the person.
    virtual std::string enable() = 0;
    virtual std::string disable() = 0;
    // One line for the screen: "Reminders on: next 18:30", "No notification service: ...".
    virtual std::string statusText() const = 0;
};

// Used until a real one is plugged in: reminders are not available in this build.
class NoReminders final : public ReminderControl {
public:
    bool enabled() const override { return false; }
    std::string enable() override { return "Reminders are not available in this build of matside"; }
    std::string disable() override { return {}; }
    std::string statusText() const override { return "Reminders: not available"; }
};

} // namespace matside
