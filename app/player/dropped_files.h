// Files dropped on the player window: a shared .matside routine is imported, as `matside
// import` would, into the person's routines folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace matside {

// Imports each dropped .matside file (an identical copy already installed is kept as it is)
// and says what became of it in one line: stdout when installed, stderr when refused. Other
// files are named on stderr as not importable. Returns how many were installed.
int importDroppedFiles(const std::vector<std::string>& paths);

} // namespace matside
