// The exit codes every matside subcommand and the player share: a public contract (documented
// in docs/command-line.md and matside(1)), so codes are added, never renumbered.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace matside {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1; // a routine (or other input file) is invalid
inline constexpr int kExitUsage = 2;   // bad command-line usage (CLI11's own code too)
inline constexpr int kExitRuntime = 3; // the environment failed us (no display, I/O error)
inline constexpr int kExitExists = 4;  // `import`: a routine with that id is already installed

} // namespace matside
