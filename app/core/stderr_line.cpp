// Whole-line writes to stderr, serialised across threads.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stderr_line.h"

#include <cstdio>
#include <mutex>
#include <string>

namespace matside {

void printStderrLine(std::string_view text) {
    static std::mutex mutex;
    std::string line(text);
    line += '\n';
    std::lock_guard lock(mutex);
    // stderr is unbuffered: one fwrite of the whole line is one write(2).
    std::fwrite(line.data(), 1, line.size(), stderr);
}

} // namespace matside
