// The open player: one window, its ImGui backends, the sound, and the routine being played,
// run by a loop that sleeps until something visible changes (after Dear ImGui's
// example_glfw_opengl3). runPlay (run_play.cpp) reads the command line's inputs, opens the
// window and hands both to a PlayerApp; this class owns everything from the first frame on.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/audio_system.h"
#include "core/clock.h"
#include "core/event_script.h"
#include "core/plan.h"
#include "core/routine_library.h"
#include "desktop/player_bus.h"
#include "history/settings.h"
#include "launch/play_options.h"
#include "platform/fonts.h"
#include "platform/screensaver.h"
#include "platform/window.h"
#include "player/editor_panel.h"
#include "player/event_log_sink.h"
#include "player/frame_scheduler.h"
#include "player/frame_timer.h"
#include "player/guide.h"
#include "player/history_panel.h"
#include "player/key_script.h"
#include "player/latency_sink.h"
#include "player/level_panel.h"
#include "player/player_controller.h"
#include "player/player_frame.h"
#include "player/safety_panel.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace matside {

// What the command line asked to play, checked before any window opens.
struct PlayInputs {
    Routine routine;
    std::filesystem::path file;          // where it came from (the default routine's path when none was named)
    std::vector<ScriptedKey> keys;       // --keys
    std::vector<ScriptedCommand> script; // --events
    std::unique_ptr<EventLogSink> log;   // --log-events
};

class PlayerApp {
public:
    // `window` has its GL context current and `fonts` baked; `launch` is when the process
    // started on `clock` (the session's times count from it).
    PlayerApp(const PlayOptions& options, PlayInputs inputs, Settings settings,
              std::unique_ptr<platform::Window> window, platform::FontManager& fonts, const SteadyClock& clock,
              Millis launch);
    // Records what is left (pain rating, note), saves the window, and shuts the backends down.
    ~PlayerApp();
    PlayerApp(const PlayerApp&) = delete;
    PlayerApp& operator=(const PlayerApp&) = delete;

    // Until the person quits (or --exit-after).
    void run();

private:
    // One routine being played: the routine, its plan, and the controller and frame built on
    // them. Picking another routine builds a new one (the plan is referenced everywhere).
    struct Playing {
        Routine routine;
        SafetyPanel safety; // read before the plan: it leaves the paused exercises out
        LevelPanel levels;  // read before the plan too: the dose levels in use (issue 14)
        Routine planned;    // the routine without them, at its levels; the plan points into it
        Plan plan;
        std::filesystem::path file;
        PlayerController controller;
        PlayerFrame frame;
        std::unique_ptr<HistoryPanel> history; // records this routine's session (issue 6)
        Playing(Routine r, std::filesystem::path f, std::vector<ScriptedCommand> script, PlanInputs atStart,
                std::set<std::string>& declinedLevels);
    };

    Millis now() const { return m_clock.now() - m_launch; }

    // --- the routine (player_app.cpp) ---
    void startPlaying(Millis readyAt);
    void switchRoutine(int libraryIndex);
    void replacePlaying(Routine routine, std::filesystem::path file); // outside a session
    void takeBackPaused(); // U or its button: the plan is built again with the exercise
    void answerLevel();    // Y / N or their buttons: a yes builds the plan again at the new dose

    // --- one turn of the loop (player_app.cpp) ---
    void tick(Millis to);      // the session (and its scripted commands) moved on to `to`
    void takeScriptedKeys();   // --keys due by now, each at its time
    void takeInput();          // keys, the window's close button
    void followSessionState(); // screen saver and idle inhibition while a step runs
    bool drawFrameIfDue();     // true when this was the last frame (quit or --exit-after)
    void sleepUntilSomethingChanges();

    // --- what keys and clicks do (player_input.cpp) ---
    void act(const ui::Action& action);
    bool soundAct(const ui::Action& action);   // V, [ and ]: every screen
    bool historyAct(const ui::Action& action); // pain digits, C, L and the plan's keys
    void applyGuideSettings(const GuideResult& g);

    // --- the routine editor (player_editor.cpp, issue 15) ---
    void openEditor(const ui::Action& request);
    void followEditor(); // its commands of the last frame: save, play, close

    const PlayOptions& m_options;
    const SteadyClock& m_clock;
    const Millis m_launch;
    const std::optional<Millis> m_exitAt;
    Settings m_settings;
    std::vector<ScriptedKey> m_keys;
    std::size_t m_nextKey = 0;
    Millis m_lastTick{0}; // the session was last moved to here (scripted keys never go back before it)
    std::unique_ptr<EventLogSink> m_log;
    std::vector<LibraryEntry> m_library; // scanned at start, again when a dropped routine is installed
    Guide m_guide;
    std::unique_ptr<platform::Window> m_window;
    platform::FontManager& m_fonts;
    // Declared before the routine's controllers it listens to, so it outlives them.
    AudioSystem m_audio;
    std::unique_ptr<Playing> m_playing;
    std::optional<Routine> m_guideTexts;
    std::optional<LatencySink> m_latency;
    std::optional<FrameTimer> m_frameTimes; // for bench/run: build-to-swap time of every drawn frame
    FrameScheduler m_scheduler;
    platform::ScreenSaverSuspender m_screenSaver; // bare X servers
    desktop::PlayerBus m_bus;                     // GNOME, KDE, portals
    bool m_quit = false;
    bool m_firstFrame = true;
    std::optional<int> m_pickedRoutine;
    bool m_takeBack = false;                // U pressed: rebuild the plan after this turn
    std::optional<bool> m_levelAnswer;      // Y (true) or N (false) pressed: answered after this turn
    std::set<std::string> m_declinedLevels; // "Not yet" since the player started
    ui::SoundState m_shownSound;
    std::vector<DraftEntry> m_drafts;        // unsaved edits the picker offers
    std::optional<ui::Action> m_editRequest; // New routine, Edit a copy, a draft: after this turn
    std::unique_ptr<EditorPanel> m_editor;   // open: it has the keyboard and covers the window
};

} // namespace matside
