// Shared by the routine fuzzer and its replay test: drive loader, plan and session over one
// input and name the first broken promise (empty when every promise held).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "core/routine_json.h"
#include "core/session.h"

#include <string>

namespace matside::fuzz {

// A failed load must explain itself: at least one problem, each with a place and a reason.
inline std::string checkLoadOutcome(const LoadResult& result) {
    if (result.ok()) return result.errors.empty() ? "" : "a routine and errors at once";
    if (result.errors.empty()) return "no routine and no error";
    for (const auto& d : result.errors) {
        if (d.where.empty()) return "an error without a place: " + d.what;
        if (d.what.empty()) return "an error without a reason at " + d.where;
        (void)formatDiagnostic("routine.json", d);
    }
    return {};
}

// A fixed sequence of commands mixed with time jumps: every command meets the states the
// plan reaches early on, and a routine of many hours costs no more iterations than a short one.
inline std::string playFewSteps(const Plan& plan) {
    Session session(plan);
    Millis now{0};
    session.apply(Command::Start, now);
    const Command script[] = {Command::Rep,    Command::Pause,   Command::Resume,  Command::Extend,
                              Command::Next,   Command::Shorten, Command::Done,    Command::Prev,
                              Command::Toggle, Command::Toggle,  Command::Restart, Command::Next};
    for (Command c : script) {
        // Follow the session's own wake-ups for a while, then apply the command.
        for (int i = 0; i < 8; ++i) {
            auto wake = session.nextWakeup(now);
            if (wake && *wake <= now) {
                // Due right now (a command can make a cue due at once, e.g. Shorten landing
                // on a countdown second): one advance must clear it, or a player loop
                // waiting for the wake-up would spin.
                session.advance(now);
                wake = session.nextWakeup(now);
                if (wake && *wake <= now) return "nextWakeup stays at or before now after advance(now)";
            }
            if (!wake) break;
            now = *wake;
            session.advance(now);
        }
        session.apply(c, now);
        const Snapshot snap = session.snapshot(now);
        if (!(snap.progress >= 0 && snap.progress <= 1.0 + 1e-9)) return "progress outside 0..1";
        if (snap.stepRemaining.count() < 0) return "negative time left in a step";
        if (snap.step) (void)describeDose(*snap.step);
    }
    // Then run out the rest in one jump, as `simulate` does.
    const Snapshot snap = session.snapshot(now);
    if (snap.sessionRemaining.count() < 0) return "negative session time left";
    session.advance(now + snap.sessionRemaining);
    session.apply(Command::Quit, now + snap.sessionRemaining);
    return {};
}

// The whole path for one routine text; `file` anchors illustration lookups.
inline std::string driveRoutine(std::string_view text, const std::filesystem::path& file,
                                const std::vector<std::filesystem::path>& assetDirs) {
    const LoadResult result = parseRoutine(text, file, assetDirs);
    if (auto problem = checkLoadOutcome(result); !problem.empty()) return problem;
    if (!result.ok()) return {};
    const Plan plan = expandPlan(*result.routine);
    if (plan.steps.empty()) return "a valid routine with an empty plan";
    if (plan.totalSeconds() < 0) return "negative planned duration";
    (void)formatDuration(plan.totalSeconds());
    return playFewSteps(plan);
}

} // namespace matside::fuzz
