// `matside play`: the player window. One flat run: load, window, ImGui context and style,
// backends, fonts, the sleeping loop, cleanup (after Dear ImGui's example_glfw_opengl3).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_system.h"
#include "core/clock.h"
#include "core/event_script.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/stderr_line.h"
#include "desktop/player_bus.h"
#include "launch/exit_codes.h"
#include "launch/play_options.h"
#include "launch/routine_loading.h"
#include "platform/fonts.h"
#include "platform/screensaver.h"
#include "platform/screenshot.h"
#include "platform/settings_dir.h"
#include "platform/window.h"
#include "player/event_log_sink.h"
#include "player/latency_sink.h"
#include "player/frame_scheduler.h"
#include "player/frame_timer.h"
#include "player/guide.h"
#include "player/history_panel.h"
#include "player/key_script.h"
#include "player/player_setup.h"
#include "player/player_controller.h"
#include "player/player_frame.h"
#include "ui/theme.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <chrono>
#include <malloc.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <thread>
#include <utility>

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

std::optional<ui::Action> actionFor(const platform::RawKey& key) {
    if (key.character) return key.character == U' ' ? std::nullopt : ui::actionForCharacter(key.character);
    if (key.repeat) return std::nullopt; // a held key must not skip through the session
    return ui::actionForKey(namedKey(key.glfwKey));
}

// ImGui's own ini, kept out of the working folder. The window placement and mute live in
// settings.json (history/settings.h), the one file of the person's settings.
std::filesystem::path iniPath() { return platform::settingsDir() / "imgui.ini"; }

platform::WindowOptions windowOptions(const PlayOptions& o, const std::string& title, const Settings& settings) {
    platform::WindowOptions w;
    w.title = title + " - matside";
    w.fullscreen = o.fullscreen || settings.window.fullscreen;
    if (o.width && o.height) {
        w.width = *o.width;
        w.height = *o.height;
    } else {
        w.width = settings.window.width;
        w.height = settings.window.height;
        w.x = settings.window.x;
        w.y = settings.window.y;
    }
    return w;
}

// Scripts, benches and tests must not change the person's remembered window.
bool remembersSettings(const PlayOptions& o) { return !o.exitAfterSeconds && o.events.empty(); }

void saveSettings(const platform::Window& window, Settings& settings) {
    if (platform::settingsDir().empty()) return;
    std::size_t size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&size);
    if (auto err = platform::writeFileAtomically(iniPath(), std::string(ini, size)))
        std::cerr << "matside: " << *err << "\n";
    const platform::WindowGeometry g = window.geometry();
    settings.window.x = g.x;
    settings.window.y = g.y;
    settings.window.width = g.width;
    settings.window.height = g.height;
    settings.window.fullscreen = g.fullscreen;
    savePlayerSettings(settings);
}

void reportFirstFrame() {
    // For bench/player-cpu: the wall-clock moment of the first frame, to compare with launch.
    if (!std::getenv("MATSIDE_REPORT_FIRST_FRAME")) return;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch()).count();
    std::fprintf(stderr, "matside: first frame at %lld.%09lld\n", static_cast<long long>(ns / 1000000000),
                 static_cast<long long>(ns % 1000000000));
}

// One routine being played: the routine, its plan, and the controller and frame built on
// them. Picking another routine builds a new one (the plan is referenced everywhere).
struct Playing {
    Routine routine;
    Plan plan;
    std::filesystem::path file;
    PlayerController controller;
    PlayerFrame frame;
    std::unique_ptr<HistoryPanel> history; // records this routine's session (issue 6)
    Playing(Routine r, std::filesystem::path f, std::vector<ScriptedCommand> script)
        : routine(std::move(r)), plan(expandPlan(routine)), file(std::move(f)), controller(plan, std::move(script)),
          frame(plan, assetSearchDirs(), [] { platform::Window::wake(); }) {}
};

} // namespace

int runPlay(const PlayOptions& options) {
    // Decoded pictures are a few MB each: a fixed mmap threshold hands them back to the
    // system when freed instead of leaving them in the heap (PSS is part of the budget).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    SteadyClock clock;
    const Millis launch = clock.now();
    auto now = [&] { return clock.now() - launch; };

    // --- what to play -------------------------------------------------------------------
    const std::optional<Routine> routine = loadRoutineOrReport(options.routine);
    if (!routine) return kExitInvalid;
    std::vector<ScriptedKey> keys;
    if (!options.keys.empty()) {
        auto parsed = parseKeyScript(options.keys);
        if (auto* err = std::get_if<std::string>(&parsed)) {
            std::cerr << "matside: --keys: " << *err << "\n";
            return kExitUsage;
        }
        keys = std::get<std::vector<ScriptedKey>>(parsed);
    }

    // --- the person's look and the guide screens (issue 7) -----------------------------
    Settings settings = loadPlayerSettings();
    ui::setActiveTheme(options.theme.empty() ? themeOf(settings) : *themeFromName(options.theme));
    ui::setActiveTextScale(options.textSize.empty() ? textScaleOf(settings) : *textScaleFromName(options.textSize));
    const std::vector<LibraryEntry> library = scanLibraryReporting(assetSearchDirs());
    Guide guide(showFirstRunIntro(settings));
    auto script = parseEventsOrReport(options.events, "matside");
    if (!script) return kExitUsage;
    std::unique_ptr<EventLogSink> log;
    if (!options.logEvents.empty()) {
        std::string err;
        if (!(log = EventLogSink::open(options.logEvents, err))) {
            std::cerr << "matside: " << err << "\n";
            return kExitRuntime;
        }
    }

    // --- Dear ImGui context; fonts baked on a thread while the GL context comes up -------
    // (Mesa takes most of the first 200 ms to create the context; the atlas need not wait.)
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    const platform::WindowOptions placement = windowOptions(options, routine->title, settings);
    std::optional<platform::FontManager> fonts;
    std::thread fontThread([&fonts, &placement] {
        const ui::TypeScale t = ui::typeScaleFor(placement.width, placement.height, 1.0f,
                                                 ui::textScaleFactor(ui::activeTextScale()));
        fonts.emplace().prebuild(platform::FontRequest{t.body, t.heading, t.title, t.digits});
    });

    // --- window and GL context ----------------------------------------------------------
    auto opened = platform::Window::open(placement);
    fontThread.join();
    if (auto* err = std::get_if<std::string>(&opened)) {
        std::cerr << "matside: " << *err << "\n";
        ImGui::DestroyContext();
        return kExitRuntime;
    }
    std::unique_ptr<platform::Window> window = std::move(std::get<0>(opened));
    if (fonts->usingFallback())
        std::cerr << "matside: no usable font found through fontconfig (wanted DejaVu Sans, Debian package "
                     "fonts-dejavu-core): using the built-in pixel font\n";
    // Sound (issue 5): opens its device and voice on its own threads while the first frame is
    // drawn (not before the window: no display means one line on stderr, that one). Declared
    // before the controllers it listens to, so it outlives them. Events are stamped with now().
    AudioSystem audio([&] { return now(); }, AudioSettings{settings.mute, settings.voice, float(settings.volume),
                                                          settings.voiceName, settings.speechRate});

    // --- settings and backends ----------------------------------------------------------
    io.IniFilename = nullptr; // written by us, atomically, under $XDG_CONFIG_HOME/matside
    if (auto ini = platform::readSmallFile(iniPath())) ImGui::LoadIniSettingsFromMemory(ini->data(), ini->size());
    ImGui_ImplGlfw_InitForOpenGL(window->handle(), true); // chains to the window's callbacks
    ImGui_ImplOpenGL3_Init("#version 330 core");

    // --- the session and everything around it ------------------------------------------
    auto playing = std::make_unique<Playing>(*routine, options.routine.empty() ? defaultRoutinePath() : options.routine,
                                             std::move(*script));
    std::optional<Routine> guideTexts;
    std::optional<LatencySink> latency;
    if (std::getenv("MATSIDE_REPORT_LATENCY")) latency.emplace(clock, launch);
    std::optional<FrameTimer> frameTimes; // for bench/run: build-to-swap time of every drawn frame
    if (const char* file = std::getenv("MATSIDE_REPORT_FRAME_TIMES")) frameTimes.emplace(file);
    auto startPlaying = [&](Millis at) { // at: when this routine's ready state begins
        playing->controller.addSink(&audio.cues()); // first: its tones are the most time-critical
        if (log) playing->controller.addSink(log.get());
        if (latency) playing->controller.addSink(&*latency);
        playing->history = std::make_unique<HistoryPanel>(playing->controller.session(), playing->plan, playing->file,
                                                          options.dataDir);
        playing->controller.addSink(&playing->history->sink());
        playing->controller.setMuted(settings.mute); // M is remembered across launches
        playing->frame.setHistory(playing->history.get());
        playing->controller.announceReady(at);
        guideTexts = guideTextsFor(playing->routine, assetSearchDirs());
        playing->frame.setGuide(GuideFrameInput{&guide, &library, playing->file, guideTexts ? &*guideTexts : nullptr});
    };
    startPlaying(Millis{0});
    FrameScheduler scheduler;
    platform::ScreenSaverSuspender screenSaver(window->x11Display()); // bare X servers
    desktop::PlayerBus bus([] { platform::Window::wake(); });         // GNOME, KDE, portals
    const std::optional<Millis> exitAt = options.exitAfterSeconds
        ? std::optional<Millis>(Millis{static_cast<long long>(std::llround(*options.exitAfterSeconds * 1000))})
        : std::nullopt;
    bool quit = false, firstFrame = true;
    std::size_t nextKey = 0;
    std::optional<int> pickedRoutine;
    ui::SoundState shownSound;

    // Sound keys (issue 5) work on every screen: V (voice only), [ and ] (volume). M goes to
    // the controller, whose mute the audio follows. Each change is saved as it happens.
    auto soundAct = [&](const ui::Action& a) {
        using K = ui::Action::Kind;
        if (a.kind == K::Voice) {
            audio.cues().toggleVoice();
            settings.voice = audio.cues().voiceEnabled();
        } else if (a.kind == K::VolumeDown || a.kind == K::VolumeUp) {
            const double step = a.kind == K::VolumeUp ? 0.1 : -0.1; // in tenths, so the file says 0.7, not 0.70000001
            settings.volume = std::clamp(std::round((settings.volume + step) * 10) / 10, 0.0, 1.0);
            audio.cues().setVolume(float(settings.volume));
        } else {
            return false;
        }
        if (remembersSettings(options)) savePlayerSettings(settings);
        return true;
    };
    // History's keys (issue 6) outside the guide's screens: digits rate pain on the ready and
    // done screens, C continues, L opens the History screen, which then takes the keyboard.
    auto historyAct = [&](const ui::Action& a) {
        using K = ui::Action::Kind;
        HistoryPanel& history = *playing->history;
        const PlayerController& c = playing->controller;
        if (guide.screen() != ui::GuideScreen::None || c.helpOpen() || c.quitPromptOpen()) return false;
        if (history.historyOpen()) {
            if (a.kind == K::CloseOverlay || a.kind == K::History) history.closeHistory();
            return a.kind != K::Quit && a.kind != K::Fullscreen && a.kind != K::Help && a.kind != K::Mute;
        }
        const SessionState state = c.session().state();
        switch (a.kind) {
        case K::History:
            if (state != SessionState::Ready && state != SessionState::Done) return false;
            history.openHistory();
            return true;
        case K::ContinueSession:
            if (auto step = history.acceptResume()) playing->controller.startAt(*step, now());
            return state == SessionState::Ready;
        case K::Number: return history.pressDigit((a.index + 1) % 10, now());
        default: return history.planAct(a, state == SessionState::Ready || state == SessionState::Done);
        }
    };
    // Every key, click and scripted key: history's keys, then the guide, then the controller.
    auto act = [&](const ui::Action& action) {
        // P and the PDF buttons (issue 13) are player/document_desk.cpp's.
        if (soundAct(action) || handlePrintAction(action, *playing->history, playing->controller, guide) || historyAct(action)) {
            scheduler.noteInput();
            return;
        }
        const GuideResult g = guide.handle(action, playing->controller, static_cast<int>(library.size()));
        for (const ui::Action& a : g.consumed ? g.forward : std::vector<ui::Action>{action}) {
            const WindowRequest r = playing->controller.handle(a, now(), window->fullscreen());
            if (r.toggleFullscreen) window->setFullscreen(!window->fullscreen());
            if (r.leaveFullscreen) window->setFullscreen(false);
            quit = quit || r.quit;
        }
        if (g.acknowledged) settings.introAcknowledged = true;
        if (g.cycleTheme) ui::setActiveTheme(nextTheme(ui::activeTheme())), setTheme(settings, ui::activeTheme());
        if (g.cycleTextSize)
            ui::setActiveTextScale(nextTextScale(ui::activeTextScale())), setTextScale(settings, ui::activeTextScale());
        if (g.acknowledged || g.cycleTheme || g.cycleTextSize) savePlayerSettings(settings);
        if (playing->controller.muted() != settings.mute) { // M: one source of truth, settings.json
            settings.mute = playing->controller.muted();
            audio.cues().setMuted(settings.mute);
            if (remembersSettings(options)) savePlayerSettings(settings);
        }
        if (g.pickRoutine) pickedRoutine = g.pickRoutine;
        if (g.consumed) scheduler.noteInput();
    };
    // A routine picked in the library replaces the one playing (only outside a session).
    auto switchRoutine = [&](int index) {
        const LibraryEntry& entry = library[static_cast<std::size_t>(index)];
        if (!entry.valid() || entry.file == playing->file) return;
        LoadResult loaded = loadRoutineFile(entry.file, assetSearchDirs());
        if (!loaded.ok()) return;
        if (playing->controller.session().state() == SessionState::Done) playing->controller.close(now());
        playing->history->close();
        playing->frame.releaseTextures();
        playing.reset();
        playing = std::make_unique<Playing>(std::move(*loaded.routine), entry.file, std::vector<ScriptedCommand>{});
        startPlaying(now());
        if (const char* report = std::getenv("MATSIDE_REPORT_LIBRARY"); report && std::string(report) == "1")
            printStderrLine("matside: routine library: now playing " + entry.file.filename().string());
        glfwSetWindowTitle(window->handle(), (playing->routine.title + " - matside").c_str());
        scheduler.noteChange();
    };

    // --- the loop: sleep until something visible changes, then draw --------------------
    while (!quit) {
        if (playing->controller.tick(now())) scheduler.noteChange();
        // The badge follows the device too (found missing, or lost mid-session).
        const ui::SoundState sound{playing->controller.muted(), audio.cues().silent(), !audio.cues().voiceEnabled(),
                                   !audio.cues().voiceAvailable()};
        if (!(sound == shownSound)) scheduler.noteChange(), shownSound = sound;
        playing->frame.setSound(sound);
        for (const platform::RawKey& key : window->takeKeys()) {
            if (playing->history->typing()) continue; // the done screen's note has the keyboard
            if (auto action = actionFor(key)) act(*action);
        }
        while (nextKey < keys.size() && keys[nextKey].at <= now()) {
            act(keys[nextKey++].action);
            scheduler.noteInput();
        }
        if (window->closeRequested()) {
            window->cancelClose();
            quit = quit || playing->controller.requestClose(now()).quit;
        }
        // The screen stays awake only while a step is actually running.
        const SessionState state = playing->controller.session().state();
        const bool stepRunning =
            state == SessionState::Prepare || state == SessionState::Work || state == SessionState::Rest;
        screenSaver.setSuspended(stepRunning);
        bus.setScreenInhibited(stepRunning);
        if (bus.takeRaiseRequest()) window->raise(); // Start now in a reminder, with this player open

        const bool exiting = quit || (exitAt && now() >= *exitAt);
        const Millis t = now();
        if (exiting || scheduler.shouldDraw(t, window->drawable())) {
            if (frameTimes) frameTimes->begin();
            int w = 0, h = 0;
            window->framebufferSize(w, h);
            const auto actions = playing->frame.draw(playing->controller, *fonts, t, w, h, window->contentScale());
            for (const ui::Action& a : actions) act(a);
            if (!actions.empty()) scheduler.noteInput();
            if (auto step = playing->history->afterFrame()) playing->controller.startAt(*step, now()); // Continue clicked
            if (exiting && !options.screenshot.empty()) {
                if (auto err = platform::saveScreenshot(options.screenshot, w, h)) printStderrLine("matside: " + *err);
            }
            window->swapBuffers();
            if (frameTimes) frameTimes->end();
            scheduler.frameDrawn(t);
            if (firstFrame) reportFirstFrame();
            firstFrame = false;
            if (exiting) break;
        }
        scheduler.setNextVisibleChange(earliest(playing->controller.session().nextWakeup(now()), playing->frame.nextAnimationChange()));
        std::optional<Millis> keyAt = nextKey < keys.size() ? std::optional<Millis>(keys[nextKey].at) : std::nullopt;
        // Until the sound device is found or found missing (10 s at most), look again every 100 ms so the
        // badge appears on an idle ready screen too.
        if (now() < Millis{10000} && audio.output().deviceName().empty() && audio.output().failure().empty())
            keyAt = earliest(keyAt, now() + Millis{100});
        const auto sleep = scheduler.sleepFor(now(), window->drawable(),
                                              earliest(earliest(playing->controller.nextDeadline(now()), exitAt), keyAt));
        // Round up: waking a millisecond early would only mean a second, useless wake.
        window->waitEvents(sleep ? std::optional<double>((sleep->count() + 1) / 1000.0) : std::nullopt);
        if (window->takeActivity()) scheduler.noteInput();
        if (playing->frame.picturesArrived()) scheduler.noteChange();
        if (pickedRoutine) switchRoutine(*std::exchange(pickedRoutine, std::nullopt));
    }

    // --- cleanup ------------------------------------------------------------------------
    playing->controller.close(now());
    playing->history->close(); // the done screen's pain rating and note
    if (remembersSettings(options)) saveSettings(*window, settings);
    playing->frame.releaseTextures();
    if (frameTimes) frameTimes->report();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return kExitOk;
}

} // namespace matside
