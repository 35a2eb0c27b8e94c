// Shared by the tests that run the real player on a history folder: a short routine, and
// what an event log says was finished. (xvfb-run and integrity_check: tests/support.)
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "history/session_recorder.h"
#include "support/player_run.h"
#include "support/sqlite_check.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string>

namespace matside::test {

// The SI routine cut down to 2 s holds and 1-2 s pauses (about 20 s in all), written into
// `dir`; its pictures are found in the source tree's assets/.
std::filesystem::path writeShortRoutine(const std::filesystem::path& dir);

// Work steps the event log shows as entered and then left (the step after, or done);
// `done` is set when the log reaches the done state.
std::set<std::size_t> finishedWorkSteps(const std::filesystem::path& log, const Plan& plan, bool& done);

// The first step the log enters at or after the first start (or Space's toggle) command.
std::optional<std::size_t> firstStepAfterStart(const std::filesystem::path& log);


} // namespace matside::test
