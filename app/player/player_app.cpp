// The open player (see player_app.h): the routine being played, and the loop that sleeps
// until something visible changes, then draws.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/player_app.h"

#include "core/feedback_rules.h"
#include "core/paths.h"
#include "core/routine_json.h"
#include "core/stderr_line.h"
#include "history/data_dir.h"
#include "launch/routine_loading.h"
#include "platform/screenshot.h"
#include "player/player_setup.h"
#include "player/window_placement.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

namespace matside {

namespace {

std::optional<Millis> exitTime(const PlayOptions& o) {
    if (!o.exitAfterSeconds) return std::nullopt;
    return Millis{static_cast<long long>(std::llround(*o.exitAfterSeconds * 1000))};
}

void reportFirstFrame() {
    // For bench/player-cpu: the wall-clock moment of the first frame, to compare with launch.
    if (!std::getenv("MATSIDE_REPORT_FIRST_FRAME")) return;
    const auto ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    std::fprintf(stderr, "matside: first frame at %lld.%09lld\n", static_cast<long long>(ns / 1000000000),
                 static_cast<long long>(ns % 1000000000));
}

} // namespace

PlayerApp::Playing::Playing(Routine r, std::filesystem::path f, std::vector<ScriptedCommand> script, PlanInputs atStart,
                            std::set<std::string>& declinedLevels)
    : routine(std::move(r)),
      safety(routine.id, std::move(atStart.paused)),
      levels(routine.id, std::move(atStart.levels), declinedLevels),
      planned(withLevels(withoutPaused(routine, safety.pausedIds()), levels.inUse())),
      plan(expandPlan(planned)),
      file(std::move(f)),
      controller(plan, std::move(script)),
      frame(plan, [] { platform::Window::wake(); }) {}

PlayerApp::PlayerApp(const PlayOptions& options, PlayInputs inputs, Settings settings,
                     std::unique_ptr<platform::Window> window, platform::FontManager& fonts, const SteadyClock& clock,
                     Millis launch)
    : m_options(options),
      m_clock(clock),
      m_launch(launch),
      m_exitAt(exitTime(options)),
      m_settings(std::move(settings)),
      m_keys(std::move(inputs.keys)),
      m_log(std::move(inputs.log)),
      m_library(scanLibraryReporting(assetSearchDirs())),
      m_guide(showFirstRunIntro(m_settings)),
      m_window(std::move(window)),
      m_fonts(fonts),
      // Sound (issue 5) opens its device and voice on its own threads while the first frame
      // is drawn. Events are stamped with now().
      m_audio([this] { return now(); }, AudioSettings{m_settings.mute, m_settings.voice, float(m_settings.volume),
                                                      m_settings.voiceName, m_settings.speechRate}),
      m_screenSaver(m_window->x11Display()),
      m_bus([] { platform::Window::wake(); }),
      m_drafts(findDrafts(userRoutinesDir())) {
    loadImGuiIni();
    ImGui_ImplGlfw_InitForOpenGL(m_window->handle(), true); // chains to the window's callbacks
    ImGui_ImplOpenGL3_Init("#version 330 core");
    PlanInputs atStart = readPlanInputs(historyDbPath(resolveDataDir(m_options.dataDir)), inputs.routine.id);
    m_playing = std::make_unique<Playing>(std::move(inputs.routine), std::move(inputs.file), std::move(inputs.script),
                                          std::move(atStart), m_declinedLevels);
    if (std::getenv("MATSIDE_REPORT_LATENCY")) m_latency.emplace(m_clock, m_launch);
    if (const char* file = std::getenv("MATSIDE_REPORT_FRAME_TIMES")) m_frameTimes.emplace(file);
    startPlaying(Millis{0});
}

PlayerApp::~PlayerApp() {
    m_playing->controller.close(now());
    m_playing->history->close(); // the done screen's pain rating and note
    if (remembersSettings(m_options)) saveWindowPlacement(*m_window, m_settings);
    if (std::getenv("MATSIDE_REPORT_TEXTURES")) // texture bytes: llvmpipe keeps them in process memory
        std::fprintf(stderr, "matside: textures at exit: pictures %zu bytes, font atlas %zu bytes\n",
                     m_playing->frame.pictureTextureBytes(), m_fonts.textureBytes());
    m_playing->frame.releaseTextures();
    if (m_frameTimes) m_frameTimes->report();
    m_fonts.releaseTexture(); // ours, not the backend's: while the context is current
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
}

void PlayerApp::startPlaying(Millis readyAt) {
    Playing& p = *m_playing;
    p.controller.addSink(&m_audio.cues()); // first: its tones are the most time-critical
    if (m_log) p.controller.addSink(m_log.get());
    if (m_latency) p.controller.addSink(&*m_latency);
    p.history = std::make_unique<HistoryPanel>(p.controller.session(), p.plan, p.file, m_options.dataDir);
    p.controller.addSink(&p.history->sink());
    p.controller.setMuted(m_settings.mute); // M is remembered across launches
    p.frame.setHistory(p.history.get());
    p.history->checkin().pausedLines = p.safety.pausedLines();
    p.safety.refreshPrompts(p.history->store()); // the last session's, on the ready screen
    p.levels.refresh(p.history->store(), p.planned);
    p.history->checkin().levelLines = levelLines(p.planned);
    p.history->checkin().levelQuestion = p.levels.suggestion() ? p.levels.suggestion()->question : "";
    p.controller.announceReady(readyAt);
    m_guideTexts = guideTextsFor(p.routine, assetSearchDirs());
    p.frame.setGuide(GuideFrameInput{&m_guide, &m_library, p.file, m_guideTexts ? &*m_guideTexts : nullptr, &m_drafts});
    p.frame.setOverlay([this](const ui::ViewContext& ctx) {
        if (m_editor) m_editor->draw(ctx);
    });
    p.frame.setSafety(&p.safety, m_guideTexts ? m_guideTexts->redFlags : p.routine.redFlags);
}

// A routine picked in the library replaces the one playing (only outside a session).
void PlayerApp::switchRoutine(int index) {
    const LibraryEntry& entry = m_library[static_cast<std::size_t>(index)];
    if (!entry.valid() || entry.file == m_playing->file) return;
    LoadResult loaded = loadRoutineFile(entry.file, assetSearchDirs());
    if (!loaded.ok()) return;
    replacePlaying(std::move(*loaded.routine), entry.file);
    if (const char* report = std::getenv("MATSIDE_REPORT_LIBRARY"); report && std::string(report) == "1")
        printStderrLine("matside: routine library: now playing " + entry.file.filename().string());
    glfwSetWindowTitle(m_window->handle(), (m_playing->routine.title + " - matside").c_str());
    m_scheduler.noteChange();
}

void PlayerApp::replacePlaying(Routine routine, std::filesystem::path file) {
    if (m_playing->controller.session().state() == SessionState::Done) m_playing->controller.close(now());
    m_playing->history->close();
    m_playing->frame.releaseTextures();
    m_playing.reset();
    PlanInputs atStart = readPlanInputs(historyDbPath(resolveDataDir(m_options.dataDir)), routine.id);
    m_playing = std::make_unique<Playing>(std::move(routine), std::move(file), std::vector<ScriptedCommand>{},
                                          std::move(atStart), m_declinedLevels);
    startPlaying(now());
}

// Only on the ready screen, so no session is cut: the plan is built again from the routine.
void PlayerApp::takeBackPaused() {
    if (m_playing->controller.session().state() != SessionState::Ready) return;
    if (!m_playing->safety.takeBack(m_playing->history->store())) return;
    replacePlaying(m_playing->routine, m_playing->file);
    m_scheduler.noteChange();
}

// Only on the ready screen: a yes stores the level and builds the plan again at its dose.
void PlayerApp::answerLevel() {
    const bool yes = *std::exchange(m_levelAnswer, std::nullopt);
    if (m_playing->controller.session().state() != SessionState::Ready) return;
    Playing& p = *m_playing;
    if (!yes) {
        p.levels.decline();
        p.history->checkin().levelQuestion.clear();
        m_scheduler.noteChange();
        return;
    }
    if (!p.levels.accept(p.history->store())) return;
    replacePlaying(p.routine, p.file);
    m_scheduler.noteChange();
}

void PlayerApp::run() {
    while (!m_quit) {
        takeScriptedKeys();
        tick(now());
        // The badge follows the device too (found missing, or lost mid-session).
        const ui::SoundState sound{m_playing->controller.muted(), m_audio.cues().silent(),
                                   !m_audio.cues().voiceEnabled(), !m_audio.cues().voiceAvailable()};
        if (!(sound == m_shownSound)) m_scheduler.noteChange(), m_shownSound = sound;
        m_playing->frame.setSound(sound);
        takeInput();
        followSessionState();
        if (drawFrameIfDue()) break;
        sleepUntilSomethingChanges();
        if (m_window->takeActivity()) m_scheduler.noteInput();
        if (m_playing->frame.picturesArrived()) m_scheduler.noteChange();
        if (m_pickedRoutine) switchRoutine(*std::exchange(m_pickedRoutine, std::nullopt));
        if (std::exchange(m_takeBack, false)) takeBackPaused();
        followEditor();
        if (m_levelAnswer) answerLevel();
    }
}

void PlayerApp::tick(Millis to) {
    m_lastTick = std::max(m_lastTick, to);
    if (m_playing->controller.tick(m_lastTick)) m_scheduler.noteChange();
}

void PlayerApp::followSessionState() {
    // The screen stays awake only while a step is actually running.
    const SessionState state = m_playing->controller.session().state();
    const bool stepRunning =
        state == SessionState::Prepare || state == SessionState::Work || state == SessionState::Rest;
    m_screenSaver.setSuspended(stepRunning);
    m_bus.setScreenInhibited(stepRunning);
    if (m_bus.takeRaiseRequest()) m_window->raise(); // Start now in a reminder, with this player open
}

bool PlayerApp::drawFrameIfDue() {
    const bool exiting = m_quit || (m_exitAt && now() >= *m_exitAt);
    const Millis t = now();
    if (!exiting && !m_scheduler.shouldDraw(t, m_window->drawable())) return false;
    if (m_frameTimes) m_frameTimes->begin();
    int w = 0, h = 0;
    m_window->framebufferSize(w, h);
    const auto actions = m_playing->frame.draw(m_playing->controller, m_fonts, t, w, h, m_window->contentScale());
    for (const ui::Action& a : actions) act(a);
    if (!actions.empty()) m_scheduler.noteInput();
    m_takeBack = m_takeBack || std::exchange(m_playing->history->checkin().clickedTakeBack, false);
    if (auto answer = std::exchange(m_playing->history->checkin().clickedLevel, std::nullopt)) m_levelAnswer = answer;
    if (auto step = m_playing->history->afterFrame()) m_playing->controller.startAt(*step, now()); // Continue clicked
    m_playing->safety.follow(m_playing->controller.session().state() == SessionState::Done,
                             m_playing->history->checkin().painAfter, m_playing->history->store());
    if (exiting && !m_options.screenshot.empty()) {
        if (auto err = platform::saveScreenshot(m_options.screenshot, w, h)) printStderrLine("matside: " + *err);
    }
    m_window->swapBuffers();
    if (m_frameTimes) m_frameTimes->end();
    m_scheduler.frameDrawn(t);
    if (m_firstFrame) reportFirstFrame();
    m_firstFrame = false;
    return exiting;
}

void PlayerApp::sleepUntilSomethingChanges() {
    m_scheduler.setNextVisibleChange(
        earliest(m_playing->controller.session().nextWakeup(now()), m_playing->frame.nextAnimationChange()));
    std::optional<Millis> wakeAt =
        m_nextKey < m_keys.size() ? std::optional<Millis>(m_keys[m_nextKey].at) : std::nullopt;
    // Until the sound device is found or found missing (10 s at most), look again every 100 ms
    // so the badge appears on an idle ready screen too.
    if (now() < Millis{10000} && m_audio.output().deviceName().empty() && m_audio.output().failure().empty())
        wakeAt = earliest(wakeAt, now() + Millis{100});
    const auto sleep = m_scheduler.sleepFor(
        now(), m_window->drawable(), earliest(earliest(m_playing->controller.nextDeadline(now()), m_exitAt), wakeAt));
    // Round up: waking a millisecond early would only mean a second, useless wake.
    m_window->waitEvents(sleep ? std::optional<double>((sleep->count() + 1) / 1000.0) : std::nullopt);
}

} // namespace matside
