// The session's words: the names of states, commands, cues and end reasons as they appear in
// JSON lines, logs, --events and the history (a public contract: add, never rename).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session.h"

#include <string>

namespace matside {

const char* toString(SessionState state) {
    switch (state) {
    case SessionState::Ready: return "ready";
    case SessionState::Prepare: return "prepare";
    case SessionState::Work: return "work";
    case SessionState::Rest: return "rest";
    case SessionState::Paused: return "paused";
    case SessionState::Done: return "done";
    }
    return "?";
}

namespace {
struct CommandName {
    Command command;
    const char* name;
};
constexpr CommandName kCommandNames[] = {
    {Command::Start, "start"},     {Command::Pause, "pause"},   {Command::Resume, "resume"},
    {Command::Toggle, "toggle"},   {Command::Next, "next"},     {Command::Prev, "prev"},
    {Command::Done, "done"},       {Command::Rep, "rep"},       {Command::Restart, "restart"},
    {Command::Extend, "extend"},   {Command::Shorten, "shorten"}, {Command::Quit, "quit"},
    {Command::SkipExercise, "skip_exercise"}, {Command::StopForPain, "stop_for_pain"},
};
} // namespace

const char* toString(Command command) {
    for (const auto& c : kCommandNames)
        if (c.command == command) return c.name;
    return "?";
}

std::string knownCommandNames() {
    std::string list;
    for (const auto& c : kCommandNames) {
        if (!list.empty()) list += ", ";
        list += c.name;
    }
    return list;
}

std::optional<Command> commandFromString(const std::string& name) {
    for (const auto& c : kCommandNames)
        if (name == c.name) return c.command;
    return std::nullopt;
}

const char* toString(CueKind cue) {
    switch (cue) {
    case CueKind::GetReady: return "get_ready";
    case CueKind::WorkStart: return "work_start";
    case CueKind::WorkEnd: return "work_end";
    case CueKind::Halfway: return "halfway";
    case CueKind::Countdown: return "countdown";
    case CueKind::RepCount: return "rep_count";
    case CueKind::Rest: return "rest";
    case CueKind::SwitchSides: return "switch_sides";
    case CueKind::NextExercise: return "next_exercise";
    case CueKind::SessionDone: return "session_done";
    }
    return "?";
}

const char* toString(EndReason reason) {
    switch (reason) {
    case EndReason::None: return "none";
    case EndReason::Completed: return "completed";
    case EndReason::Quit: return "quit";
    case EndReason::StoppedForPain: return "stopped_for_pain";
    }
    return "?";
}

} // namespace matside
