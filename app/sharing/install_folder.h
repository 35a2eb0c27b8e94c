// A routine folder built out of sight and then installed by one rename: a refused import
// leaves nothing behind, an accepted one appears whole or not at all.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/routine_transfer.h"

#include <filesystem>
#include <string>
#include <vector>

namespace matside::sharing {

class StagingFolder {
public:
    // Creates `routinesDir` if needed and a hidden ".import-XXXXXX" folder inside it, on the
    // same file system so the final rename is atomic. On failure, error() says why.
    explicit StagingFolder(std::filesystem::path routinesDir);
    // Removes the staging folder unless installed, and the folders it created for it.
    ~StagingFolder();
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    const std::string& error() const { return m_error; }
    const std::filesystem::path& path() const { return m_path; }

    // Writes one file (its folders made as needed), never following a symlink; fsynced.
    std::string write(const std::string& relative, const std::string& bytes);

    struct Installed {
        int exitCode = 0;             // kExitOk, kExitExists on a refused clash, kExitRuntime
        std::string error;            // "WHAT; the fix", empty on success
        std::filesystem::path folder; // where it went
    };
    // Renames the staging folder to `routinesDir`/`name` (see Clash).
    Installed install(const std::string& name, Clash clash);

private:
    std::filesystem::path m_routinesDir;
    std::filesystem::path m_path;
    std::vector<std::filesystem::path> m_created; // folders made for it, deepest last
    std::string m_error;
    bool m_installed = false;
};

} // namespace matside::sharing
