// matside: command-line entry point. `matside` alone opens the player on the default routine;
// `play`, `validate`, `plan`, `simulate` (and `history`, `schedule`, `handout`, `report`) are the
// scriptable contract.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "launch/play_options.h"
#ifdef MATSIDE_HAS_GUI
#include "audio/audio_output.h"
#endif

#include <CLI/CLI.hpp>

#include <clocale>
#include <iostream>

int main(int argc, char** argv) {
#ifdef MATSIDE_HAS_GUI
    // OpenAL Soft's own log lines stay off stderr (it reads the setting once, so before any
    // thread starts): without a sound device the player says so in one line of its own.
    matside::quietAudioLogs();
#endif
    // Numbers in JSON and tables must not depend on the user's locale.
    std::setlocale(LC_ALL, "C");

    CLI::App app{"matside: a workout player for home physiotherapy, beside the exercise mat"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", "matside 0.1.0");

    int exitCode = matside::kExitOk;
    matside::PlayOptions playOptions;
    matside::cli::registerPlay(app, playOptions, exitCode);
    matside::cli::registerValidate(app, exitCode);
    matside::cli::registerPlan(app, exitCode);
    matside::cli::registerSimulate(app, exitCode);
    matside::cli::registerHistory(app, exitCode);
    matside::cli::registerHandout(app, exitCode);
    matside::cli::registerReport(app, exitCode);
    matside::cli::registerSchedule(app, exitCode);
    matside::cli::registerRemind(app, exitCode);
    matside::cli::registerExport(app, exitCode);
    matside::cli::registerImport(app, exitCode);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version exit 0; every real usage error gets our one documented code.
        return app.exit(e) == 0 ? matside::kExitOk : matside::kExitUsage;
    }
    // No subcommand: play the default routine, exactly like `matside play`.
    if (app.get_subcommands().empty()) exitCode = matside::runPlay(playOptions);
    return exitCode;
}
