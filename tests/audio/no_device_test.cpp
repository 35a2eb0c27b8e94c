// With no sound device and no espeak-ng data, a whole session plays to its end, silently and fast.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_system.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/session.h"
#include "support/alsoft_env.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

namespace matside {
namespace {

using namespace std::chrono_literals;

// An invalid driver list: alcOpenDevice fails at once, as on a machine without sound.
const auto* const g_env =
    ::testing::AddGlobalTestEnvironment(new test::AlsoftEnvironment("drivers=no-such-driver"));

int countLines(const std::string& text, const std::string& needle) {
    int n = 0;
    for (std::size_t at = 0; (at = text.find(needle, at)) != std::string::npos; at += needle.size()) ++n;
    return n;
}

TEST(NoDevice, WholeSessionRunsToTheEndSilently) {
    const std::filesystem::path source(MATSIDE_SOURCE_DIR);
    const auto loaded = loadRoutineFile(source / "data/si_joint.json", {source / "assets"});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    Session session(plan);
    VirtualClock clock;

    testing::internal::CaptureStderr();
    const auto wallStart = std::chrono::steady_clock::now();
    auto slowest = std::chrono::steady_clock::duration::zero();
    int cues = 0;
    {
        // An empty espeak-ng-data dir, as when the data package is missing (a path that does
        // not exist at all makes espeak-ng fall back to its default data).
        const std::filesystem::path espeakHome = test::AlsoftEnvironment::dir() / "espeak";
        std::filesystem::create_directories(espeakHome / "espeak-ng-data");
        AudioSystem audio(clock, AudioSettings{}, AudioBackends{"", espeakHome.string()});
        auto feed = [&](const std::vector<SessionEvent>& events) {
            const auto t0 = std::chrono::steady_clock::now();
            audio.cues().onEvents(events, session.snapshot(clock.now()));
            slowest = std::max(slowest, std::chrono::steady_clock::now() - t0);
            for (const SessionEvent& e : events) cues += std::holds_alternative<CueEvent>(e.what);
        };
        // The UI thread does not wait for the device: events flow before it is known missing.
        feed(session.apply(Command::Start, clock.now()));
        while (session.state() != SessionState::Done && clock.now() < Millis{4 * 3600 * 1000}) {
            clock.advance(Millis{250});
            feed(session.advance(clock.now()));
        }
        EXPECT_FALSE(audio.output().waitUntilOpen(5s));
        EXPECT_TRUE(audio.output().silent());
        EXPECT_TRUE(audio.cues().silent()) << "the UI shows its muted icon from this";
        EXPECT_EQ(audio.output().failure(), "no sound device");
        EXPECT_FALSE(audio.speech().waitUntilReady(5s));
        EXPECT_FALSE(audio.cues().voiceAvailable());
        // Still silent after more cues, and the toggles still work.
        audio.cues().toggleMute();
        audio.cues().toggleVoice();
        feed({{clock.now(), CueEvent{CueKind::SessionDone, "Well done."}}});
    }
    const auto wall = std::chrono::steady_clock::now() - wallStart;
    const std::string err = testing::internal::GetCapturedStderr();

    EXPECT_EQ(session.state(), SessionState::Done);
    EXPECT_EQ(session.snapshot(clock.now()).endReason, EndReason::Completed);
    EXPECT_GT(cues, 100) << "the default routine should have produced many cues";
    EXPECT_LT(wall, 8s) << "a silent session must not wait on anything";
    // onEvents only posts requests; the margin is for a busy CI machine descheduling the test.
    EXPECT_LT(slowest, 100ms) << "onEvents must never stall a frame";
    EXPECT_EQ(countLines(err, "running silently"), 1) << err;
    EXPECT_EQ(countLines(err, "no voice"), 1) << err;
    EXPECT_EQ(countLines(err, "matside:"), 2) << "one line each, nothing more:\n" << err;
}

} // namespace
} // namespace matside
