// The player's state outside the session (overlays, mute, quit question) and the glue that
// turns actions and scripted commands into session commands and events for the sinks.
// No window, no GL: tested directly in tests/ui.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event_script.h"
#include "core/event_sink.h"
#include "core/session.h"
#include "ui/keymap.h"

#include <optional>
#include <vector>

namespace matside {

// What the window must do after an action (the controller cannot touch the window itself).
struct WindowRequest {
    bool toggleFullscreen = false;
    bool leaveFullscreen = false;
    bool quit = false;
};

class PlayerController {
public:
    PlayerController(const Plan& plan, std::vector<ScriptedCommand> script);

    void addSink(EventSink* sink) { m_sinks.push_back(sink); }
    // Tells the sinks where the session starts (the ready state at `now`), as simulate does.
    void announceReady(Millis now);

    // Applies scripted commands due by `now`, then moves the session to `now`.
    // Returns true when anything happened (the screen must be redrawn).
    bool tick(Millis now);

    // A key, a button or a click. `fullscreen` says whether the window is fullscreen now
    // (Esc leaves it when no overlay is open).
    WindowRequest handle(const ui::Action& action, Millis now, bool fullscreen);

    // Starts the session at plan step `step` (continuing an interrupted session, issue 6).
    void startAt(std::size_t step, Millis now) { dispatch(m_session.startAt(step, now), now); }

    // The window's close button: same as Q.
    WindowRequest requestClose(Millis now) { return handle(ui::Action::of(ui::Action::Kind::Quit), now, false); }

    // The next moment tick() has something to do.
    std::optional<Millis> nextDeadline(Millis now) const;

    // Tells the sinks the session is over (the window is closing).
    void close(Millis now);

    const Session& session() const { return m_session; }
    Snapshot snapshot(Millis now) const { return m_session.snapshot(now); }
    bool helpOpen() const { return m_helpOpen; }
    bool quitPromptOpen() const { return m_quitPrompt; }
    bool muted() const { return m_muted; }
    void setMuted(bool muted) { m_muted = muted; } // from the remembered settings
    bool sessionRunning() const; // started and not done (pauses included)
    bool scriptFinished() const { return m_nextScripted >= m_script.size(); }

private:
    void apply(Command command, Millis now);
    void dispatch(const std::vector<SessionEvent>& events, Millis now);

    Session m_session;
    std::vector<ScriptedCommand> m_script;
    std::size_t m_nextScripted = 0;
    std::vector<EventSink*> m_sinks;
    bool m_helpOpen = false;
    bool m_quitPrompt = false;
    bool m_muted = false;
};

} // namespace matside
