// libFuzzer target: untrusted bytes through the routine loader, the plan and a short session.
// Any sanitizer report, abort or timeout here is a bug in the code under test.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routine_drive.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // A folder that does not exist: illustration lookups fail cleanly without touching files.
    const std::string problem = matside::fuzz::driveRoutine(text, "/nonexistent-matside-fuzz/routine.json", {});
    if (!problem.empty()) {
        std::fprintf(stderr, "broken promise: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
