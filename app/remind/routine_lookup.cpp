// Routine id -> file through the library scan (routine files are small; this runs only when
// a reminder is raised or acted on).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/routine_lookup.h"

#include "core/paths.h"
#include "core/routine_json.h"
#include "core/routine_library.h"

namespace matside::remind {

std::optional<RoutineInfo> findRoutine(const std::string& routineId) {
    const std::vector<std::filesystem::path> assets{assetsDir()};
    for (const LibraryEntry& e : scanRoutineLibrary(shippedDataDir(), userRoutinesDir(), assets)) {
        if (!e.valid()) continue;
        LoadResult loaded = loadRoutineFile(e.file, assets);
        if (loaded.ok() && loaded.routine->id == routineId) return RoutineInfo{e.file, e.title, e.totalSeconds};
    }
    return std::nullopt;
}

} // namespace matside::remind
