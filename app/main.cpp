// matside: command-line entry point. `matside` alone opens the player on the default routine;
// `play`, `validate`, `plan`, `simulate` (and `history`, `schedule`, `handout`, `report`) are the
// scriptable contract.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "history/data_dir.h"
#include "history/settings.h"
#include "i18n/format.h"
#include "i18n/language.h"
#include "i18n/tr.h"
#include "launch/play_options.h"
#ifdef MATSIDE_HAS_GUI
#include "audio/audio_output.h"
#endif

#include <CLI/CLI.hpp>

#include <clocale>
#include <cstdlib>
#include <iostream>
#include <string_view>

namespace {

// --lang is read before the subcommands are set up (their callbacks run inside parse(), and
// their help and messages must already speak the language); --json runs stay in English so
// a script sees the same output whatever the person's locale.
struct EarlyFlags {
    std::string lang;
    bool json = false;
};

EarlyFlags scanEarlyFlags(int argc, char** argv) {
    EarlyFlags flags;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--json") flags.json = true;
        else if (arg == "--lang" && i + 1 < argc) flags.lang = argv[++i];
        else if (arg.starts_with("--lang=")) flags.lang = std::string(arg.substr(7));
    }
    return flags;
}

void chooseLanguage(const EarlyFlags& flags) {
    if (flags.json) return; // English: see EarlyFlags
    const std::string setting = matside::languageSetting(matside::settingsPath(matside::resolveConfigDir()));
    const std::string env = matside::i18n::languageFromEnvironment([](const char* name) { return std::getenv(name); });
    const std::string used = matside::i18n::setLanguage(matside::i18n::chooseLanguage(flags.lang, setting, env));
    if (!flags.lang.empty() && used == "en" && !flags.lang.starts_with("en"))
        std::cerr << "matside: note: no translation for '" << flags.lang << "'; using English\n";
}

} // namespace

int main(int argc, char** argv) {
#ifdef MATSIDE_HAS_GUI
    // OpenAL Soft's own log lines stay off stderr (it reads the setting once, so before any
    // thread starts): without a sound device the player says so in one line of its own.
    matside::quietAudioLogs();
#endif
    // Numbers in JSON and tables must not depend on the user's locale.
    std::setlocale(LC_ALL, "C");
    const EarlyFlags early = scanEarlyFlags(argc, argv);
    chooseLanguage(early);

    CLI::App app{"matside: a workout player for home physiotherapy, beside the exercise mat"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", "matside 0.1.0");
    std::string langFlag; // applied by chooseLanguage() above; declared here for --help and checks
    app.add_option("--lang", langFlag,
                   "Language for messages, cues and routine text (de, es, fr, en; default: the settings, then "
                   "LANGUAGE, LC_ALL, LC_MESSAGES, LANG)");
    app.fallthrough(); // `matside simulate --lang de` works as well as `matside --lang de simulate`

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
