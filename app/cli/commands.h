// The subcommands of the matside command line. Each registers itself on the CLI11 app and
// stores its exit code in `exitCode` when it runs; main() only wires them together.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/exit_codes.h"

namespace CLI {
class App;
}

namespace matside {
struct PlayOptions;
}

namespace matside::cli {

// The codes live in launch/ (the player returns them too); these keep `cli::kExitOk` and the
// like valid for the subcommands.
using matside::kExitExists;
using matside::kExitInvalid;
using matside::kExitOk;
using matside::kExitRuntime;
using matside::kExitUsage;

void registerValidate(CLI::App& app, int& exitCode);
void registerPlan(CLI::App& app, int& exitCode);
void registerSimulate(CLI::App& app, int& exitCode);
void registerHistory(CLI::App& app, int& exitCode);
void registerHandout(CLI::App& app, int& exitCode); // issue 13: printable PDFs
void registerReport(CLI::App& app, int& exitCode);
void registerSchedule(CLI::App& app, int& exitCode); // issue 12: weekly plans
void registerRemind(CLI::App& app, int& exitCode);   // issue 12: desktop reminders
void registerExport(CLI::App& app, int& exitCode);   // issue 15: routines that travel
void registerImport(CLI::App& app, int& exitCode);
// `play` fills `options` and runs it (runPlay, launch/play_options.h); main() runs the same
// options when no subcommand is given.
void registerPlay(CLI::App& app, PlayOptions& options, int& exitCode);

} // namespace matside::cli
