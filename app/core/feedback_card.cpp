// The feedback card's state machine (see feedback_card.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback_card.h"

namespace matside {

void FeedbackCard::follow(const Snapshot& s) {
    const bool inRest = s.step && s.stepIndex && s.step->kind == StepKind::Rest &&
                        s.step->purpose == RestPurpose::NextExercise &&
                        (s.state == SessionState::Rest || s.state == SessionState::Paused);
    if (s.state == SessionState::Ready) m_asked.clear(); // a new session asks again
    if (!inRest) {
        // The rest is over: the card goes, answered or not.
        m_stage = Stage::Hidden;
        m_restStep.reset();
        return;
    }
    if (m_restStep == s.stepIndex) return;
    m_restStep = s.stepIndex;
    m_stage = Stage::Hidden;
    const std::size_t index = *s.stepIndex;
    if (index == 0) return;
    const PlanStep& before = m_plan.steps[index - 1];
    if (before.kind != StepKind::Work || m_asked.contains(before.exerciseIndex)) return;
    m_exercise = before.exerciseIndex;
    m_name = m_plan.routine->exercises[m_exercise].name;
    m_asked.insert(m_exercise);
    m_stage = Stage::Asking;
}

ExerciseFeedback FeedbackCard::current(ExerciseRating rating, std::optional<int> pain) const {
    const Exercise& e = m_plan.routine->exercises[m_exercise];
    return {e.id, e.name, rating, pain};
}

FeedbackCard::Answer FeedbackCard::choose(ExerciseRating rating) {
    if (m_stage != Stage::Asking) return {};
    if (rating == ExerciseRating::Painful) {
        // Stored at once without a number, so a rest that ends before the number still keeps
        // "painful"; the number replaces it.
        m_stage = Stage::AskingPain;
        m_oneAt.reset();
        return {true, current(rating, std::nullopt)};
    }
    m_stage = Stage::Hidden;
    return {true, current(rating, std::nullopt)};
}

FeedbackCard::Answer FeedbackCard::choosePain(std::optional<int> pain) {
    if (m_stage != Stage::AskingPain) return {};
    if (pain && (*pain < 0 || *pain > 10)) return {};
    m_stage = Stage::Hidden;
    if (!pain) return {true, std::nullopt};
    return {true, current(ExerciseRating::Painful, pain)};
}

FeedbackCard::Answer FeedbackCard::pressDigit(int digit, Millis now) {
    if (m_stage == Stage::Asking) {
        if (digit < 1 || digit > 4) return {};
        return choose(static_cast<ExerciseRating>(digit - 1));
    }
    if (m_stage != Stage::AskingPain) return {};
    if (digit == 0 && m_oneAt && now - *m_oneAt <= kPainTenWindow) {
        m_oneAt.reset();
        m_stage = Stage::Hidden;
        return {true, current(ExerciseRating::Painful, 10)};
    }
    // A 1 may still become 10: stored as 1 now, replaced if a 0 follows in time.
    m_oneAt = digit == 1 ? std::optional<Millis>(now) : std::nullopt;
    if (digit != 1) m_stage = Stage::Hidden;
    return {true, current(ExerciseRating::Painful, digit)};
}

} // namespace matside
