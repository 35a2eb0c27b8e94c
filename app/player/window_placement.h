// Where the player window opens and what it remembers of itself: size, place and full
// screen in settings.json, ImGui's own ini beside it. Scripts and tests never change them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/settings.h"
#include "launch/play_options.h"
#include "platform/window.h"

#include <string>

namespace matside {

// The window as the command line asks for it, else as the person left it.
platform::WindowOptions windowOptions(const PlayOptions& options, const std::string& routineTitle,
                                      const Settings& settings);

// Scripts, benches and tests (--exit-after, --events) must not change the person's settings.
bool remembersSettings(const PlayOptions& options);

// ImGui's ini, read before the first frame (nothing when there is none).
void loadImGuiIni();

// The window's geometry into `settings` and both files written atomically; a failure is one
// line on stderr.
void saveWindowPlacement(const platform::Window& window, Settings& settings);

} // namespace matside
