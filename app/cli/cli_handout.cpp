// `matside handout [ROUTINE] [-o FILE.pdf] [--paper a4|letter] [--weeks N]`: the printable
// sheet a physiotherapist hands over, as a PDF.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/document_options.h"
#include "documents/handout.h"
#include "history/data_dir.h"
#include "history/history_calendar.h"
#include "history/settings.h"
#include "i18n/format.h"
#include "i18n/tr.h"
#include "launch/routine_loading.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace matside::cli {
namespace {

struct HandoutOptions {
    std::filesystem::path routine;
    std::filesystem::path output;
    std::string paper;
    int weeks = 2;
};

int runHandout(const HandoutOptions& o) {
    const auto paper = paperOrReport(o.paper, "matside handout");
    if (!paper) return kExitUsage;
    const auto routine = loadRoutineOrReport(o.routine);
    if (!routine) return kExitInvalid;
    const Plan plan = expandPlan(*routine);
    documents::HandoutOptions options;
    options.paper = *paper;
    options.weeks = o.weeks;
    options.firstDay = localToday();
    // The routine's weekly plan (issue 12) gives the tick log's boxes; none: one a day.
    const LoadedSettings settings = loadSettings(settingsPath(resolveConfigDir()));
    if (!settings.notice.empty()) std::cerr << "matside handout: " << settings.notice << '\n';
    const auto own = settings.settings.schedule.find(routine->id);
    options.planned = documents::plannedSessionsOf(own != settings.settings.schedule.end() ? &own->second : nullptr,
                                                   options.firstDay, o.weeks * 7);
    options.assetDirs = assetSearchDirs();
    const std::filesystem::path target =
        o.output.empty() ? std::filesystem::path(routine->id + "-handout.pdf") : o.output;
    const documents::HandoutResult result = documents::writeHandout(plan, options, target);
    if (result.error) {
        std::cerr << "matside handout: error: " << *result.error << '\n';
        // A picture the routine names is part of the routine: invalid input, not the system.
        return result.badPicture ? kExitInvalid : kExitRuntime;
    }
    // TRANSLATORS: "wrote FILE (2 pages, a4)": %1$s the file, %2$d the pages, %3$s the paper size.
    std::cout << format(trn("wrote %1$s (%2$d page, %3$s)", "wrote %1$s (%2$d pages, %3$s)",
                            static_cast<unsigned long>(result.pages)),
                        target.string(), result.pages, toString(*paper))
              << "\n";
    return kExitOk;
}

} // namespace

void registerHandout(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("handout", "Write a printable handout of a routine (PDF)");
    auto o = std::make_shared<HandoutOptions>();
    cmd->add_option("routine", o->routine, "Routine file (default: the SI-joint routine)");
    cmd->add_option("-o,--output", o->output, "PDF to write (default: ROUTINE-ID-handout.pdf here)");
    cmd->add_option("--paper", o->paper, "a4 or letter (default: the locale's LC_PAPER, else a4)");
    cmd->add_option("--weeks", o->weeks, "Weeks in the tick log (default 2)")
        ->check(CLI::Range(1, documents::kMaxHandoutWeeks));
    cmd->callback([o, &exitCode] { exitCode = runHandout(*o); });
}

} // namespace matside::cli
