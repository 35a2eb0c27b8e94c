// Time for the core: a monotonic millisecond count, from a real or a virtual clock.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>

namespace matside {

// Milliseconds on a monotonic time line. Only differences mean anything.
using Millis = std::chrono::milliseconds;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Millis now() const = 0;
};

// Production clock: std::chrono::steady_clock, immune to wall-clock jumps.
class SteadyClock final : public Clock {
public:
    Millis now() const override;
};

// Test and `simulate` clock: time moves only when told to.
class VirtualClock final : public Clock {
public:
    explicit VirtualClock(Millis start = Millis{0}) : m_now(start) {}
    Millis now() const override { return m_now; }
    void set(Millis t) { m_now = t; }
    void advance(Millis d) { m_now += d; }

private:
    Millis m_now;
};

} // namespace matside
