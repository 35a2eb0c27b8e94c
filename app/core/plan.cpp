// Expands a routine into the steps a person lives through, in order, with planned seconds.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan.h"

#include <cstdio>

namespace matside {
namespace {

class PlanBuilder {
public:
    explicit PlanBuilder(Plan& plan) : m_plan(plan) {}

    void add(PlanStep step) {
        if (step.seconds <= 0) return; // a zero rest or countdown is simply not there
        step.index = m_plan.steps.size();
        m_plan.steps.push_back(step);
    }

    void work(const Exercise& e, std::size_t ex, std::optional<Side> side, int set) {
        PlanStep s;
        s.kind = StepKind::Work;
        s.exerciseIndex = ex;
        s.side = side;
        s.set = set;
        s.sets = e.sets;
        s.reps = e.reps;
        if (e.reps) {
            s.holdSeconds = e.repHoldSeconds;
            s.repSeconds = e.repSeconds();
            s.seconds = *e.reps * s.repSeconds;
        } else {
            s.holdSeconds = e.holdSeconds;
            s.seconds = e.holdSeconds.value_or(0);
        }
        add(s);
    }

    // A pause that leads into set `set` on `side` of exercise `ex`.
    void rest(const Exercise& e, std::size_t ex, StepKind kind, RestPurpose purpose, int seconds,
              std::optional<Side> side, int set) {
        PlanStep s;
        s.kind = kind;
        s.purpose = purpose;
        s.exerciseIndex = ex;
        s.side = side;
        s.set = set;
        s.sets = e.sets;
        s.reps = e.reps;
        s.holdSeconds = e.reps ? e.repHoldSeconds : e.holdSeconds;
        s.repSeconds = e.reps ? e.repSeconds() : 0;
        s.seconds = seconds;
        add(s);
    }

private:
    Plan& m_plan;
};

void expandExercise(PlanBuilder& b, const Exercise& e, std::size_t ex) {
    const Timings& t = e.timings;
    if (e.sides == Sides::Both) {
        for (int set = 1; set <= e.sets; ++set) {
            b.work(e, ex, std::nullopt, set);
            if (set < e.sets)
                b.rest(e, ex, StepKind::Rest, RestPurpose::BetweenSets, t.restBetweenSetsSeconds, std::nullopt,
                       set + 1);
        }
        return;
    }
    const Side first = t.firstSide, second = otherSide(t.firstSide);
    if (t.sideOrder == SideOrder::Alternate) {
        for (int set = 1; set <= e.sets; ++set) {
            b.work(e, ex, first, set);
            b.rest(e, ex, StepKind::Rest, RestPurpose::SwitchSides, t.switchSidesSeconds, second, set);
            b.work(e, ex, second, set);
            if (set < e.sets)
                b.rest(e, ex, StepKind::Rest, RestPurpose::BetweenSets, t.restBetweenSetsSeconds, first, set + 1);
        }
        return;
    }
    for (const Side side : {first, second}) {
        for (int set = 1; set <= e.sets; ++set) {
            b.work(e, ex, side, set);
            if (set < e.sets)
                b.rest(e, ex, StepKind::Rest, RestPurpose::BetweenSets, t.restBetweenSetsSeconds, side, set + 1);
        }
        if (side == first) b.rest(e, ex, StepKind::Rest, RestPurpose::SwitchSides, t.switchSidesSeconds, second, 1);
    }
}

} // namespace

Plan expandPlan(const Routine& routine) {
    Plan plan;
    plan.routine = &routine;
    PlanBuilder b(plan);
    for (std::size_t ex = 0; ex < routine.exercises.size(); ++ex) {
        const Exercise& e = routine.exercises[ex];
        const std::optional<Side> firstSide =
            e.sides == Sides::Each ? std::optional<Side>(e.timings.firstSide) : std::nullopt;
        // Between exercises: a rest (named after the exercise it leads into), then the
        // get-ready countdown that every exercise starts with.
        if (ex > 0)
            b.rest(e, ex, StepKind::Rest, RestPurpose::NextExercise, e.timings.restBetweenExercisesSeconds, firstSide,
                   1);
        b.rest(e, ex, StepKind::Prepare, RestPurpose::None, e.timings.prepareSeconds, firstSide, 1);
        expandExercise(b, e, ex);
    }
    for (PlanStep& step : plan.steps) {
        const Exercise& e = routine.exercises[step.exerciseIndex];
        if (e.levels && e.level > 0) step.level = e.level;
    }
    return plan;
}

int Plan::totalSeconds() const {
    int total = 0;
    for (const auto& s : steps) total += s.seconds;
    return total;
}

const Exercise& Plan::exerciseOf(const PlanStep& step) const { return routine->exercises.at(step.exerciseIndex); }

std::size_t Plan::workStepCount() const {
    std::size_t n = 0;
    for (const auto& s : steps) n += s.kind == StepKind::Work;
    return n;
}

const char* toString(StepKind kind) {
    switch (kind) {
    case StepKind::Prepare: return "prepare";
    case StepKind::Work: return "work";
    case StepKind::Rest: return "rest";
    }
    return "?";
}

const char* toString(RestPurpose purpose) {
    switch (purpose) {
    case RestPurpose::None: return "none";
    case RestPurpose::BetweenSets: return "between_sets";
    case RestPurpose::SwitchSides: return "switch_sides";
    case RestPurpose::NextExercise: return "next_exercise";
    }
    return "?";
}

std::string formatDuration(int seconds) {
    if (seconds < 0) seconds = 0;
    char buf[32];
    if (seconds >= 3600)
        std::snprintf(buf, sizeof buf, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    else std::snprintf(buf, sizeof buf, "%02d:%02d", seconds / 60, seconds % 60);
    return buf;
}

std::string describeDose(const PlanStep& step) {
    if (step.reps) {
        std::string s = std::to_string(*step.reps) + " reps";
        if (step.holdSeconds) s += " of " + std::to_string(*step.holdSeconds) + " s";
        return s;
    }
    if (step.holdSeconds) return "Hold " + std::to_string(*step.holdSeconds) + " s";
    return std::to_string(step.seconds) + " s";
}

} // namespace matside
