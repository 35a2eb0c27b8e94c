// `matside play`: check what the command line asked for, open the window while the fonts
// bake on a thread, then hand both to the PlayerApp (player_app.h) until the person quits.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "core/stderr_line.h"
#include "launch/exit_codes.h"
#include "launch/play_options.h"
#include "launch/routine_loading.h"
#include "player/player_app.h"
#include "player/player_setup.h"
#include "player/window_placement.h"
#include "ui/theme.h"

#include <imgui.h>

#include <malloc.h>
#include <thread>
#include <utility>
#include <variant>

namespace matside {

namespace {

// The routine, --keys, --events and --log-events, or the exit code of the first bad one
// (its message already printed).
std::variant<PlayInputs, int> readPlayInputs(const PlayOptions& options) {
    std::optional<Routine> routine = loadRoutineOrReport(options.routine);
    if (!routine) return kExitInvalid;
    PlayInputs in{std::move(*routine), options.routine.empty() ? defaultRoutinePath() : options.routine, {}, {}, {}};
    if (!options.keys.empty()) {
        auto parsed = parseKeyScript(options.keys);
        if (auto* err = std::get_if<std::string>(&parsed)) {
            printStderrLine("matside: --keys: " + *err);
            return kExitUsage;
        }
        in.keys = std::get<std::vector<ScriptedKey>>(std::move(parsed));
    }
    auto script = parseEventsOrReport(options.events, "matside");
    if (!script) return kExitUsage;
    in.script = std::move(*script);
    if (!options.logEvents.empty()) {
        std::string err;
        if (!(in.log = EventLogSink::open(options.logEvents, err))) {
            printStderrLine("matside: " + err);
            return kExitRuntime;
        }
    }
    return in;
}

// Dear ImGui's context for as long as the player runs (its backends are the PlayerApp's).
struct ImGuiContextScope {
    ImGuiContextScope() {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
    }
    ~ImGuiContextScope() { ImGui::DestroyContext(); }
    ImGuiContextScope(const ImGuiContextScope&) = delete;
    ImGuiContextScope& operator=(const ImGuiContextScope&) = delete;
};

} // namespace

int runPlay(const PlayOptions& options) {
    // Decoded pictures are a few MB each: a fixed mmap threshold hands them back to the
    // system when freed instead of leaving them in the heap (PSS is part of the budget).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    SteadyClock clock;
    const Millis launch = clock.now();
    auto inputs = readPlayInputs(options);
    if (auto* code = std::get_if<int>(&inputs)) return *code;

    // The person's look (issue 7): the command line's, else the remembered one.
    Settings settings = loadPlayerSettings();
    ui::setActiveTheme(options.theme.empty() ? themeOf(settings) : *themeFromName(options.theme));
    ui::setActiveTextScale(options.textSize.empty() ? textScaleOf(settings) : *textScaleFromName(options.textSize));

    // Fonts bake on a thread while the GL context comes up (Mesa takes most of the first
    // 200 ms to create it; the atlas need not wait).
    ImGuiContextScope imgui;
    const platform::WindowOptions placement =
        windowOptions(options, std::get<PlayInputs>(inputs).routine.title, settings);
    std::optional<platform::FontManager> fonts;
    std::thread fontThread([&fonts, &placement] {
        const ui::TypeScale t =
            ui::typeScaleFor(placement.width, placement.height, 1.0f, ui::textScaleFactor(ui::activeTextScale()));
        fonts.emplace().prebuild(platform::FontRequest{t.body, t.heading, t.title, t.digits});
    });
    auto opened = platform::Window::open(placement);
    fontThread.join();
    if (auto* err = std::get_if<std::string>(&opened)) {
        printStderrLine("matside: " + *err);
        return kExitRuntime;
    }
    if (fonts->usingFallback())
        printStderrLine("matside: no usable font found through fontconfig (wanted DejaVu Sans, Debian package "
                        "fonts-dejavu-core): using the built-in pixel font");

    PlayerApp app(options, std::move(std::get<PlayInputs>(inputs)), std::move(settings), std::move(std::get<0>(opened)),
                  *fonts, clock, launch);
    app.run();
    return kExitOk;
}

} // namespace matside
