// `matside simulate FILE [--events SPEC] [--json]`: a whole session on a virtual clock, instantly.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/event_log.h"
#include "core/simulation.h"
#include "core/stderr_line.h"
#include "history/history_sink.h"
#include "i18n/format.h"
#include "i18n/tr.h"
#include "launch/routine_loading.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <sstream>

namespace matside::cli {
namespace {

struct SimulateOptions {
    std::filesystem::path file;
    std::string events;
    bool json = false;
    bool record = false;           // --record: store the session in the history
    std::filesystem::path dataDir; // --data-dir DIR: where --record stores it
    std::optional<int> painBefore; // --pain-before N: the ready screen's rating, recorded
    std::optional<int> painAfter;  // --pain-after N: the done screen's rating, recorded
    std::string note;              // --note TEXT: the done screen's note, recorded
};

int runSimulate(const SimulateOptions& options) {
    auto commands = parseEventsOrReport(options.events, "matside simulate: error");
    if (!commands) return kExitUsage;
    const auto routine = loadRoutineOrReport(options.file);
    if (!routine) return kExitInvalid;
    const Plan plan = expandPlan(*routine);

    // History off (unwritable folder, damaged file) is a note, not a failure: the run goes on.
    std::unique_ptr<SessionHistory> history;
    if (options.record) history = std::make_unique<SessionHistory>(plan, routine->sourceFile, options.dataDir);
    if (history && !history->enabled()) printStderrLine("matside simulate: note: " + history->notice());

    if (history && history->enabled() && options.painBefore) history->recorder().begin(options.painBefore);

    SimulationHooks hooks;
    hooks.onEvent = [&](const SessionEvent& e, const Session& session) {
        std::cout << (options.json ? eventToJsonLine(e) : eventToText(e)) << '\n';
        if (history) history->recorder().onEvents({e}, session);
    };
    hooks.onIgnored = [](const ScriptedCommand& c, SessionState state) {
        std::ostringstream line;
        std::ostringstream seconds;
        seconds << static_cast<double>(c.at.count()) / 1000.0;
        line << "matside simulate: note: "
             << format(tr("at %1$s s, '%2$s' does not apply in state %3$s; ignored"), seconds.str(),
                       toString(c.command), toString(state));
        printStderrLine(line.str());
    };
    const SimulationResult result = simulateSession(plan, std::move(*commands), hooks);
    if (history && history->recorder().sessionId() && (options.painAfter || !options.note.empty()))
        history->recorder().finish(history->recorder().end().value_or(SessionEnd::Interrupted), options.painAfter,
                                   options.note);
    const SessionSummary summary = summarize(result.final);
    std::cout << (options.json ? summaryToJsonLine(summary, result.endTime) : summaryToText(summary, result.endTime))
              << '\n';
    // Whole lines: several simulate processes may share one stderr (a script, the tests).
    if (history && history->enabled())
        printStderrLine("matside simulate: " + format(tr("recorded session %1$d in %2$s"),
                                                      history->recorder().sessionId().value_or(0),
                                                      history->store()->file().string()));
    else if (history && !history->recorder().notice().empty())
        printStderrLine("matside simulate: note: " + history->recorder().notice());
    return kExitOk;
}

} // namespace

void registerSimulate(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("simulate", "Play a session on a virtual clock, instantly, and print its events");
    auto options = std::make_shared<SimulateOptions>();
    cmd->add_option("file", options->file, "Routine file (default: the SI-joint routine)");
    cmd->add_option("--events", options->events,
                    "Commands at virtual times: SECONDS:COMMAND,... e.g. 0:start,40:pause,100:resume,130:next");
    cmd->add_flag("--json", options->json, "One JSON object per line");
    cmd->add_flag("--record", options->record, "Store the simulated session in the history (for tests and demos)");
    cmd->add_option("--data-dir", options->dataDir,
                    "History folder for --record (default: $MATSIDE_DATA_DIR, else $XDG_DATA_HOME/matside)");
    cmd->add_option("--pain-before", options->painBefore, "With --record: the pain rating before the session (0-10)")
        ->check(CLI::Range(0, 10));
    cmd->add_option("--pain-after", options->painAfter, "With --record: the pain rating after the session (0-10)")
        ->check(CLI::Range(0, 10));
    cmd->add_option("--note", options->note, "With --record: the note written at the end");
    cmd->callback([options, &exitCode] { exitCode = runSimulate(*options); });
}

} // namespace matside::cli
