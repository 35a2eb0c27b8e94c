// One line on stderr, written whole. The player prints from several threads (the sound and
// speech threads, the loop), and std::cerr writes each << piece separately, so two messages
// could interleave mid-line; scripts and tests read these lines one by one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace matside {

// Writes `text` and a newline in one call, never interleaved with another printStderrLine.
void printStderrLine(std::string_view text);

} // namespace matside
