// The subcommands of the matside command line. Each registers itself on the CLI11 app and
// stores its exit code in `exitCode` when it runs; main() only wires them together.
#pragma once

namespace CLI {
class App;
}

namespace matside::cli {

// Exit codes shared by every subcommand (also documented in the README).
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;   // a routine (or other input file) is invalid
inline constexpr int kExitUsage = 2;     // bad command-line usage (CLI11's own code too)
inline constexpr int kExitRuntime = 3;   // the environment failed us (no display, I/O error)

void registerValidate(CLI::App& app, int& exitCode);
void registerPlan(CLI::App& app, int& exitCode);
void registerSimulate(CLI::App& app, int& exitCode);
void registerHistory(CLI::App& app, int& exitCode);
void registerSchedule(CLI::App& app, int& exitCode);
void registerRemind(CLI::App& app, int& exitCode); // issue 12
struct PlayOptions;
// `play` fills `options` and runs it; main() runs the same options when no subcommand is given.
void registerPlay(CLI::App& app, PlayOptions& options, int& exitCode);

} // namespace matside::cli
