// `matside plan FILE [--json]`: the routine expanded into steps, readable or as JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/plan_print.h"
#include "core/level_rules.h"
#include "history/data_dir.h"
#include "history/history_store.h"
#include "launch/routine_loading.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace matside::cli {
namespace {

std::string stepExerciseName(const Plan& plan, const PlanStep& step) { return plan.exerciseOf(step).name; }

std::string kindLabel(const PlanStep& step) {
    switch (step.purpose) {
    case RestPurpose::SwitchSides: return "switch";
    case RestPurpose::NextExercise: return "rest*";
    default: return toString(step.kind);
    }
}

template <class T>
nlohmann::ordered_json orNull(const std::optional<T>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

} // namespace

void printPlanTable(const Plan& plan, std::ostream& out) {
    out << plan.routine->title << "\n\n";
    char line[256];
    std::snprintf(line, sizeof line, "%4s  %-7s  %-34s  %-5s  %-6s  %-14s  %7s\n", "#", "kind", "exercise", "side",
                  "set", "dose", "seconds");
    out << line;
    for (const auto& s : plan.steps) {
        const std::string side = s.side ? toString(*s.side) : "-";
        const std::string set = s.set && s.sets ? std::to_string(*s.set) + "/" + std::to_string(*s.sets) : "-";
        const std::string dose = s.kind == StepKind::Work ? describeDose(s) : "";
        std::snprintf(line, sizeof line, "%4zu  %-7s  %-34.34s  %-5s  %-6s  %-14s  %7d\n", s.index,
                      kindLabel(s).c_str(), stepExerciseName(plan, s).c_str(), side.c_str(), set.c_str(), dose.c_str(),
                      s.seconds);
        out << line;
    }
    out << "\n"
        << plan.steps.size() << " steps, " << plan.workStepCount() << " sets of work; total "
        << formatDuration(plan.totalSeconds()) << "\n"
        << "(switch = switch-sides pause, rest* = rest before the next exercise)\n";
}

void printPlanJson(const Plan& plan, std::ostream& out) {
    nlohmann::ordered_json j;
    j["routine"] = plan.routine->title;
    j["total_seconds"] = plan.totalSeconds();
    auto& steps = j["steps"] = nlohmann::ordered_json::array();
    for (const auto& s : plan.steps) {
        nlohmann::ordered_json step;
        step["index"] = s.index;
        step["kind"] = toString(s.kind);
        step["exercise"] = stepExerciseName(plan, s);
        step["side"] = s.side ? nlohmann::ordered_json(toString(*s.side)) : nlohmann::ordered_json(nullptr);
        step["set"] = orNull(s.set);
        step["sets"] = orNull(s.sets);
        step["reps"] = orNull(s.reps);
        step["hold_seconds"] = orNull(s.holdSeconds);
        step["seconds"] = s.seconds;
        // Additions beyond the documented shape (never renamed, only added):
        step["purpose"] = toString(s.purpose);
        step["exercise_id"] = plan.exerciseOf(s).id;
        step["rep_seconds"] = s.reps ? nlohmann::ordered_json(s.repSeconds) : nlohmann::ordered_json(nullptr);
        step["level"] = orNull(s.level); // the exercise's dose level in use (issue 14); null: no levels
        steps.push_back(std::move(step));
    }
    out << j.dump(2) << '\n';
}

int printPlanOf(const std::filesystem::path& file, bool json, const std::filesystem::path& dataDir) {
    const auto loaded = loadRoutineOrReport(file);
    if (!loaded) return kExitInvalid;
    // At the dose levels the history keeps (read-only; none yet: each exercise's own dose).
    const Routine routine = withLevels(*loaded, readLevelsInUse(historyDbPath(resolveDataDir(dataDir)), loaded->id));
    const Plan plan = expandPlan(routine);
    if (json) printPlanJson(plan, std::cout);
    else printPlanTable(plan, std::cout);
    return kExitOk;
}

void registerPlan(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("plan", "Print the steps of a routine and its total duration");
    auto file = std::make_shared<std::filesystem::path>();
    auto json = std::make_shared<bool>(false);
    auto dataDir = std::make_shared<std::filesystem::path>();
    cmd->add_option("file", *file, "Routine file (default: the SI-joint routine)");
    cmd->add_flag("--json", *json, "Print JSON instead of a table");
    cmd->add_option("--data-dir", *dataDir,
                    "History folder whose dose levels the plan uses (default: $MATSIDE_DATA_DIR, else "
                    "$XDG_DATA_HOME/matside)");
    cmd->callback([file, json, dataDir, &exitCode] { exitCode = printPlanOf(*file, *json, *dataDir); });
}

} // namespace matside::cli
