// `matside play [FILE]`: options and hand-over to the player (window or headless fallback).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/routine_library.h"
#include "launch/play_options.h"
#include "sharing/routine_transfer.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

namespace matside::cli {
namespace {

// `play FILE.matside` (a double-click in a file manager): installed into the person's routines
// folder with all of import's checks, so it stays in the picker and its history has a lasting
// file to point at; a copy already there, byte for byte, is played rather than doubled.
bool resolveArchive(PlayOptions& options, int& exitCode) {
    if (options.routine.extension() != ".matside") return true;
    const auto r = sharing::importRoutine(options.routine, userRoutinesDir(), sharing::Clash::ReuseIdentical);
    for (const auto& e : r.errors) std::cerr << e << '\n';
    exitCode = r.exitCode;
    if (exitCode != kExitOk) return false;
    std::cout << r.written.string() << ": playing \"" << r.title << "\"\n";
    options.routine = r.written;
    return true;
}

} // namespace

void registerPlay(CLI::App& app, PlayOptions& options, int& exitCode) {
    auto* play = app.add_subcommand("play", "Open the player window on a routine (the default)");
    play->add_option("file", options.routine,
                     "Routine file, .json or a shared .matside (default: the SI-joint routine)");
    play->add_option_function<std::string>(
        "--size",
        [&options](const std::string& size) {
            int w = 0, h = 0;
            char extra = 0;
            if (std::sscanf(size.c_str(), "%dx%d%c", &w, &h, &extra) != 2 || w < 320 || h < 240 ||
                w > 16384 || h > 16384) {
                throw CLI::ValidationError("--size", "expected WIDTHxHEIGHT such as 1280x800, got '" + size + "'");
            }
            options.width = w;
            options.height = h;
        },
        "Window size in pixels, WIDTHxHEIGHT");
    play->add_flag("--fullscreen", options.fullscreen, "Start fullscreen");
    play->add_option("--exit-after", options.exitAfterSeconds,
                     "Quit after SECONDS of real time (0 = after the first frame)")
        ->check(CLI::Range(0.0, 86400.0));
    play->add_option("--screenshot", options.screenshot, "Write the last frame before exit to FILE.png");
    play->add_option("--events", options.events,
                     "Scripted commands on real time: SECONDS:COMMAND,... (see `simulate`)");
    play->add_option("--log-events", options.logEvents,
                     "Write session events as JSON lines (like simulate --json) to FILE");
    play->add_option("--data-dir", options.dataDir,
                     "History folder (default: $MATSIDE_DATA_DIR, else $XDG_DATA_HOME/matside)");
    play->add_option("--theme", options.theme, "Colour theme for this run: dark, light or high-contrast")
        ->check(CLI::IsMember({"dark", "light", "high-contrast"}));
    play->add_option("--text-size", options.textSize, "Text size for this run: small, normal, large or xlarge")
        ->check(CLI::IsMember({"small", "normal", "large", "xlarge"}));
    play->add_option("--keys", options.keys,
                     "Scripted key presses on real time: SECONDS:KEY,... (KEY: a character, space, enter, esc, left, right)");
    play->callback([&options, &exitCode] {
        if (resolveArchive(options, exitCode)) exitCode = runPlay(options);
    });
}

} // namespace matside::cli
