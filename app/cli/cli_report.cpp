// `matside report [--routine ID] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [-o FILE.pdf]`: the
// progress report for the physiotherapist, from the history, as a PDF. Reads only.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/document_options.h"
#include "documents/report_source.h"
#include "documents/tick_log.h"
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

struct ReportOptions {
    std::string routineId;
    std::string since, until;
    std::filesystem::path output;
    std::string paper;
    std::filesystem::path dataDir;
};

int runReport(const ReportOptions& o) {
    documents::ReportRequest request;
    for (auto [text, flag, out] :
         {std::tuple{&o.since, "--since", &request.since}, std::tuple{&o.until, "--until", &request.until}}) {
        if (text->empty()) continue;
        *out = parseDay(*text);
        if (!*out) {
            std::cerr << "matside report: error: " << flag << ' ' << *text << ": "
                      << tr("expected a date as YYYY-MM-DD") << "\n";
            return kExitUsage;
        }
    }
    if (request.since && request.until && *request.since > *request.until) {
        std::cerr << "matside report: error: " << format(tr("--since %1$s is after --until %2$s"), o.since, o.until)
                  << '\n';
        return kExitUsage;
    }
    const auto paper = paperOrReport(o.paper, "matside report");
    if (!paper) return kExitUsage;
    request.paper = *paper;
    request.historyFile = historyDbPath(resolveDataDir(o.dataDir));
    if (!o.routineId.empty()) request.routineId = o.routineId;
    request.today = localToday();
    // The weekly plans (issue 12) give "planned" and adherence; a bad settings file is a
    // notice, and the report is written as without a plan.
    const LoadedSettings settings = loadSettings(settingsPath(resolveConfigDir()));
    if (!settings.notice.empty()) std::cerr << "matside report: " << settings.notice << '\n';
    request.schedule = settings.settings.schedule;
    request.now = std::chrono::system_clock::now();
    request.routines = documents::libraryRoutines(assetSearchDirs());
    const std::filesystem::path target =
        o.output.empty() ? std::filesystem::path("matside-report-" + documents::isoDay(request.today) + ".pdf")
                         : o.output;
    const documents::ReportResult result = documents::makeReport(request, target);
    if (result.error) {
        std::cerr << "matside report: error: " << *result.error << '\n';
        return kExitRuntime;
    }
    std::cout << format(
                     trn("wrote %1$s (%2$d page)", "wrote %1$s (%2$d pages)", static_cast<unsigned long>(result.pages)),
                     target.string(), result.pages)
              << "\n";
    return kExitOk;
}

} // namespace

void registerReport(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("report", "Write a progress report for the physiotherapist (PDF)");
    auto o = std::make_shared<ReportOptions>();
    cmd->add_option("--routine", o->routineId, "Only sessions of the routine with this id (default: all)");
    cmd->add_option("--since", o->since, "First day, YYYY-MM-DD (default: the first session's day)");
    cmd->add_option("--until", o->until, "Last day, YYYY-MM-DD (default: today)");
    cmd->add_option("-o,--output", o->output, "PDF to write (default: matside-report-TODAY.pdf here)");
    cmd->add_option("--paper", o->paper, "a4 or letter (default: the locale's LC_PAPER, else a4)");
    cmd->add_option(
        "--data-dir", o->dataDir,
        "Data folder (default: $MATSIDE_DATA_DIR, else $XDG_DATA_HOME/matside, else ~/.local/share/matside)");
    cmd->callback([o, &exitCode] { exitCode = runReport(*o); });
}

} // namespace matside::cli
