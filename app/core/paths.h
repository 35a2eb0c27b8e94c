// Where matside finds its shipped data (routines) and assets (illustrations, fonts).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace matside {

// The folder with the shipped routines: $MATSIDE_DATA_ROOT, else <exe>/../share/matside/data
// when installed, else the source tree's data/ (running from build/).
std::filesystem::path shippedDataDir();

// The folder with the shipped assets, found the same way (<exe>/../share/matside/assets).
std::filesystem::path assetsDir();

// The default routine: data/si_joint.json.
std::filesystem::path defaultRoutinePath();

} // namespace matside
