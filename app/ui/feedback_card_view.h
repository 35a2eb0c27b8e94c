// The "How was <exercise>?" card drawn over the bottom of the rest screen: four big choices
// (keys 1-4), then pain 0-10 after "Painful". State lives in core/feedback_card.h.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exercise_feedback.h"
#include "ui/layout.h"

#include <optional>
#include <string>

namespace matside::ui {

struct FeedbackCardView {
    std::string exerciseName;
    bool askingPain = false;
};

// What was clicked this frame (at most one of them).
struct FeedbackCardClick {
    std::optional<ExerciseRating> rating;
    std::optional<int> pain;
    bool skipPain = false;
};

void drawFeedbackCard(const ViewContext& ctx, const FeedbackCardView& view, FeedbackCardClick& click);

} // namespace matside::ui
