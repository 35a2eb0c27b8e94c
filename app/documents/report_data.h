// What the physiotherapist's report says, computed from stored sessions as plain data (no
// drawing), so the counts are tested without a PDF.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "core/schedule.h"
#include "history/history_store.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace matside::documents {

// One exercise of one routine over the period. A "set" is one work step: one set on one side.
struct ExerciseTally {
    std::string routineTitle;
    std::string exerciseId;
    std::string name;
    int completed = 0;
    int skipped = 0;
    std::optional<int> planned; // unknown when the routine is no longer in the library
    int painStops = 0;          // sessions stopped for pain during this exercise
};

struct PainStop {
    std::chrono::sys_days day;
    std::string when;     // local "Tue 24 Nov 09:12"
    std::string exercise; // where it stopped (empty when unknown)
    std::string note;     // what the person wrote
};

struct PainSample {
    std::chrono::sys_seconds at; // session start
    std::optional<int> before;   // 0..10, empty: not rated
    std::optional<int> after;
};

struct ReportData {
    std::chrono::sys_days since, until; // local days, both included
    std::string routineTitle;           // the --routine's title, or "All routines"
    int sessions = 0;                   // started in the period (any outcome)
    int completedSessions = 0;
    int stoppedForPain = 0;
    double minutes = 0; // time in work steps, pauses excluded
    int daysTrained = 0;
    std::optional<int> plannedSessions; // planned slots that came due; empty: no schedule
    int plannedDone = 0;                // of them, with a session that counts for it
    std::vector<ExerciseTally> exercises;
    std::vector<PainStop> painStops;
    std::vector<PainSample> pain; // every session in the period, oldest first
};

struct ReportInput {
    std::vector<SessionRecord> sessions;                             // oldest first
    std::function<std::vector<StepRecord>(std::int64_t)> steps;      // a session's steps
    std::function<const Plan*(const std::string& routineId)> planOf; // null: unknown routine
    std::optional<std::string> routineId;                            // only this routine
    std::optional<std::chrono::sys_days> since, until;               // local days
    std::chrono::sys_days today;
    Schedule schedule;                         // every plan; with routineId only its own counts
    std::chrono::system_clock::time_point now; // what has come due
};

// The period defaults to the first session's day (today when there is none) up to today.
ReportData buildReport(const ReportInput& input);

} // namespace matside::documents
