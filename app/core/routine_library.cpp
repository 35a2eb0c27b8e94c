// Scans routine folders; a broken file is listed with its errors, never skipped silently.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_library.h"

#include "core/plan.h"

#include <algorithm>
#include <cstdlib>

namespace matside {
namespace {

void scanFolder(const std::filesystem::path& dir, bool shipped,
                const std::vector<std::filesystem::path>& assetDirs, std::vector<LibraryEntry>& out) {
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) return;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto& p = it->path();
        // An imported routine is a folder of its own (<id>/routine.json beside its pictures);
        // hidden folders are imports still being checked.
        if (!shipped && it->is_directory(ec) && p.filename().string().front() != '.') {
            if (std::filesystem::is_regular_file(p / "routine.json", ec)) files.push_back(p / "routine.json");
            continue;
        }
        if (p.extension() != ".json" || p.filename() == "routine.schema.json") continue;
        files.push_back(p);
    }
    std::vector<LibraryEntry> group;
    for (const auto& file : files) {
        LibraryEntry entry;
        entry.file = file;
        entry.shipped = shipped;
        LoadResult loaded = loadRoutineFile(file, assetDirs);
        if (loaded.ok()) {
            entry.title = loaded.routine->title;
            entry.exerciseCount = loaded.routine->exercises.size();
            entry.totalSeconds = expandPlan(*loaded.routine).totalSeconds();
        } else {
            entry.title = file.filename().string();
            entry.errors = std::move(loaded.errors);
            if (entry.errors.empty()) entry.errors.push_back({"", "the file could not be loaded"});
        }
        group.push_back(std::move(entry));
    }
    std::sort(group.begin(), group.end(), [](const LibraryEntry& a, const LibraryEntry& b) {
        return a.title != b.title ? a.title < b.title : a.file < b.file;
    });
    out.insert(out.end(), std::make_move_iterator(group.begin()), std::make_move_iterator(group.end()));
}

} // namespace

std::vector<LibraryEntry> scanRoutineLibrary(const std::filesystem::path& shippedDir,
                                             const std::filesystem::path& userDir,
                                             const std::vector<std::filesystem::path>& assetDirs) {
    std::vector<LibraryEntry> out;
    scanFolder(shippedDir, true, assetDirs, out);
    std::error_code ec;
    if (!userDir.empty() && !std::filesystem::equivalent(shippedDir, userDir, ec))
        scanFolder(userDir, false, assetDirs, out);
    return out;
}

std::filesystem::path userRoutinesDir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') return std::filesystem::path(xdg) / "matside" / "routines";
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".local/share/matside/routines";
    return {};
}

} // namespace matside
