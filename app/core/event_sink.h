// The seam for everything that reacts to the session: sound and voice, the history, the
// event log. The loop hands every batch of events to each sink, in order. It lives in the
// core beside the events it carries, so audio and history need not reach up into the player.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"

#include <vector>

namespace matside {

struct EventSink {
    virtual ~EventSink() = default;
    // `events` happened (each stamped with its deadline); `snapshot` is the session right after.
    virtual void onEvents(const std::vector<SessionEvent>& events, const Snapshot& snapshot) = 0;
    // The session is over or the window is closing; flush what needs flushing.
    virtual void onClose(const Snapshot&) {}
};

} // namespace matside
