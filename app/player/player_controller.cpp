// Player state and action handling: overlays first, then the session.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/player_controller.h"

#include <algorithm>

namespace matside {

using Kind = ui::Action::Kind;

PlayerController::PlayerController(const Plan& plan, std::vector<ScriptedCommand> script)
    : m_session(plan), m_script(std::move(script)) {}

bool PlayerController::sessionRunning() const {
    const SessionState s = m_session.state();
    return s != SessionState::Ready && s != SessionState::Done;
}

void PlayerController::dispatch(const std::vector<SessionEvent>& events, Millis now) {
    if (events.empty()) return;
    const Snapshot snap = m_session.snapshot(now);
    for (EventSink* sink : m_sinks) sink->onEvents(events, snap);
}

void PlayerController::announceReady(Millis now) {
    dispatch({SessionEvent{now, StateEvent{m_session.state(), std::nullopt}}}, now);
}

void PlayerController::apply(Command command, Millis now) { dispatch(m_session.apply(command, now), now); }

bool PlayerController::tick(Millis now) {
    bool changed = false;
    while (m_nextScripted < m_script.size() && m_script[m_nextScripted].at <= now) {
        // Applied at its own moment (the loop wakes for it), like a key pressed on time.
        const ScriptedCommand& c = m_script[m_nextScripted++];
        const auto events = m_session.apply(c.command, c.at);
        changed = changed || !events.empty();
        dispatch(events, c.at);
    }
    const auto events = m_session.advance(now);
    dispatch(events, now);
    return changed || !events.empty();
}

WindowRequest PlayerController::handle(const ui::Action& action, Millis now, bool fullscreen) {
    WindowRequest request;
    // The quit question takes the keyboard: only Q (again) or Esc mean anything there.
    if (m_quitPrompt) {
        if (action.kind == Kind::Quit || action.kind == Kind::ConfirmQuit) {
            if (sessionRunning()) apply(Command::Quit, now);
            request.quit = true;
        }
        if (action.kind == Kind::CloseOverlay) m_quitPrompt = false;
        return request;
    }
    switch (action.kind) {
    case Kind::Session:
        if (m_session.state() == SessionState::Done) break;
        apply(action.command, now);
        break;
    case Kind::Fullscreen: request.toggleFullscreen = true; break;
    case Kind::Help: m_helpOpen = !m_helpOpen; break;
    case Kind::Mute: m_muted = !m_muted; break;
    case Kind::CloseOverlay:
        if (m_helpOpen) m_helpOpen = false;
        else if (fullscreen) request.leaveFullscreen = true;
        break;
    case Kind::Quit:
        if (sessionRunning()) {
            m_quitPrompt = true;
            m_helpOpen = false;
        } else {
            request.quit = true;
        }
        break;
    case Kind::ConfirmQuit:
        if (sessionRunning()) apply(Command::Quit, now);
        request.quit = true;
        break;
    default: break; // guidance screens, theme, text size: the Guide's (player/guide.h)
    }
    return request;
}

std::optional<Millis> PlayerController::nextDeadline(Millis now) const {
    std::optional<Millis> next = m_session.nextWakeup(now);
    if (m_nextScripted < m_script.size()) {
        const Millis at = m_script[m_nextScripted].at;
        next = next ? std::min(*next, at) : at;
    }
    return next;
}

void PlayerController::close(Millis now) {
    const Snapshot snap = m_session.snapshot(now);
    for (EventSink* sink : m_sinks) sink->onClose(snap);
}

} // namespace matside
