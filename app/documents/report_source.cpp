// Opening the store read-only, summing up the sessions and handing them to the report layout.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/report_source.h"

#include "core/paths.h"
#include "core/routine_json.h"
#include "core/routine_library.h"
#include "documents/report_data.h"
#include "history/history_store.h"

#include <map>
#include <unistd.h>

namespace matside::documents {

ReportResult makeReport(const ReportRequest& request, const std::filesystem::path& target) {
    auto opened = HistoryStore::open(request.historyFile, HistoryStore::Access::ReadOnly);
    if (opened.status == HistoryStore::Status::Off) return {opened.notice, 0, -1, {}};
    // A snapshot is fine for a copy on read-only media; in a folder we could write, the file is
    // held by someone else (locked), and a snapshot could miss what they are writing.
    if (!opened.snapshotReason.empty() && ::access(request.historyFile.parent_path().c_str(), W_OK) == 0)
        return {request.historyFile.string() + ": is locked by another program; close it (or wait) and try again",
                0,
                -1,
                {}};
    std::map<std::string, Plan> plans;
    for (const Routine& r : request.routines) plans.try_emplace(r.id, expandPlan(r));
    ReportInput input;
    input.routineId = request.routineId;
    input.since = request.since;
    input.until = request.until;
    input.today = request.today;
    input.schedule = request.schedule;
    input.now = request.now;
    input.planOf = [&plans](const std::string& id) -> const Plan* {
        auto it = plans.find(id);
        return it == plans.end() ? nullptr : &it->second;
    };
    ReportData data;
    try {
        if (opened.store) {
            input.sessions = opened.store->listSessions();
            input.steps = [&opened](std::int64_t id) { return opened.store->steps(id); };
        }
        data = buildReport(input);
    } catch (const HistoryError& e) {
        return {request.historyFile.string() + ": " + e.what(), 0, -1, {}};
    }
    return writeReport(data, request.paper, target);
}

std::vector<Routine> libraryRoutines(const std::vector<std::filesystem::path>& assetDirs) {
    std::vector<Routine> routines;
    for (const LibraryEntry& entry : scanRoutineLibrary(shippedDataDir(), userRoutinesDir(), assetDirs)) {
        if (!entry.valid()) continue;
        LoadResult loaded = loadRoutineFile(entry.file, assetDirs);
        if (loaded.ok()) routines.push_back(std::move(*loaded.routine));
    }
    return routines;
}

} // namespace matside::documents
