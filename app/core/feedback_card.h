// The "How was <exercise>?" card's state, pure: which exercise it asks about (in the rest after
// that exercise's last set), the four choices on keys 1-4, and pain 0-10 after "painful".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/exercise_feedback.h"
#include "core/plan.h"
#include "core/session.h"

#include <optional>
#include <set>
#include <string>

namespace matside {

class FeedbackCard {
public:
    enum class Stage { Hidden, Asking, AskingPain };

    explicit FeedbackCard(const Plan& plan) : m_plan(plan) {}

    // Follows the session: the card shows in the rest before the next exercise when the step
    // before it was the rated exercise's last work step, once per exercise and session, and
    // goes when that rest ends (an unanswered card records nothing).
    void follow(const Snapshot& s);

    Stage stage() const { return m_stage; }
    // "Side plank": the exercise asked about (empty when hidden).
    const std::string& exerciseName() const { return m_name; }

    // A digit key 0-9 while the card shows: 1-4 choose (4 = painful, which then asks pain);
    // while asking pain, each digit is the pain, and 0 within PainTenWindow after 1 makes 10.
    // Returns the rating to store when the answer is complete; `consumed` says the key was the
    // card's (digits outside 1-4 while asking are not).
    struct Answer {
        bool consumed = false;
        std::optional<ExerciseFeedback> record;
    };
    Answer pressDigit(int digit, Millis now);
    Answer choose(ExerciseRating rating);       // a click on one of the four choices
    Answer choosePain(std::optional<int> pain); // a click on 0-10 (nullopt: "skip the number")

    static constexpr Millis kPainTenWindow{1500};

private:
    ExerciseFeedback current(ExerciseRating rating, std::optional<int> pain) const;

    const Plan& m_plan;
    Stage m_stage = Stage::Hidden;
    std::optional<std::size_t> m_restStep; // the rest step the card belongs to
    std::size_t m_exercise = 0;
    std::string m_name;
    std::set<std::size_t> m_asked; // exercises already asked about this session
    std::optional<Millis> m_oneAt; // a pain "1" that a 0 may turn into 10
};

} // namespace matside
