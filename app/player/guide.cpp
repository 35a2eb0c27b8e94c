// The guide's rules. Safety first: X works on every screen during a session; the first-run
// screen takes the keyboard until it is acknowledged; everything else closes with Esc.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/guide.h"

namespace matside {

using K = ui::Action::Kind;
using ui::GuideScreen;

namespace {

bool inSession(const PlayerController& c) { return c.sessionRunning(); }
bool running(const PlayerController& c) { return c.sessionRunning() && c.session().state() != SessionState::Paused; }
int exerciseCount(const PlayerController& c) { return static_cast<int>(c.session().plan().routine->exercises.size()); }

// Actions that mean the same on every screen and go straight to the controller.
bool passesThrough(K kind) {
    return kind == K::Quit || kind == K::ConfirmQuit || kind == K::Fullscreen || kind == K::Mute || kind == K::Help;
}

} // namespace

Guide::Guide(bool firstRun) : m_screen(firstRun ? GuideScreen::Intro : GuideScreen::None) {}

void Guide::openExercise(int index, const PlayerController& controller, GuideResult& r) {
    if (index < 0 || index >= exerciseCount(controller)) return;
    m_exercise = index;
    m_screen = GuideScreen::Exercise;
    // Reading takes a moment: the step waits for the person.
    if (running(controller)) r.forward.push_back(ui::Action::session(Command::Pause));
}

GuideResult Guide::handle(const ui::Action& a, const PlayerController& controller, int routineCount) {
    GuideResult r;
    if (controller.quitPromptOpen()) return r; // the quit question answers first
    if (a.kind == K::Theme || a.kind == K::TextSize) {
        r.consumed = true;
        (a.kind == K::Theme ? r.cycleTheme : r.cycleTextSize) = true;
        return r;
    }
    if (a.kind == K::ItHurts && m_screen != GuideScreen::Intro) {
        r.consumed = true;
        if (inSession(controller)) {
            if (running(controller)) r.forward.push_back(ui::Action::session(Command::Pause));
            m_screen = GuideScreen::Pain;
        } else {
            m_screen = GuideScreen::About; // before or after a session: the red flags
        }
        return r;
    }
    if (m_screen != GuideScreen::None) return handleOpen(a, controller, routineCount);
    if (passesThrough(a.kind) || a.kind == K::CloseOverlay) return r;

    r.consumed = true;
    switch (a.kind) {
    case K::About: m_screen = GuideScreen::About; break;
    case K::Tips: m_screen = GuideScreen::Tips; break;
    case K::Routines:
        if (!inSession(controller)) m_screen = GuideScreen::Routines;
        break;
    case K::PickRoutine:
        if (!inSession(controller) && a.index >= 0 && a.index < routineCount) r.pickRoutine = a.index;
        break;
    case K::ExerciseInfo: {
        int index = a.index;
        if (index < 0 && controller.snapshot(Millis{0}).step) index = int(controller.snapshot(Millis{0}).step->exerciseIndex);
        openExercise(std::max(index, 0), controller, r);
        break;
    }
    case K::Number: r.consumed = false; break; // the pain rating's on the ready and done screens
    case K::Session:
        // Ending for pain only from the "It hurts" card, where the advice was read.
        if (a.command != Command::StopForPain) r.consumed = false;
        break;
    default: r.consumed = false; break;
    }
    return r;
}

GuideResult Guide::handleOpen(const ui::Action& a, const PlayerController& controller, int routineCount) {
    GuideResult r;
    r.consumed = true;
    const bool session = a.kind == K::Session;
    switch (m_screen) {
    case GuideScreen::Intro:
        // Only the acknowledgement (Enter, Space, Esc or the button) or leaving the app.
        if (a.kind == K::Acknowledge || a.kind == K::CloseOverlay ||
            (session && (a.command == Command::Toggle || a.command == Command::Done))) {
            m_screen = GuideScreen::None;
            r.acknowledged = true;
        } else if (passesThrough(a.kind) && a.kind != K::Help) {
            r.consumed = false;
        }
        return r;
    case GuideScreen::Pain:
        if (session && (a.command == Command::SkipExercise || a.command == Command::StopForPain)) {
            m_screen = GuideScreen::None;
            r.forward.push_back(a);
            // Skipping goes on with the next exercise's get-ready countdown.
            if (a.command == Command::SkipExercise) r.forward.push_back(ui::Action::session(Command::Resume));
        } else if (session && a.command == Command::Toggle) {
            m_screen = GuideScreen::None;
            r.forward.push_back(ui::Action::session(Command::Resume));
        } else if (a.kind == K::CloseOverlay) {
            m_screen = GuideScreen::None; // stays paused: the paused card takes over
        } else if (passesThrough(a.kind)) {
            r.consumed = false;
        }
        return r;
    default: break;
    }
    // About, Tips, Exercise, Routines: Esc or the same key closes; others switch.
    const K same = m_screen == GuideScreen::About ? K::About
                 : m_screen == GuideScreen::Tips ? K::Tips
                 : m_screen == GuideScreen::Routines ? K::Routines : K::ExerciseInfo;
    if (a.kind == K::CloseOverlay || (a.kind == same && a.index < 0)) {
        m_screen = GuideScreen::None;
    } else if (a.kind == K::About) {
        m_screen = GuideScreen::About;
    } else if (a.kind == K::Tips) {
        m_screen = GuideScreen::Tips;
    } else if (a.kind == K::ExerciseInfo) {
        openExercise(a.index < 0 ? m_exercise : a.index, controller, r);
    } else if (m_screen == GuideScreen::Routines &&
               (a.kind == K::NewRoutine || a.kind == K::EditCopy || a.kind == K::ResumeDraft ||
                (session && a.command == Command::StopForPain))) {
        // The editor (issue 15) takes over the window; E is "edit a copy" of the one playing.
        r.edit = session ? ui::Action::indexed(K::EditCopy, -1) : a;
        m_screen = GuideScreen::None;
    } else if (a.kind == K::Number || a.kind == K::PickRoutine) {
        if (m_screen == GuideScreen::Routines) {
            if (a.index >= 0 && a.index < routineCount) {
                r.pickRoutine = a.index;
                m_screen = GuideScreen::None;
            }
        } else if (m_screen == GuideScreen::Exercise && a.kind == K::Number) {
            openExercise(a.index, controller, r);
        }
    } else if (session && a.command == Command::Toggle) {
        m_screen = GuideScreen::None; // Space: close and go (start or resume)
        r.forward.push_back(a);
    } else if (passesThrough(a.kind)) {
        r.consumed = false;
    }
    return r;
}

} // namespace matside
