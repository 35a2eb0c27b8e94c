// How an exercise felt in one session: the person's optional one-key rating after its last set.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace matside {

// The four choices of the feedback card, in the order of its keys 1-4.
enum class ExerciseRating { Easy, JustRight, Hard, Painful };

// "easy", "just_right", "hard", "painful": the stored and exported words (a public contract).
const char* toString(ExerciseRating rating);
std::optional<ExerciseRating> exerciseRatingFromString(std::string_view text);
// "Easy", "Just right", "Hard", "Painful": what the card and the history show.
const char* ratingLabel(ExerciseRating rating);

struct ExerciseFeedback {
    std::string exerciseId;
    std::string exerciseName;
    ExerciseRating rating = ExerciseRating::JustRight;
    std::optional<int> pain; // 0-10, only with Painful (and optional there too)
};

} // namespace matside
