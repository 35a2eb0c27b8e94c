// Options of `matside play`: what to play and the hooks scripts and tests use. The command
// line fills them and the player runs them, so they live below both.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace matside {

struct PlayOptions {
    std::filesystem::path routine;          // empty: the default SI-joint routine
    std::optional<int> width, height;       // --size WxH (default: remembered, else 1280x800)
    bool fullscreen = false;                // --fullscreen
    std::optional<double> exitAfterSeconds; // --exit-after SECONDS (0 = after the first frame)
    std::filesystem::path screenshot;       // --screenshot FILE.png: the last frame before exit
    std::string events;                     // --events SPEC: "SECONDS:COMMAND,..." on real time
    std::filesystem::path logEvents;        // --log-events FILE: JSON lines like simulate --json
    std::filesystem::path dataDir;          // --data-dir DIR: history folder (empty: history/data_dir.h rules)
    std::string theme;                      // --theme dark|light|high-contrast (empty: the settings')
    std::string textSize;                   // --text-size small|normal|large|xlarge (empty: the settings')
    std::string keys;                       // --keys SPEC: "SECONDS:KEY,..." key presses on real time
};

// Opens the player window (or, in a build without the GUI, prints the plan). Returns the
// process exit code.
int runPlay(const PlayOptions& options);

} // namespace matside
