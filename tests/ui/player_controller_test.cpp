// Player state around the session: the quit question, help, mute, Esc and fullscreen,
// scripted commands on time, and the events every sink receives.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/latency_sink.h"
#include "player/player_controller.h"

#include <gtest/gtest.h>

namespace matside {
namespace {

using namespace std::chrono_literals;
using K = ui::Action::Kind;

Routine tinyRoutine() {
    Routine r;
    r.title = "Tiny";
    Exercise e;
    e.id = "hold";
    e.name = "Hold";
    e.sets = 1;
    e.holdSeconds = 20;
    e.timings.prepareSeconds = 5;
    r.exercises.push_back(e);
    return r;
}

struct Recorder : EventSink {
    std::vector<SessionEvent> events;
    int closed = 0;
    void onEvents(const std::vector<SessionEvent>& e, const Snapshot&) override {
        events.insert(events.end(), e.begin(), e.end());
    }
    void onClose(const Snapshot&) override { ++closed; }
};

struct ControllerTest : ::testing::Test {
    Routine routine = tinyRoutine();
    Plan plan = expandPlan(routine);
};

TEST_F(ControllerTest, SpaceStartsAndQuitNeedsASecondQWhileRunning) {
    PlayerController c(plan, {});
    EXPECT_FALSE(c.handle(ui::Action::session(Command::Toggle), 0ms, false).quit);
    EXPECT_TRUE(c.sessionRunning());
    EXPECT_FALSE(c.handle(ui::Action::of(K::Quit), 1s, false).quit);
    EXPECT_TRUE(c.quitPromptOpen());
    // While asking, other keys do nothing to the session.
    c.handle(ui::Action::session(Command::Done), 1100ms, false);
    EXPECT_EQ(c.session().state(), SessionState::Prepare);
    EXPECT_TRUE(c.handle(ui::Action::of(K::Quit), 1200ms, false).quit);
    EXPECT_EQ(c.session().state(), SessionState::Done);
}

TEST_F(ControllerTest, EscCancelsTheQuestionThenClosesHelpThenLeavesFullscreen) {
    PlayerController c(plan, {});
    c.handle(ui::Action::session(Command::Start), 0ms, false);
    c.handle(ui::Action::of(K::Quit), 0ms, true);
    c.handle(ui::Action::of(K::CloseOverlay), 0ms, true);
    EXPECT_FALSE(c.quitPromptOpen());
    EXPECT_TRUE(c.sessionRunning());
    c.handle(ui::Action::of(K::Help), 0ms, true);
    EXPECT_TRUE(c.helpOpen());
    EXPECT_FALSE(c.handle(ui::Action::of(K::CloseOverlay), 0ms, true).leaveFullscreen);
    EXPECT_FALSE(c.helpOpen());
    EXPECT_TRUE(c.handle(ui::Action::of(K::CloseOverlay), 0ms, true).leaveFullscreen);
    EXPECT_FALSE(c.handle(ui::Action::of(K::CloseOverlay), 0ms, false).leaveFullscreen);
}

TEST_F(ControllerTest, QuitOnTheReadyScreenNeedsNoQuestion) {
    PlayerController c(plan, {});
    EXPECT_TRUE(c.handle(ui::Action::of(K::Quit), 0ms, false).quit);
}

TEST_F(ControllerTest, MuteAndFullscreenAreWindowMatters) {
    PlayerController c(plan, {});
    c.handle(ui::Action::of(K::Mute), 0ms, false);
    EXPECT_TRUE(c.muted());
    EXPECT_TRUE(c.handle(ui::Action::of(K::Fullscreen), 0ms, false).toggleFullscreen);
    EXPECT_EQ(c.session().state(), SessionState::Ready);
}

TEST_F(ControllerTest, ScriptedCommandsApplyAtTheirOwnTimeAndReachTheSinks) {
    PlayerController c(plan, {{0ms, Command::Start}, {2000ms, Command::Next}});
    Recorder rec;
    c.addSink(&rec);
    c.announceReady(0ms);
    EXPECT_EQ(c.nextDeadline(0ms), Millis{0});
    EXPECT_TRUE(c.tick(10ms));
    EXPECT_EQ(c.session().state(), SessionState::Prepare);
    EXPECT_EQ(c.nextDeadline(10ms).value_or(99999ms) <= 1000ms, true) << "the next second of the countdown";
    c.tick(2050ms); // woke 50 ms late: the command still counts at 2.000 s
    EXPECT_EQ(c.session().state(), SessionState::Work);
    bool sawWorkAt2s = false;
    for (const auto& e : rec.events)
        if (auto* s = std::get_if<StateEvent>(&e.what); s && s->state == SessionState::Work)
            sawWorkAt2s = e.t == 2000ms;
    EXPECT_TRUE(sawWorkAt2s);
    ASSERT_FALSE(rec.events.empty());
    EXPECT_EQ(std::get<StateEvent>(rec.events.front().what).state, SessionState::Ready);
    EXPECT_TRUE(c.scriptFinished());
    c.close(2100ms);
    EXPECT_EQ(rec.closed, 1);
}

TEST_F(ControllerTest, SessionCommandsAreIgnoredOnceDone) {
    PlayerController c(plan, {});
    c.handle(ui::Action::session(Command::Start), 0ms, false);
    c.tick(60s);
    EXPECT_EQ(c.session().state(), SessionState::Done);
    EXPECT_FALSE(c.sessionRunning());
    c.handle(ui::Action::session(Command::Prev), 61s, false);
    EXPECT_EQ(c.session().state(), SessionState::Done);
    EXPECT_TRUE(c.handle(ui::Action::of(K::Quit), 61s, false).quit);
}

TEST(LatencySink, MeasuresDeadlinesOnlyNotCommands) {
    VirtualClock clock(Millis{1000});
    LatencySink sink(clock, Millis{1000}); // session time = clock - 1000
    Snapshot snap;
    clock.set(Millis{1000 + 500});
    // A command's batch (started 300 ms "late" because the window was still opening): ignored.
    sink.onEvents({{Millis{200}, CommandEvent{Command::Start}}, {Millis{200}, StateEvent{SessionState::Prepare, 0}}}, snap);
    EXPECT_EQ(sink.count(), 0);
    // A deadline at 10.000 s noticed at 10.012 s.
    clock.set(Millis{1000 + 10012});
    sink.onEvents({{Millis{10000}, StateEvent{SessionState::Work, 1}}}, snap);
    EXPECT_EQ(sink.count(), 1);
    EXPECT_EQ(sink.worst(), Millis{12});
}

} // namespace
} // namespace matside
