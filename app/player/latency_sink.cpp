// Lateness of state changes against their deadlines, reported when the player closes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/latency_sink.h"

#include <algorithm>
#include <cstdio>

namespace matside {

void LatencySink::onEvents(const std::vector<SessionEvent>& events, const Snapshot&) {
    // Only deadlines count: a batch caused by a command (key or script) has no deadline.
    for (const SessionEvent& e : events)
        if (std::holds_alternative<CommandEvent>(e.what)) return;
    const Millis now = m_clock.now() - m_launch;
    for (const SessionEvent& e : events) {
        const auto* state = std::get_if<StateEvent>(&e.what);
        if (!state || state->state == SessionState::Ready) continue; // ready has no deadline
        m_worst = std::max(m_worst, now - e.t);
        ++m_count;
    }
}

void LatencySink::onClose(const Snapshot&) {
    std::fprintf(stderr, "matside: %d state changes, noticed at most %lld ms after their deadline\n", m_count,
                 static_cast<long long>(m_worst.count()));
}

} // namespace matside
