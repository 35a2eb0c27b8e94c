// The words for exercise ratings, stored and shown.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exercise_feedback.h"

namespace matside {

const char* toString(ExerciseRating rating) {
    switch (rating) {
    case ExerciseRating::Easy: return "easy";
    case ExerciseRating::JustRight: return "just_right";
    case ExerciseRating::Hard: return "hard";
    case ExerciseRating::Painful: return "painful";
    }
    return "just_right";
}

std::optional<ExerciseRating> exerciseRatingFromString(std::string_view text) {
    for (auto r : {ExerciseRating::Easy, ExerciseRating::JustRight, ExerciseRating::Hard, ExerciseRating::Painful})
        if (text == toString(r)) return r;
    return std::nullopt;
}

const char* ratingLabel(ExerciseRating rating) {
    switch (rating) {
    case ExerciseRating::Easy: return "Easy";
    case ExerciseRating::JustRight: return "Just right";
    case ExerciseRating::Hard: return "Hard";
    case ExerciseRating::Painful: return "Painful";
    }
    return "Just right";
}

} // namespace matside
