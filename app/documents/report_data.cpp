// Report figures: sessions in the period, per-exercise tallies, pain stops and the pain series.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/report_data.h"

#include "core/schedule_status.h"
#include "history/history_calendar.h"
#include "history/history_schedule.h"

#include <algorithm>
#include <map>
#include <set>

namespace matside::documents {
namespace {

using std::chrono::sys_days;

std::optional<sys_days> dayOf(const SessionRecord& s) {
    const auto at = parseIsoUtc(s.startedAt);
    if (!at) return std::nullopt;
    return localDay(*at);
}

// Where a stopped session stopped: the first work step of the plan after the last one
// recorded, else the last one recorded.
std::string stopExercise(const Plan* plan, const std::vector<StepRecord>& steps) {
    if (plan) {
        const std::size_t after = steps.empty() ? 0 : steps.back().stepIndex + 1;
        for (std::size_t i = after; i < plan->steps.size(); ++i)
            if (plan->steps[i].kind == StepKind::Work) return plan->exerciseOf(plan->steps[i]).name;
    }
    return steps.empty() ? std::string() : steps.back().exerciseName;
}

struct Tallies {
    std::vector<ExerciseTally> list;
    std::map<std::pair<std::string, std::string>, std::size_t> index; // (routine id, exercise id)

    ExerciseTally& at(const std::string& routineId, const std::string& title, const std::string& id,
                      const std::string& name) {
        auto [it, added] = index.try_emplace({routineId, id}, list.size());
        if (added) list.push_back({title, id, name, 0, 0, std::nullopt, 0});
        return list[it->second];
    }
};

// Every exercise of a known routine gets a row, in the routine's order, with its planned sets.
void addPlanned(Tallies& t, const SessionRecord& s, const Plan& plan) {
    for (const PlanStep& step : plan.steps) {
        if (step.kind != StepKind::Work) continue;
        const Exercise& e = plan.exerciseOf(step);
        ExerciseTally& row = t.at(s.routineId, s.routineTitle, e.id, e.name);
        row.planned = row.planned.value_or(0) + 1;
    }
}

} // namespace

ReportData buildReport(const ReportInput& in) {
    ReportData r;
    r.until = in.until.value_or(in.today);
    std::optional<sys_days> first;
    for (const auto& s : in.sessions)
        if (auto d = dayOf(s); d && (!in.routineId || s.routineId == *in.routineId))
            first = first ? std::min(*first, *d) : *d;
    r.since = in.since.value_or(std::min(first.value_or(r.until), r.until));
    r.routineTitle = in.routineId ? *in.routineId : "All routines";

    Tallies tallies;
    std::vector<SessionRecord> inPeriod;
    for (const auto& s : in.sessions) {
        if (in.routineId && s.routineId != *in.routineId) continue;
        const auto day = dayOf(s);
        if (!day || *day < r.since || *day > r.until) continue;
        inPeriod.push_back(s);
        if (in.routineId) r.routineTitle = s.routineTitle;
        ++r.sessions;
        r.completedSessions += s.end == SessionEnd::Completed;
        r.minutes += s.secondsSpent / 60.0;
        r.pain.push_back({*parseIsoUtc(s.startedAt), s.painBefore, s.painAfter});

        const Plan* plan = in.planOf ? in.planOf(s.routineId) : nullptr;
        if (plan) addPlanned(tallies, s, *plan);
        const std::vector<StepRecord> steps = in.steps ? in.steps(s.id) : std::vector<StepRecord>{};
        for (const StepRecord& step : steps) {
            ExerciseTally& row = tallies.at(s.routineId, s.routineTitle, step.exerciseId, step.exerciseName);
            (step.result == StepResult::Completed ? row.completed : row.skipped) += 1;
        }
        if (s.end == SessionEnd::StoppedForPain) {
            ++r.stoppedForPain;
            PainStop stop{*day, localTimeText(s.startedAt, "%a %d %b %H:%M"), stopExercise(plan, steps), s.note};
            for (auto& row : tallies.list)
                if (row.name == stop.exercise && row.routineTitle == s.routineTitle) ++row.painStops;
            r.painStops.push_back(std::move(stop));
        }
    }
    // One routine in the period names the report; several make it "All routines".
    if (!in.routineId && !inPeriod.empty() &&
        std::all_of(inPeriod.begin(), inPeriod.end(),
                    [&](const SessionRecord& s) { return s.routineId == inPeriod[0].routineId; }))
        r.routineTitle = inPeriod[0].routineTitle;
    r.exercises = std::move(tallies.list);
    const auto trained = trainingDays(inPeriod);
    r.daysTrained = static_cast<int>(std::set<sys_days>(trained.begin(), trained.end()).size());
    Schedule plans = in.schedule; // --routine ID: only that routine's plan
    if (in.routineId) std::erase_if(plans, [&](const auto& entry) { return entry.first != *in.routineId; });
    if (!plans.empty()) {
        // The History screen's count over the report's days, so the figures agree.
        const Adherence a = adherenceOver(plans, r.since, r.until, in.now, doneSessions(inPeriod));
        r.plannedSessions = a.planned;
        r.plannedDone = a.done;
    }
    return r;
}

} // namespace matside::documents
