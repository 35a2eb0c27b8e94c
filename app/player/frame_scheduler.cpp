// Frame scheduling: frames after input, one frame per visible change, otherwise sleep.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/frame_scheduler.h"

#include <algorithm>

namespace matside {

std::optional<Millis> earliest(std::optional<Millis> a, std::optional<Millis> b) {
    if (!a) return b;
    if (!b) return a;
    return std::min(*a, *b);
}

void FrameScheduler::noteInput() { m_pending = std::max(m_pending, kFramesAfterInput); }
void FrameScheduler::noteChange() { m_pending = std::max(m_pending, 1); }

bool FrameScheduler::shouldDraw(Millis now, bool drawable) const {
    if (!drawable) return false;
    return m_pending > 0 || (m_nextVisible && now >= *m_nextVisible);
}

void FrameScheduler::frameDrawn(Millis now) {
    if (m_pending > 0) --m_pending;
    if (m_nextVisible && now >= *m_nextVisible) m_nextVisible.reset();
}

std::optional<Millis> FrameScheduler::sleepFor(Millis now, bool drawable, std::optional<Millis> logicDeadline) const {
    if (drawable && m_pending > 0) return Millis{0};
    const std::optional<Millis> until = earliest(drawable ? m_nextVisible : std::nullopt, logicDeadline);
    if (!until) return std::nullopt;
    return std::max(*until - now, Millis{0});
}

} // namespace matside
