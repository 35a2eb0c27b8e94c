// Helpers for the tests that run the real player on a history folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/gui/player_history_support.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace matside::test {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path writeShortRoutine(const fs::path& dir) {
    std::ifstream in(fs::path(MATSIDE_SOURCE_DIR) / "data" / "si_joint.json");
    json d = json::parse(in);
    d["id"] = "crash_test";
    d["title"] = "Crash test";
    d["defaults"].update({{"prepare_seconds", 2}, {"rest_between_sets_seconds", 1}, {"switch_sides_seconds", 1},
                          {"rest_between_exercises_seconds", 2}, {"rep_tempo_seconds", 1}});
    json first = d["exercises"][0], last = d["exercises"][6];
    first["sets"] = 2;
    first["hold_seconds"] = 2;
    last["sets"] = 1;
    last["reps"] = 3;
    last["rep_tempo_seconds"] = 1;
    d["exercises"] = json::array({first, last});
    // Illustrations not found beside the file are looked up in assets/.
    const fs::path file = dir / "crash_test.json";
    std::ofstream(file) << d.dump(2);
    return file;
}

std::set<std::size_t> finishedWorkSteps(const fs::path& log, const Plan& plan, bool& done) {
    std::set<std::size_t> finished;
    std::optional<std::size_t> current;
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);) {
        const json e = json::parse(line, nullptr, false);
        if (e.is_discarded() || e.value("event", "") != "state") continue; // a torn last line
        const std::string state = e["state"];
        if (state == "paused" || state == "ready") continue;
        const std::optional<std::size_t> step =
            e["step"].is_null() ? std::nullopt : std::optional<std::size_t>(e["step"].get<std::size_t>());
        if (current && current != step && plan.steps[*current].kind == StepKind::Work) finished.insert(*current);
        current = step;
        done = done || state == "done";
    }
    return finished;
}

std::optional<std::size_t> firstStepAfterStart(const fs::path& log) {
    std::ifstream in(log);
    bool started = false;
    for (std::string line; std::getline(in, line);) {
        const json e = json::parse(line, nullptr, false);
        if (e.is_discarded()) continue;
        // Space logs "toggle", which on the ready screen starts.
        const std::string command = e.value("event", "") == "command" ? e.value("command", "") : "";
        if (command == "start" || command == "toggle") started = true;
        if (started && e.value("event", "") == "state" && e["step"].is_number()) return e["step"].get<std::size_t>();
    }
    return std::nullopt;
}

} // namespace matside::test
