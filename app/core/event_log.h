// Session events as JSON lines (simulate --json, play --log-events) and as readable text.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"

#include <string>

namespace matside {

// One line of JSON, no trailing newline, "t" in seconds since launch (millisecond precision).
std::string eventToJsonLine(const SessionEvent& event);
std::string eventToText(const SessionEvent& event);

struct SessionSummary {
    int completedSteps = 0; // work steps completed
    int skippedSteps = 0;   // work steps skipped
    double elapsedSeconds = 0;
};
SessionSummary summarize(const Snapshot& snapshot);
std::string summaryToJsonLine(const SessionSummary& summary, Millis t);
std::string summaryToText(const SessionSummary& summary, Millis t);

} // namespace matside
