// Formats session events for the event log: JSON lines for scripts, plain lines for people.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/event_log.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace matside {
namespace {

// Seconds with millisecond precision, as a JSON number without float noise.
nlohmann::json seconds(Millis t) {
    if (t.count() % 1000 == 0) return t.count() / 1000;
    return static_cast<double>(t.count()) / 1000.0;
}

std::string clockText(Millis t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%8.3f", static_cast<double>(t.count()) / 1000.0);
    return buf;
}

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

} // namespace

std::string eventToJsonLine(const SessionEvent& event) {
    nlohmann::ordered_json j;
    j["t"] = seconds(event.t);
    std::visit(Overloaded{
                   [&](const StateEvent& e) {
                       j["event"] = "state";
                       j["state"] = toString(e.state);
                       j["step"] = e.step ? nlohmann::ordered_json(*e.step) : nlohmann::ordered_json(nullptr);
                   },
                   [&](const RepEvent& e) {
                       j["event"] = "rep";
                       j["step"] = e.step;
                       j["rep"] = e.rep;
                   },
                   [&](const CueEvent& e) {
                       j["event"] = "cue";
                       j["cue"] = toString(e.cue);
                       j["text"] = e.text;
                   },
                   [&](const CommandEvent& e) {
                       j["event"] = "command";
                       j["command"] = toString(e.command);
                   },
               },
               event.what);
    return j.dump();
}

std::string eventToText(const SessionEvent& event) {
    std::string line = clockText(event.t) + "  ";
    std::visit(Overloaded{
                   [&](const StateEvent& e) {
                       line += std::string("state    ") + toString(e.state);
                       if (e.step) line += " (step " + std::to_string(*e.step) + ")";
                   },
                   [&](const RepEvent& e) {
                       line += "rep      " + std::to_string(e.rep) + " (step " + std::to_string(e.step) + ")";
                   },
                   [&](const CueEvent& e) { line += std::string("cue      ") + toString(e.cue) + ": " + e.text; },
                   [&](const CommandEvent& e) { line += std::string("command  ") + toString(e.command); },
               },
               event.what);
    return line;
}

SessionSummary summarize(const Snapshot& snapshot) {
    SessionSummary s;
    s.completedSteps = snapshot.completedWorkSteps;
    s.skippedSteps = snapshot.skippedWorkSteps;
    s.elapsedSeconds = static_cast<double>(snapshot.sessionElapsed.count()) / 1000.0;
    return s;
}

std::string summaryToJsonLine(const SessionSummary& summary, Millis t) {
    nlohmann::ordered_json j;
    j["t"] = seconds(t);
    j["event"] = "summary";
    j["completed_steps"] = summary.completedSteps;
    j["skipped_steps"] = summary.skippedSteps;
    j["elapsed_seconds"] = seconds(Millis{std::llround(summary.elapsedSeconds * 1000)});
    return j.dump();
}

std::string summaryToText(const SessionSummary& summary, Millis t) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "summary  %d sets completed, %d skipped, %.3f s elapsed",
                  summary.completedSteps, summary.skippedSteps, summary.elapsedSeconds);
    return clockText(t) + "  " + buf;
}

} // namespace matside
