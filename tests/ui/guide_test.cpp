// The guide's rules without a window: the first-run screen takes the keyboard until it is
// acknowledged, X pauses and opens the pain card from anywhere in a session, the card's
// skip and stop reach the session, Esc closes, digits pick a routine only in the picker.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/guide.h"
#include "player/key_script.h"

#include <gtest/gtest.h>

namespace matside {
namespace {

using namespace std::chrono_literals;
using K = ui::Action::Kind;
using ui::GuideScreen;

Routine twoExercises() {
    Routine r;
    r.title = "Two";
    for (const char* id : {"a", "b"}) {
        Exercise e;
        e.id = id;
        e.name = id;
        e.sets = 1;
        e.holdSeconds = 20;
        e.timings.prepareSeconds = 5;
        r.exercises.push_back(e);
    }
    return r;
}

struct GuideTest : ::testing::Test {
    Routine routine = twoExercises();
    Plan plan = expandPlan(routine);
    PlayerController controller{plan, {}};

    // What PlayerApp::act does: the guide first, then the controller for what it passes on.
    GuideResult press(Guide& guide, ui::Action a, Millis now = 0ms) {
        GuideResult r = guide.handle(a, controller, 3);
        for (const ui::Action& f : r.consumed ? r.forward : std::vector<ui::Action>{a}) controller.handle(f, now, false);
        return r;
    }
};

TEST_F(GuideTest, FirstRunScreenTakesTheKeyboardUntilAcknowledged) {
    Guide guide(true);
    EXPECT_EQ(guide.screen(), GuideScreen::Intro);
    press(guide, ui::Action::session(Command::Toggle));
    EXPECT_EQ(controller.session().state(), SessionState::Ready) << "Space acknowledges, it does not start";
    EXPECT_EQ(guide.screen(), GuideScreen::None);
    Guide again(true);
    EXPECT_FALSE(press(again, ui::Action::of(K::Tips)).acknowledged);
    EXPECT_EQ(again.screen(), GuideScreen::Intro) << "other keys do nothing on the first-run screen";
    EXPECT_TRUE(press(again, ui::Action::of(K::Acknowledge)).acknowledged);
    EXPECT_FALSE(Guide(false).screen() != GuideScreen::None);
}

TEST_F(GuideTest, ItHurtsPausesAndTheCardEndsTheSessionForPain) {
    Guide guide(false);
    press(guide, ui::Action::session(Command::Start), 0ms);
    press(guide, ui::Action::of(K::ItHurts), 1s);
    EXPECT_EQ(guide.screen(), GuideScreen::Pain);
    EXPECT_EQ(controller.session().state(), SessionState::Paused);
    press(guide, ui::Action::session(Command::StopForPain), 2s);
    EXPECT_EQ(controller.session().state(), SessionState::Done);
    EXPECT_EQ(controller.snapshot(2s).endReason, EndReason::StoppedForPain);
    EXPECT_EQ(guide.screen(), GuideScreen::None);
}

TEST_F(GuideTest, SkipFromThePainCardGoesOnWithTheNextExercise) {
    Guide guide(false);
    press(guide, ui::Action::session(Command::Start), 0ms);
    press(guide, ui::Action::of(K::ItHurts), 1s);
    press(guide, ui::Action::session(Command::SkipExercise), 2s);
    const Snapshot s = controller.snapshot(2s);
    ASSERT_NE(s.step, nullptr);
    EXPECT_EQ(s.step->exerciseIndex, 1u);
    EXPECT_NE(controller.session().state(), SessionState::Paused) << "the next get-ready runs";
}

TEST_F(GuideTest, StopForPainOnlyFromTheCard) {
    Guide guide(false);
    press(guide, ui::Action::session(Command::Start), 0ms);
    press(guide, ui::Action::session(Command::StopForPain), 1s);
    EXPECT_NE(controller.session().state(), SessionState::Done) << "E alone must not end a session";
}

TEST_F(GuideTest, EscClosesAndDigitsPickRoutinesOnlyInThePicker) {
    Guide guide(false);
    EXPECT_FALSE(press(guide, ui::Action::indexed(K::Number, 1)).consumed) << "digits on ready are the pain rating's";
    press(guide, ui::Action::of(K::Routines));
    EXPECT_EQ(guide.screen(), GuideScreen::Routines);
    EXPECT_FALSE(press(guide, ui::Action::indexed(K::Number, 7)).pickRoutine.has_value()) << "only 3 routines";
    EXPECT_EQ(press(guide, ui::Action::indexed(K::Number, 2)).pickRoutine, 2);
    EXPECT_EQ(guide.screen(), GuideScreen::None);
    press(guide, ui::Action::of(K::Tips));
    press(guide, ui::Action::of(K::CloseOverlay));
    EXPECT_EQ(guide.screen(), GuideScreen::None);
}

TEST_F(GuideTest, ExerciseInfoDuringASessionPausesOnTheCurrentExercise) {
    Guide guide(false);
    press(guide, ui::Action::session(Command::Start), 0ms);
    press(guide, ui::Action::session(Command::SkipExercise), 1s);
    press(guide, ui::Action::of(K::ExerciseInfo), 2s);
    EXPECT_EQ(guide.screen(), GuideScreen::Exercise);
    EXPECT_EQ(guide.exercise(), 1);
    EXPECT_EQ(controller.session().state(), SessionState::Paused);
}

TEST(KeyScript, ParsesNamedKeysAndCharactersThroughTheKeyTable) {
    auto parsed = parseKeyScript("0.5:x,1:enter,1.5:esc,2:1");
    ASSERT_TRUE(std::holds_alternative<std::vector<ScriptedKey>>(parsed));
    const auto& keys = std::get<std::vector<ScriptedKey>>(parsed);
    ASSERT_EQ(keys.size(), 4u);
    EXPECT_EQ(keys[0].at, 500ms);
    EXPECT_EQ(keys[0].action, ui::Action::of(K::ItHurts));
    EXPECT_EQ(keys[1].action, ui::Action::session(Command::Done));
    EXPECT_EQ(keys[2].action, ui::Action::of(K::CloseOverlay));
    EXPECT_TRUE(std::holds_alternative<std::string>(parseKeyScript("1:nokey")));
    EXPECT_TRUE(std::holds_alternative<std::string>(parseKeyScript("2:x,1:x")));
    EXPECT_TRUE(std::holds_alternative<std::string>(parseKeyScript("x")));
}

} // namespace
} // namespace matside
