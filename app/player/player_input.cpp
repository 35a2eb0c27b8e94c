// What keys, clicks and scripted keys do in the open player: sound keys on every screen,
// then history's keys, then the guide's screens, then the session's controller.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/routine_loading.h"
#include "player/document_desk.h"
#include "player/dropped_files.h"
#include "player/player_app.h"
#include "player/player_setup.h"
#include "player/window_placement.h"
#include "ui/theme.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>

namespace matside {

namespace {

ui::NamedKey namedKey(int glfwKey) {
    switch (glfwKey) {
    case GLFW_KEY_SPACE: return ui::NamedKey::Space;
    case GLFW_KEY_ENTER: return ui::NamedKey::Enter;
    case GLFW_KEY_KP_ENTER: return ui::NamedKey::KeypadEnter;
    case GLFW_KEY_LEFT: return ui::NamedKey::Left;
    case GLFW_KEY_RIGHT: return ui::NamedKey::Right;
    case GLFW_KEY_ESCAPE: return ui::NamedKey::Escape;
    case GLFW_KEY_F11: return ui::NamedKey::F11;
    default: return ui::NamedKey::None;
    }
}

std::optional<ui::Action> actionForKey(const platform::RawKey& key) {
    if (key.character) return key.character == U' ' ? std::nullopt : ui::actionForCharacter(key.character);
    if (key.repeat) return std::nullopt; // a held key must not skip through the session
    return ui::actionForKey(namedKey(key.glfwKey));
}

} // namespace

// Scripted keys (--keys) and scripted commands (--events) happen in the order of their
// times, also when a slow start-up makes several of them due in the same turn: the session
// is moved to each key's time before the key.
void PlayerApp::takeScriptedKeys() {
    while (m_nextKey < m_keys.size() && m_keys[m_nextKey].at <= now()) {
        tick(m_keys[m_nextKey].at);
        act(m_keys[m_nextKey++].action);
        m_scheduler.noteInput();
    }
}

void PlayerApp::takeInput() {
    for (const platform::RawKey& key : m_window->takeKeys()) {
        if (m_editor) continue;                     // the editor reads its keys through ImGui
        if (m_playing->history->typing()) continue; // the done screen's note has the keyboard
        if (auto action = actionForKey(key)) act(*action);
    }
    if (importDroppedFiles(m_window->takeDroppedPaths()) > 0) { // the picker lists them at once
        m_library = scanLibraryReporting(assetSearchDirs());
        m_scheduler.noteChange();
    }
    if (m_window->closeRequested()) {
        m_window->cancelClose();
        if (m_editor && !m_editor->requestClose()) return m_scheduler.noteChange(); // asks first
        m_quit = m_quit || m_playing->controller.requestClose(now()).quit;
    }
}

// Every key, click and scripted key: sound and history's keys, then the guide, then the controller.
void PlayerApp::act(const ui::Action& action) {
    Playing& p = *m_playing;
    // P and the PDF buttons (issue 13) are player/document_desk.cpp's.
    if (soundAct(action) || handlePrintAction(action, *p.history, p.controller, m_guide) || historyAct(action)) {
        m_scheduler.noteInput();
        return;
    }
    const GuideResult g = m_guide.handle(action, p.controller, static_cast<int>(m_library.size()));
    for (const ui::Action& a : g.consumed ? g.forward : std::vector<ui::Action>{action}) {
        const WindowRequest r = p.controller.handle(a, now(), m_window->fullscreen());
        if (r.toggleFullscreen) m_window->setFullscreen(!m_window->fullscreen());
        if (r.leaveFullscreen) m_window->setFullscreen(false);
        m_quit = m_quit || r.quit;
    }
    applyGuideSettings(g);
    if (p.controller.muted() != m_settings.mute) { // M: one source of truth, settings.json
        m_settings.mute = p.controller.muted();
        m_audio.cues().setMuted(m_settings.mute);
        if (remembersSettings(m_options)) savePlayerSettings(m_settings);
    }
    if (g.pickRoutine) m_pickedRoutine = g.pickRoutine;
    if (g.edit) m_editRequest = g.edit;
    if (g.consumed) m_scheduler.noteInput();
}

// The first-run acknowledgement, theme and text size the guide's screens change, saved at once.
void PlayerApp::applyGuideSettings(const GuideResult& g) {
    if (g.acknowledged) m_settings.introAcknowledged = true;
    if (g.cycleTheme) {
        ui::setActiveTheme(nextTheme(ui::activeTheme()));
        setTheme(m_settings, ui::activeTheme());
    }
    if (g.cycleTextSize) {
        ui::setActiveTextScale(nextTextScale(ui::activeTextScale()));
        setTextScale(m_settings, ui::activeTextScale());
    }
    if (g.acknowledged || g.cycleTheme || g.cycleTextSize) savePlayerSettings(m_settings);
}

// Sound keys (issue 5) work on every screen: V (voice only), [ and ] (volume). M goes to
// the controller, whose mute the audio follows. Each change is saved as it happens.
bool PlayerApp::soundAct(const ui::Action& a) {
    using K = ui::Action::Kind;
    if (a.kind == K::Voice) {
        m_audio.cues().toggleVoice();
        m_settings.voice = m_audio.cues().voiceEnabled();
    } else if (a.kind == K::VolumeDown || a.kind == K::VolumeUp) {
        const double step = a.kind == K::VolumeUp ? 0.1 : -0.1; // in tenths, so the file says 0.7, not 0.70000001
        m_settings.volume = std::clamp(std::round((m_settings.volume + step) * 10) / 10, 0.0, 1.0);
        m_audio.cues().setVolume(float(m_settings.volume));
    } else {
        return false;
    }
    if (remembersSettings(m_options)) savePlayerSettings(m_settings);
    return true;
}

// History's keys (issue 6) outside the guide's screens: digits rate pain on the ready and
// done screens, C continues, L opens the History screen, which then takes the keyboard.
bool PlayerApp::historyAct(const ui::Action& a) {
    using K = ui::Action::Kind;
    HistoryPanel& history = *m_playing->history;
    const PlayerController& c = m_playing->controller;
    if (m_guide.screen() != ui::GuideScreen::None || c.helpOpen() || c.quitPromptOpen()) return false;
    if (history.historyOpen()) {
        if (a.kind == K::CloseOverlay || a.kind == K::History) history.closeHistory();
        return a.kind != K::Quit && a.kind != K::Fullscreen && a.kind != K::Help && a.kind != K::Mute;
    }
    const SessionState state = c.session().state();
    if ((state == SessionState::Ready || state == SessionState::Done) && m_playing->safety.shownPrompt()) {
        if (a.kind == K::PauseExercise) return m_playing->safety.pausePrompted(history.store()), true;
        if (a.kind == K::CloseOverlay) return m_playing->safety.closePrompt(), true;
    }
    switch (a.kind) {
    case K::History:
        if (state != SessionState::Ready && state != SessionState::Done) return false;
        history.openHistory();
        return true;
    case K::ContinueSession:
        if (auto step = history.acceptResume()) m_playing->controller.startAt(*step, now());
        return state == SessionState::Ready;
    case K::Number: return history.pressDigit((a.index + 1) % 10, now());
    case K::TakeBack: m_takeBack = state == SessionState::Ready; return m_takeBack;
    case K::LevelYes:
    case K::LevelNotYet:
    case K::NewRoutine: // the N key: "not yet" here, a new routine in the picker (guide.cpp)
        if (state != SessionState::Ready || !m_playing->levels.suggestion()) return false;
        m_levelAnswer = a.kind == K::LevelYes;
        return true;
    default: return history.planAct(a, state == SessionState::Ready || state == SessionState::Done);
    }
}

} // namespace matside
