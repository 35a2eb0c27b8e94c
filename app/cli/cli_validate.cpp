// `matside validate FILE...`: checks routine files and reports every problem in each.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/text_coverage.h"
#include "i18n/format.h"
#include "i18n/tr.h"
#include "images/image_decode.h"
#include "launch/routine_loading.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
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
        const std::pair<const char*, const std::string*> fields[] = {{"start", &e.illustrations.start},
                                                                     {"end", &e.illustrations.end},
                                                                     {"start_other", &e.illustrations.startOther},
                                                                     {"end_other", &e.illustrations.endOther}};
        for (const auto& [field, relative] : fields) {
            if (relative->empty()) continue;
            const auto path = resolveIllustration(routine, *relative, assetDirs);
            if (path.empty()) continue; // the loader already reported a missing file
            const DecodeResult decoded = decodeImageFile(path);
            if (const auto* reason = std::get_if<std::string>(&decoded)) {
                out.push_back({"/exercises/" + std::to_string(i) + "/illustrations/" + field + " (" + e.name + ")",
                               format(tr("the picture cannot be shown: %s"), *reason)});
            }
        }
    }
    return out;
}

// Text the player would draw as "?": characters outside the atlas's glyph ranges. A warning,
// not an error: the routine still plays. The raw JSON is walked so every field is named.
void collectUnshown(const nlohmann::json& value, const std::string& where, std::vector<std::string>& out) {
    if (value.is_string()) {
        const auto missing = unshownCharacters(value.get_ref<const std::string&>());
        if (!missing.empty())
            out.push_back(
                where + ": " +
                format(tr("characters the fonts cannot show (drawn as \"?\"): %s"), describeCharacters(missing)));
    } else if (value.is_object()) {
        for (const auto& [key, item] : value.items()) collectUnshown(item, where + "/" + key, out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) collectUnshown(value[i], where + "/" + std::to_string(i), out);
    }
}

void warnUnshownText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto root = nlohmann::json::parse(text, nullptr, false);
    if (root.is_discarded()) return; // the loader accepted it; nothing more to say
    std::vector<std::string> warnings;
    collectUnshown(root, "", warnings);
    for (const auto& w : warnings) std::cerr << file.string() << ": warning: " << w << '\n';
}

// One file: a summary line on stdout when valid, one line per problem on stderr otherwise.
bool validateOne(const std::filesystem::path& file, const std::vector<std::filesystem::path>& assetDirs) {
    const LoadResult result = loadRoutineFile(file, assetDirs);
    if (!result.ok()) {
        for (const auto& d : result.errors) std::cerr << formatDiagnostic(file, d) << '\n';
        if (result.errors.empty()) std::cerr << file.string() << ": error: file: " << tr("could not be loaded") << "\n";
        return false;
    }
    const Routine& routine = *result.routine;
    // The loader checked that each picture exists; the player also needs it to decode.
    if (const auto problems = pictureProblems(routine, assetDirs); !problems.empty()) {
        for (const auto& d : problems) std::cerr << formatDiagnostic(file, d) << '\n';
        return false;
    }
    warnUnshownText(file);
    const Plan plan = expandPlan(routine);
    const std::size_t count = routine.exercises.size();
    // TRANSLATORS: after the file name: "ok (7 exercises, 31:40)"; keep "ok", scripts look for it.
    std::cout << file.string() << ": "
              << format(trn("ok (%1$d exercise, %2$s)", "ok (%1$d exercises, %2$s)", count), count,
                        formatDuration(plan.totalSeconds()))
              << "\n";
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
