// Where the player gets its ReminderControl: one function, so the reminder library can plug
// its real one in by replacing reminder_factory.cpp without touching the screens.
#pragma once

#include "core/reminder_control.h"

#include <memory>

namespace matside {

std::unique_ptr<ReminderControl> makeReminderControl();

} // namespace matside
