// For bench/player-cpu (MATSIDE_REPORT_LATENCY=1): how late the loop noticed each state
// change that a deadline caused, i.e. how far the screen (and a sound) lagged the session.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/event_sink.h"

namespace matside {

class LatencySink final : public EventSink {
public:
    // `launch` is the session time line's zero on `clock`.
    LatencySink(const Clock& clock, Millis launch) : m_clock(clock), m_launch(launch) {}
    void onEvents(const std::vector<SessionEvent>& events, const Snapshot& snapshot) override;
    // Prints "matside: N state changes, noticed at most M ms after their deadline" on stderr.
    void onClose(const Snapshot& snapshot) override;

    Millis worst() const { return m_worst; }
    int count() const { return m_count; }

private:
    const Clock& m_clock;
    Millis m_launch;
    Millis m_worst{0};
    int m_count = 0;
};

} // namespace matside
