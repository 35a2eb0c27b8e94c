// The routine library: every routine shipped in data/ and every one the person put in their
// own routines folder, each with its title and duration, or with the reasons it is broken.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_json.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside {

struct LibraryEntry {
    std::filesystem::path file;
    bool shipped = false;              // from matside's own data folder
    std::string title;                 // the routine's title, or the file name when broken
    int totalSeconds = 0;              // planned duration (0 when broken)
    std::size_t exerciseCount = 0;
    std::vector<Diagnostic> errors;    // empty when the routine is valid
    bool valid() const { return errors.empty(); }
};

// Lists *.json files (not the schema) in `shippedDir` then `userDir` (there also
// <folder>/routine.json, as `matside import` installs them), each loaded and
// validated; shipped ones first, then the person's, each group sorted by title. A missing
// folder is simply empty. Never throws.
std::vector<LibraryEntry> scanRoutineLibrary(const std::filesystem::path& shippedDir,
                                             const std::filesystem::path& userDir,
                                             const std::vector<std::filesystem::path>& assetDirs);

// The person's own routines folder: $XDG_DATA_HOME/matside/routines (~/.local/share/...).
std::filesystem::path userRoutinesDir();

} // namespace matside
