// `matside validate FILE...`: checks routine files and reports every problem in each.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "images/image_decode.h"
#include "launch/routine_loading.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace matside::cli {
namespace {

// Every illustration that would show a placeholder in the player: corrupt, truncated,
// not PNG/JPEG, too large. Decoding all of them costs ~15 ms a picture.
std::vector<Diagnostic> pictureProblems(const Routine& routine, const std::vector<std::filesystem::path>& assetDirs) {
    std::vector<Diagnostic> out;
    for (std::size_t i = 0; i < routine.exercises.size(); ++i) {
        const Exercise& e = routine.exercises[i];
        const std::pair<const char*, const std::string*> fields[] = {
            {"start", &e.illustrations.start}, {"end", &e.illustrations.end},
            {"start_other", &e.illustrations.startOther}, {"end_other", &e.illustrations.endOther}};
        for (const auto& [field, relative] : fields) {
            if (relative->empty()) continue;
            const auto path = resolveIllustration(routine, *relative, assetDirs);
            if (path.empty()) continue; // the loader already reported a missing file
            const DecodeResult decoded = decodeImageFile(path);
            if (const auto* reason = std::get_if<std::string>(&decoded)) {
                out.push_back({"/exercises/" + std::to_string(i) + "/illustrations/" + field + " (" + e.name + ")",
                               "the picture cannot be shown: " + *reason});
            }
        }
    }
    return out;
}

// One file: a summary line on stdout when valid, one line per problem on stderr otherwise.
bool validateOne(const std::filesystem::path& file, const std::vector<std::filesystem::path>& assetDirs) {
    const LoadResult result = loadRoutineFile(file, assetDirs);
    if (!result.ok()) {
        for (const auto& d : result.errors) std::cerr << formatDiagnostic(file, d) << '\n';
        if (result.errors.empty()) std::cerr << file.string() << ": error: file: could not be loaded\n";
        return false;
    }
    const Routine& routine = *result.routine;
    // The loader checked that each picture exists; the player also needs it to decode.
    if (const auto problems = pictureProblems(routine, assetDirs); !problems.empty()) {
        for (const auto& d : problems) std::cerr << formatDiagnostic(file, d) << '\n';
        return false;
    }
    const Plan plan = expandPlan(routine);
    const std::size_t count = routine.exercises.size();
    std::cout << file.string() << ": ok (" << count << (count == 1 ? " exercise, " : " exercises, ")
              << formatDuration(plan.totalSeconds()) << ")\n";
    return true;
}

} // namespace

void registerValidate(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("validate", "Check routine files; print every problem as FILE: error: WHERE: WHAT");
    // Shared with the callback, which runs after this function has returned.
    auto files = std::make_shared<std::vector<std::string>>();
    cmd->add_option("FILE", *files, "Routine files (.json) to check")->required();
    cmd->callback([files, &exitCode] {
        const auto assetDirs = assetSearchDirs();
        bool allValid = true;
        // Every file is checked even after a bad one: a person fixing several sees all at once.
        for (const auto& file : *files) allValid = validateOne(file, assetDirs) && allValid;
        std::cout.flush();
        exitCode = allValid ? kExitOk : kExitInvalid;
    });
}

} // namespace matside::cli
