// `play` in a build without the player window: prints the plan instead, so the default
// command still shows what the session would be.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/play_options.h"
#include "cli/plan_print.h"
#include "cli/commands.h"

#include <iostream>

namespace matside::cli {

int runPlay(const PlayOptions& options) {
    std::cerr << "matside: this build has no player window (MATSIDE_BUILD_GUI=OFF); "
                 "printing the plan instead.\n";
    return printPlanOf(options.routine, /*json=*/false);
}

} // namespace matside::cli
