// The feedback card on a scripted session: when it asks, what keys and clicks record, and
// that not answering records nothing and leaves the rest's timing alone.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback_card.h"
#include "test_routines.h"

#include <gtest/gtest.h>

using namespace matside;

namespace {

struct Played {
    Routine routine = test::routineOf({test::reps("a", 2, 2, 1), test::reps("b", 1, 2, 1)});
    Plan plan = expandPlan(routine);
    Session session{plan};
    FeedbackCard card{plan};
    Millis t{0};

    // Runs until the session is in the given step kind and purpose, following the card each second.
    void until(StepKind kind, RestPurpose purpose) {
        for (int i = 0; i < 10000; ++i) {
            const Snapshot s = session.snapshot(t);
            card.follow(s);
            if (s.step && s.step->kind == kind && s.step->purpose == purpose) return;
            if (s.state == SessionState::Done) break;
            t += Millis{250};
            session.advance(t);
        }
        FAIL() << "never reached the step";
    }
};

} // namespace

TEST(FeedbackCard, AsksInTheRestAfterTheLastSetOnly) {
    Played p;
    p.session.apply(Command::Start, p.t);
    p.until(StepKind::Rest, RestPurpose::BetweenSets);
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::Hidden) << "between sets of a: not yet";
    p.until(StepKind::Rest, RestPurpose::NextExercise);
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::Asking);
    EXPECT_EQ(p.card.exerciseName(), "Reps a");
}

TEST(FeedbackCard, KeysOneToFourChooseAndFourAsksPain) {
    Played p;
    p.session.apply(Command::Start, p.t);
    p.until(StepKind::Rest, RestPurpose::NextExercise);
    EXPECT_FALSE(p.card.pressDigit(7, p.t).consumed) << "7 is not a choice";
    auto hard = p.card.pressDigit(3, p.t);
    ASSERT_TRUE(hard.record);
    EXPECT_EQ(hard.record->exerciseId, "a");
    EXPECT_EQ(hard.record->rating, ExerciseRating::Hard);
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::Hidden);
    EXPECT_FALSE(p.card.pressDigit(2, p.t).consumed) << "answered: the card is gone";
}

TEST(FeedbackCard, PainfulThenPainDigitsIncludingTen) {
    Played p;
    p.session.apply(Command::Start, p.t);
    p.until(StepKind::Rest, RestPurpose::NextExercise);
    auto painful = p.card.pressDigit(4, p.t);
    ASSERT_TRUE(painful.record);
    EXPECT_EQ(painful.record->rating, ExerciseRating::Painful);
    EXPECT_EQ(painful.record->pain, std::nullopt) << "kept even if the number never comes";
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::AskingPain);
    EXPECT_EQ(p.card.pressDigit(1, p.t).record->pain, 1);
    EXPECT_EQ(p.card.pressDigit(0, p.t + Millis{500}).record->pain, 10);
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::Hidden);
}

TEST(FeedbackCard, ClicksChooseLikeKeys) {
    Played p;
    p.session.apply(Command::Start, p.t);
    p.until(StepKind::Rest, RestPurpose::NextExercise);
    EXPECT_EQ(p.card.choose(ExerciseRating::Painful).record->rating, ExerciseRating::Painful);
    EXPECT_EQ(p.card.choosePain(6).record->pain, 6);
    EXPECT_FALSE(p.card.choosePain(6).consumed);
}

TEST(FeedbackCard, NoAnswerRecordsNothingAndTheRestEndsOnTime) {
    Played p;
    p.session.apply(Command::Start, p.t);
    p.until(StepKind::Rest, RestPurpose::NextExercise);
    const Snapshot rest = p.session.snapshot(p.t);
    const Millis restEnds = p.t + rest.stepRemaining;
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::Asking);
    p.session.advance(restEnds);
    const Snapshot after = p.session.snapshot(restEnds);
    p.card.follow(after);
    EXPECT_NE(after.step->kind, StepKind::Rest) << "the rest ended at its planned time";
    EXPECT_EQ(p.card.stage(), FeedbackCard::Stage::Hidden);
    EXPECT_FALSE(p.card.pressDigit(2, restEnds).consumed) << "too late: nothing recorded";
}
