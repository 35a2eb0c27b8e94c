// Dropped files go through sharing/'s import, with all of its checks.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/dropped_files.h"

#include "core/routine_library.h"
#include "launch/exit_codes.h"
#include "sharing/routine_transfer.h"

#include <filesystem>
#include <iostream>

namespace matside {

int importDroppedFiles(const std::vector<std::string>& paths) {
    int installed = 0;
    for (const std::string& path : paths) {
        if (std::filesystem::path(path).extension() != ".matside") {
            std::cerr << path << ": error: file: only a shared routine (.matside) can be dropped here\n";
            continue;
        }
        const auto r = sharing::importRoutine(path, userRoutinesDir(), sharing::Clash::ReuseIdentical);
        for (const auto& e : r.errors) std::cerr << e << '\n';
        if (r.exitCode != kExitOk) continue;
        std::cout << r.written.string() << ": installed \"" << r.title << "\"" << std::endl;
        ++installed;
    }
    return installed;
}

} // namespace matside
