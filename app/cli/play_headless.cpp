// `play` in a build without the player window: prints the plan instead, so the default
// command still shows what the session would be.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/plan_print.h"
#include "i18n/tr.h"
#include "launch/play_options.h"

#include <iostream>

namespace matside {

int runPlay(const PlayOptions& options) {
    std::cerr << "matside: "
              << tr("this build has no player window (MATSIDE_BUILD_GUI=OFF); printing the plan instead.") << "\n";
    return cli::printPlanOf(options.routine, /*json=*/false, options.dataDir);
}

} // namespace matside
