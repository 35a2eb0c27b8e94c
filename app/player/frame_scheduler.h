// When the player must draw and how long it may sleep: pure logic, so the "never spin"
// rule is unit-tested rather than hoped for.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <optional>

namespace matside {

class FrameScheduler {
public:
    // Dear ImGui needs a couple of frames to settle hover and click states after input.
    static constexpr int kFramesAfterInput = 3;

    void noteInput();    // a key, click, resize or expose: draw kFramesAfterInput frames
    void noteChange();   // the session changed: draw one frame
    // The next moment the picture changes by itself (timer second, animation); nothing: never.
    void setNextVisibleChange(std::optional<Millis> at) { m_nextVisible = at; }

    bool shouldDraw(Millis now, bool drawable) const;
    void frameDrawn(Millis now);

    // How long the loop may sleep: zero while frames are pending, else until the earlier
    // of the next visible change (only when drawable) and `logicDeadline` (scripted
    // commands, session deadlines, exit). Nothing: sleep until an event arrives.
    std::optional<Millis> sleepFor(Millis now, bool drawable, std::optional<Millis> logicDeadline) const;

    int pendingFrames() const { return m_pending; }

private:
    int m_pending = 1; // the first frame
    std::optional<Millis> m_nextVisible;
};

// The earlier of two optional moments.
std::optional<Millis> earliest(std::optional<Millis> a, std::optional<Millis> b);

} // namespace matside
