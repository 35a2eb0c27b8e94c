// Scripted commands, "SECONDS:COMMAND,..." as given to `simulate --events` and `play --events`.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/session.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace matside {

struct ScriptedCommand {
    Millis at{0};   // since launch
    Command command;
};

// Parses the SPEC; on error returns a message naming the bad item and what was expected.
// Times must not go backwards.
std::variant<std::vector<ScriptedCommand>, std::string> parseEventScript(std::string_view spec);

} // namespace matside
