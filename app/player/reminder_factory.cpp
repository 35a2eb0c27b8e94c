// Until `matside remind` lands, the Plan my week toggle says reminders are not available.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/reminder_factory.h"

namespace matside {

std::unique_ptr<ReminderControl> makeReminderControl() { return std::make_unique<NoReminders>(); }

} // namespace matside
