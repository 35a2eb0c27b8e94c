// Loads the routine named on the command line and reports every problem in the validate format;
// parses --events the same way for play and simulate.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/routine_loading.h"

#include "core/paths.h"
#include "core/routine_json.h"
#include "i18n/tr.h"

#include <iostream>

namespace matside {

std::vector<std::filesystem::path> assetSearchDirs() { return {assetsDir()}; }

std::optional<Routine> loadRoutineOrReport(const std::filesystem::path& file) {
    const auto path = file.empty() ? defaultRoutinePath() : file;
    LoadResult result = loadRoutineFile(path, assetSearchDirs());
    if (!result.ok()) {
        for (const auto& d : result.errors) std::cerr << formatDiagnostic(path, d) << '\n';
        if (result.errors.empty()) std::cerr << path.string() << ": error: " << tr("could not be loaded") << "\n";
        return std::nullopt;
    }
    return std::move(result.routine);
}

std::optional<std::vector<ScriptedCommand>> parseEventsOrReport(const std::string& text, const std::string& who) {
    if (text.empty()) return std::vector<ScriptedCommand>{};
    auto parsed = parseEventScript(text);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::cerr << who << ": --events: " << *error << '\n';
        return std::nullopt;
    }
    return std::get<std::vector<ScriptedCommand>>(std::move(parsed));
}

} // namespace matside
