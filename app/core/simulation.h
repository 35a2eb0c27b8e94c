// Plays a whole session on a virtual clock, instantly: the engine behind `matside simulate`.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event_script.h"
#include "core/session.h"

#include <functional>
#include <vector>

namespace matside {

struct SimulationResult {
    Snapshot final;      // the session when the simulation stopped
    Millis endTime{0};   // virtual time of the last thing that happened
};

struct SimulationHooks {
    // Every event, in order (the first is the ready state at t = 0).
    std::function<void(const SessionEvent&, const Session&)> onEvent;
    // A scripted command that does not apply in the state it met.
    std::function<void(const ScriptedCommand&, SessionState)> onIgnored;
};

// Without commands the person presses start at 0 and nothing else. After the last
// command the session runs on by itself until it is done, or stays paused forever (then
// the simulation stops at the last command).
SimulationResult simulateSession(const Plan& plan, std::vector<ScriptedCommand> commands,
                                 const SimulationHooks& hooks);

} // namespace matside
