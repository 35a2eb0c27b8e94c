// The Help overlay and the quit question in the real player under xvfb-run, driven by --keys:
// H covers the screen with the key table and Esc takes it away; Q during a session only asks
// (the session runs on), Q twice quits with exit 0 long before --exit-after.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/player_run.h"
#include "support/screenshot.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;

using Image = test::Screenshot;

// The session summary's elapsed seconds from an --log-events file, if it ended.
std::optional<double> summaryElapsed(const fs::path& log) {
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded() && j.value("event", "") == "summary") return j.value("elapsed_seconds", -1.0);
    }
    return std::nullopt;
}

class OverlayWindow : public test::PlayerTestDir {
protected:
    test::ProcessResult play(std::vector<std::string> args) {
        args.insert(args.begin(), {"--size", "800x600"});
        return test::playUnderXvfb(args, {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                          {"XDG_DATA_HOME", (dir / "data").string()},
                                          {"MATSIDE_NO_INTRO", "1"}});
    }

    Image shot(const std::string& keys) {
        const fs::path file = dir / "shot.png";
        fs::remove(file);
        std::vector<std::string> args{"--exit-after", "1.2", "--screenshot", file.string()};
        if (!keys.empty()) args.insert(args.end(), {"--keys", keys});
        const auto r = play(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return test::readScreenshot(file);
    }
};

TEST_F(OverlayWindow, HOpensTheHelpOverTheReadyScreenAndEscClosesIt) {
    const Image ready = shot("");
    const Image help = shot("0.3:h");
    const Image closed = shot("0.3:h,0.7:esc");
    ASSERT_FALSE(ready.rgb.empty());
    EXPECT_GT(test::changedShare(ready, help), 0.25) << "the key table covers the middle of the screen";
    EXPECT_LT(test::changedShare(ready, closed), 0.01) << "Esc leaves the ready screen as it was";
}

TEST_F(OverlayWindow, QDuringASessionOnlyAsksAndTheSessionRunsOn) {
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--events", "0:start", "--keys", "0.5:q", "--exit-after", "2.5", "--log-events", log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto elapsed = summaryElapsed(log);
    ASSERT_TRUE(elapsed) << "the summary line";
    EXPECT_GE(*elapsed, 2.3) << "one Q asks; the player ran on to --exit-after";
}

TEST_F(OverlayWindow, QTwiceQuitsWithExitZeroBeforeExitAfter) {
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--events", "0:start", "--keys", "0.5:q,0.8:q", "--exit-after", "6", "--log-events", log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto elapsed = summaryElapsed(log);
    ASSERT_TRUE(elapsed) << "the summary line";
    EXPECT_LT(*elapsed, 2.0) << "the second Q quits at once";
    EXPECT_GE(*elapsed, 0.7);
}

} // namespace
} // namespace matside
