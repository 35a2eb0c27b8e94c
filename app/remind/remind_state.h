// remind-state.json in the data folder: what `matside remind` handled, skipped and snoozed,
// so a restart (a new login, a reboot) neither repeats a reminder nor forgets a skip.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remind/reminder_planner.h"

#include <filesystem>
#include <string>

namespace matside::remind {

struct LoadedState {
    PlannerState state;
    std::string notice; // one line when the file was bad (then the state starts fresh)
};

std::filesystem::path remindStatePath(const std::filesystem::path& dataDir); // <data>/remind-state.json
LoadedState loadRemindState(const std::filesystem::path& file);
std::string saveRemindState(const PlannerState& state, const std::filesystem::path& file); // error line or ""
std::string remindStateToJson(const PlannerState& state);

} // namespace matside::remind
