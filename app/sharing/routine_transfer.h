// Routine files that travel: one .matside archive holding a routine and its pictures, written
// by `matside export` and checked in full by `matside import` before anything is installed.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace matside::sharing {

// The routine's name inside an archive; its pictures sit beside it at the paths it names.
inline constexpr const char* kArchiveRoutineName = "routine.json";

// What to do when the routines folder already holds a routine of the same id.
enum class Clash {
    Refuse,  // say so and change nothing (the default; exit code kExitExists)
    Rename,  // install beside it as <id>_2, <id>_3, ...
    Replace, // swap the new one in atomically; the old one is removed
    // `matside play FILE.matside`: the copy already installed when it is identical (routine
    // and pictures, byte for byte), else installed beside the others like Rename.
    ReuseIdentical,
};

struct TransferResult {
    int exitCode = 0;                // launch/exit_codes.h
    std::vector<std::string> errors; // "FILE: error: WHERE: WHAT", one line each
    std::filesystem::path written;   // the archive, or the installed routine file
    std::string title;               // the routine's title
};

// Writes `routineFile` (validated, pictures decoded as `validate` does) and every picture it
// names into `archiveFile`, atomically. Pictures are looked up like the player does.
TransferResult exportRoutine(const std::filesystem::path& routineFile, const std::filesystem::path& archiveFile,
                             const std::vector<std::filesystem::path>& assetDirs);

// Checks `archiveFile` fully (archive structure and limits, the routine against the schema
// rules, every picture through the guarded decoder), then installs it as
// `routinesDir`/<id>/routine.json with its pictures, by one rename. Nothing is left behind
// when it is refused.
TransferResult importRoutine(const std::filesystem::path& archiveFile, const std::filesystem::path& routinesDir,
                             Clash clash);

} // namespace matside::sharing
