// The virtual-clock driver: scripted commands at their times, deadlines in between.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation.h"

#include <algorithm>

namespace matside {

SimulationResult simulateSession(const Plan& plan, std::vector<ScriptedCommand> commands,
                                 const SimulationHooks& hooks) {
    if (commands.empty()) commands.push_back({Millis{0}, Command::Start});
    Session session(plan);
    Millis last{0};
    auto emit = [&](const std::vector<SessionEvent>& events) {
        for (const auto& e : events) {
            last = std::max(last, e.t);
            if (hooks.onEvent) hooks.onEvent(e, session);
        }
    };
    emit({{Millis{0}, StateEvent{SessionState::Ready, std::nullopt}}});

    for (const auto& c : commands) {
        auto events = session.apply(c.command, c.at);
        const bool applied = std::any_of(events.begin(), events.end(), [](const SessionEvent& e) {
            return std::holds_alternative<CommandEvent>(e.what);
        });
        emit(events);
        last = std::max(last, c.at);
        if (!applied && hooks.onIgnored) hooks.onIgnored(c, session.state());
    }
    // Run out the rest of the session. Each pass jumps to the planned end; a pass can stop
    // short only if the plan changed under it, so a few passes always suffice.
    for (int pass = 0; pass < 8; ++pass) {
        const SessionState s = session.state();
        if (s == SessionState::Done || s == SessionState::Paused || s == SessionState::Ready) break;
        const Snapshot snap = session.snapshot(last);
        emit(session.advance(last + snap.sessionRemaining));
    }
    return {session.snapshot(last), last};
}

} // namespace matside
