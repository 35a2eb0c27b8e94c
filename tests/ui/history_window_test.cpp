// History in the real player under xvfb-run: pain ratings typed on the ready and done screens
// end up in the database (read back with `matside history --json`), and the History screen
// (L) draws the calendar and the pain chart: its pixels change with the stored sessions.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "support/player_run.h"
#include "support/screenshot.h"
#include "ui/theme.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

using Png = test::Screenshot;

// MATSIDE_KEEP_SHOTS=1 keeps the screenshots for a person to look at (PlayerTestDir).
class HistoryWindow : public test::PlayerTestDir {
protected:
    test::ProcessResult play(const std::vector<std::string>& args) {
        return test::playUnderXvfb(args, {{"XDG_CONFIG_HOME", (dir / "config").string()}, {"MATSIDE_NO_INTRO", "1"}});
    }
    Png historyShot(const fs::path& data, const std::string& size, const std::string& name) {
        const fs::path file = dir / name;
        const auto r = play({"--data-dir", data.string(), "--size", size, "--keys", "0.3:l", "--exit-after", "1.2",
                             "--screenshot", file.string()});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return test::readScreenshot(file);
    }
};

// A finished session `daysAgo` with a completed step and the two ratings.
void seed(HistoryStore& store, int daysAgo, int before, int after) {
    SessionStart start;
    start.routineId = "si_joint";
    start.routineTitle = "SI joint: full programme";
    start.routineHash = "0123456789abcdef";
    start.planSteps = 10;
    start.painBefore = before;
    start.startedAt = std::chrono::system_clock::now() - std::chrono::hours(24 * daysAgo);
    const auto id = store.beginSession(start);
    StepRecord step;
    step.stepIndex = 1;
    step.exerciseId = "hamstring_stretch";
    step.exerciseName = "Hamstring stretch";
    step.side = Side::Left;
    step.set = 1;
    step.seconds = 30;
    store.recordStep(id, step);
    store.finishSession(id, SessionEnd::Completed, after, "seeded", start.startedAt + 20min);
}

TEST_F(HistoryWindow, PainRatingsTypedOnTheReadyAndDoneScreensAreStored) {
    const fs::path data = dir / "data";
    // 1 then 0 is 10 before Start; the session is quit; 3 on the done screen.
    const auto r = play({"--data-dir", data.string(), "--size", "800x600", "--keys", "0.2:1,0.4:0,1.6:3", "--events",
                         "0.8:start,1.2:quit", "--exit-after", "2.2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto h = test::runMatside({"history", "--json", "--data-dir", data.string()});
    ASSERT_EQ(h.exitCode, 0) << h.err;
    const auto json = nlohmann::json::parse(h.out);
    ASSERT_EQ(json["sessions"].size(), 1u) << h.out;
    const auto& s = json["sessions"][0];
    EXPECT_EQ(s["pain_before"], 10);
    EXPECT_EQ(s["pain_after"], 3);
    EXPECT_EQ(s["end_reason"], "quit");
}

TEST_F(HistoryWindow, DigitsDuringASessionDoNotRatePain) {
    const fs::path data = dir / "data";
    const auto r = play({"--data-dir", data.string(), "--size", "800x600", "--keys", "0.2:4,0.9:8", "--events",
                         "0.5:start,1.3:quit", "--exit-after", "1.8"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(test::runMatside({"history", "--json", "--data-dir", data.string()}).out);
    ASSERT_EQ(json["sessions"].size(), 1u);
    EXPECT_EQ(json["sessions"][0]["pain_before"], 4) << "the 8 came while the session ran";
    EXPECT_TRUE(json["sessions"][0]["pain_after"].is_null());
}

// The window takes far longer than 30 ms to open, so the key at 0.01 s and the start at
// 0.03 s are both due in the loop's first turn: they must still happen in their order (the
// 4 on the ready screen rates pain before), and the 8 after the start rates nothing.
TEST_F(HistoryWindow, ScriptedKeysAndEventsDueTogetherKeepTheirOrder) {
    const fs::path data = dir / "data";
    const auto r = play({"--data-dir", data.string(), "--size", "800x600", "--keys", "0.01:4,0.04:8", "--events",
                         "0.03:start,0.6:quit", "--exit-after", "1.0"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(test::runMatside({"history", "--json", "--data-dir", data.string()}).out);
    ASSERT_EQ(json["sessions"].size(), 1u);
    EXPECT_EQ(json["sessions"][0]["pain_before"], 4);
}

// xdotool clicks into the done screen's note (at 800x600 its field is centred on 400,356) and
// types "q felt fine 7": Q must not quit and 7 must not rate pain while the field has focus.
TEST_F(HistoryWindow, WhileTheNoteHasFocusKeysTypeTextInsteadOfShortcuts) {
    if (!fs::exists("/usr/bin/xdotool")) GTEST_SKIP() << "xdotool is not installed";
    const fs::path data = dir / "data";
    const std::string script = std::string("\"") + MATSIDE_BINARY + "\" play --data-dir \"" + data.string() +
                               "\" --size 800x600 --events 0.3:start,0.6:quit --exit-after 6 & p=$!; sleep 2.5; "
                               "xdotool mousemove 400 356 click 1; sleep 0.4; xdotool type --delay 60 'q felt fine 7'; "
                               "sleep 0.4; xdotool key Return; wait $p";
    const auto r = test::runProcess({XVFB_RUN, "-a", "-s", "-screen 0 800x600x24", "/bin/sh", "-c", script},
                                    {{"XDG_CONFIG_HOME", (dir / "config").string()}, {"MATSIDE_NO_INTRO", "1"}}, 60);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(test::runMatside({"history", "--json", "--data-dir", data.string()}).out);
    ASSERT_EQ(json["sessions"].size(), 1u);
    EXPECT_EQ(json["sessions"][0]["note"], "q felt fine 7");
    EXPECT_TRUE(json["sessions"][0]["pain_after"].is_null()) << "the 7 was text";
}

TEST_F(HistoryWindow, TheHistoryScreenDrawsTheCalendarAndThePainChart) {
    const fs::path empty = dir / "empty", seeded = dir / "seeded";
    {
        auto opened = HistoryStore::open(seeded / "history.sqlite3");
        ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        const int ratings[][3] = {{20, 7, 5}, {12, 6, 4}, {6, 6, 3}, {3, 5, 3}, {1, 4, 2}};
        for (const auto& r : ratings) seed(*opened.store, r[0], r[1], r[2]);
    }
    // One more, simulated and recorded: it counts as a day trained (today) without ratings.
    const auto sim = test::runMatside({"simulate", "--record", "--data-dir", seeded.string(), "--events", "0:start"});
    ASSERT_EQ(sim.exitCode, 0) << sim.err;

    const ui::Palette& pal = ui::paletteFor(ui::Phase::Neutral);
    for (const std::string size : {"1280x800", "800x600"}) {
        SCOPED_TRACE(size);
        const Png none = historyShot(empty, size, "history-empty-" + size + ".png");
        const Png some = historyShot(seeded, size, "history-" + size + ".png");
        ASSERT_GT(some.w, 0);
        ASSERT_GT(none.w, 0);
        // Calendar (left third of the middle band): six trained days are accent squares.
        const int calendarSome = some.countIn(pal.accent, 0.0f, 0.35f, 0.2f, 0.7f);
        const int calendarNone = none.countIn(pal.accent, 0.0f, 0.35f, 0.2f, 0.7f);
        EXPECT_GT(calendarSome, calendarNone + 6 * 60) << calendarSome << " vs " << calendarNone;
        // Chart (right of the calendar): the "after" line and dots in the accent colour, the
        // "before" line in the muted one.
        const int afterSome = some.countIn(pal.accent, 0.35f, 1.0f, 0.25f, 0.7f);
        const int afterNone = none.countIn(pal.accent, 0.35f, 1.0f, 0.25f, 0.7f);
        EXPECT_GT(afterSome, afterNone + 300) << afterSome << " vs " << afterNone;
        const int beforeSome = some.countIn(pal.muted, 0.35f, 1.0f, 0.25f, 0.7f);
        const int beforeNone = none.countIn(pal.muted, 0.35f, 1.0f, 0.25f, 0.7f);
        EXPECT_GT(beforeSome, beforeNone + 200) << beforeSome << " vs " << beforeNone;
    }
}

} // namespace
} // namespace matside
