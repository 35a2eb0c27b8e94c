// The real player under xvfb-run: its screenshots show the phase colours and a timer at
// least a quarter of the window tall, its event log matches `simulate`, and without a
// display it says so in one line and exits non-zero; with no fonts it falls back and says so.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/player_run.h"
#include "support/screenshot.h"
#include "support/text_files.h"
#include "ui/theme.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;

using test::near;
using test::Screenshot;
using test::timerInkHeight;

class PlayerWindow : public test::PlayerTestDir {
protected:
    test::ProcessResult play(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
        // A fresh settings folder, and no first-run screen over the player (MATSIDE_NO_INTRO).
        env.emplace("XDG_CONFIG_HOME", (dir / "config").string());
        env.emplace("MATSIDE_NO_INTRO", "1");
        return test::playUnderXvfb(args, env);
    }

    Screenshot shot(const std::string& size, const std::string& events, double exitAfter,
                    const std::map<std::string, std::string>& env = {}, std::string* err = nullptr) {
        const fs::path file = dir / "shot.png";
        const auto r = play({"--size", size, "--events", events, "--exit-after", std::to_string(exitAfter),
                             "--screenshot", file.string()},
                            env);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        if (err) *err = r.err;
        return test::readScreenshot(file);
    }
};

TEST_F(PlayerWindow, EachPhaseShowsItsOwnColour) {
    struct Case {
        const char* events;
        double exitAfter;
        ui::Phase phase;
    } cases[] = {
        {"0:start", 0.4, ui::Phase::Prepare},
        {"0:start,0.2:next", 0.6, ui::Phase::Work},
        {"0:start,0.2:next,0.4:next", 0.8, ui::Phase::Rest},
        {"0:start,0.2:next,0.4:pause", 0.8, ui::Phase::Paused},
    };
    for (const Case& c : cases) {
        const Screenshot png = shot("1280x800", c.events, c.exitAfter);
        const ui::Palette& p = ui::paletteFor(c.phase);
        SCOPED_TRACE(p.name);
        ASSERT_EQ(png.w, 1280);
        ASSERT_EQ(png.h, 800);
        // Corners and the left edge are plain background (under the paused overlay the
        // paused grey dimmed by itself, so the same colour).
        EXPECT_TRUE(near(png.at(2, 2), p.background));
        EXPECT_TRUE(near(png.at(1277, 2), p.background));
        EXPECT_TRUE(near(png.at(2, 400), p.background));
    }
}

TEST_F(PlayerWindow, TimerDigitsAreAQuarterOfTheWindowTall) {
    const Screenshot png = shot("1280x800", "0:start,0.2:next", 0.6);
    ASSERT_EQ(png.h, 800);
    const int ink = timerInkHeight(png, ui::paletteFor(ui::Phase::Work).text);
    EXPECT_GE(ink, 200) << "digit ink " << ink << " px of 800";
    EXPECT_LT(ink, 400);
}

TEST_F(PlayerWindow, ScreenshotsFollowTheWindowSize) {
    for (const auto& [size, w, h] : {std::tuple{"800x600", 800, 600}, std::tuple{"1920x1080", 1920, 1080}}) {
        const Screenshot png = shot(size, "0:start,0.2:next", 0.5);
        EXPECT_EQ(png.w, w);
        EXPECT_EQ(png.h, h);
        if (png.h == h) {
            EXPECT_GE(timerInkHeight(png, ui::paletteFor(ui::Phase::Work).text), h / 5);
        }
    }
}

// A machine where fontconfig finds no font at all: the player says so in one line and draws
// with Dear ImGui's built-in pixel font, the timer still a fifth of the window tall (the pixel
// font's digits fill less of their cell than DejaVu's).
TEST_F(PlayerWindow, NoFontsFoundFallsBackToTheBuiltInFontAndSaysSo) {
    const fs::path conf = dir / "no-fonts.conf";
    std::ofstream(conf)
        << "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n";
    const std::string notice = "matside: no usable font found through fontconfig";
    std::string err;
    const Screenshot normal = shot("1280x800", "0:start,0.2:next", 0.6, {}, &err);
    EXPECT_EQ(err.find(notice), std::string::npos) << err;
    const Screenshot bare = shot("1280x800", "0:start,0.2:next", 0.6, {{"FONTCONFIG_FILE", conf.string()}}, &err);
    EXPECT_NE(err.find(notice), std::string::npos) << err;
    EXPECT_NE(err.find("fonts-dejavu-core"), std::string::npos) << "the notice names the package to install: " << err;
    ASSERT_EQ(bare.h, 800);
    const ui::Rgb text = ui::paletteFor(ui::Phase::Work).text;
    const int ink = timerInkHeight(bare, text);
    EXPECT_GE(ink, 160) << "pixel-font timer ink " << ink << " px of 800";
    // A different face, so different pixels where the text is (the frames are otherwise alike).
    ASSERT_EQ(normal.rgb.size(), bare.rgb.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < normal.rgb.size(); i += 3) differing += normal.rgb[i] != bare.rgb[i];
    EXPECT_GT(differing, 2000u) << "the two screenshots should differ in their text";
}

TEST_F(PlayerWindow, EventLogMatchesSimulateForTheSameEvents) {
    // Includes a rest that ends by itself (switch sides, 5 s) so a deadline is logged too.
    const std::string events = "0:start,0.3:next,0.6:next,1.0:pause,1.5:resume";
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--size", "800x600", "--events", events, "--exit-after", "7", "--log-events", log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto played = test::jsonLines(test::readText(log));
    ASSERT_GE(played.size(), 3u);
    ASSERT_EQ(played.back()["event"], "summary");
    played.pop_back();

    const auto sim = test::runMatside({"simulate", "--events", events, "--json"});
    ASSERT_EQ(sim.exitCode, 0) << sim.err;
    const auto predicted = test::jsonLines(sim.out);
    ASSERT_GT(predicted.size(), played.size());
    bool sawNaturalEnd = false;
    for (std::size_t i = 0; i < played.size(); ++i) {
        SCOPED_TRACE("line " + std::to_string(i) + ": " + played[i].dump());
        nlohmann::json a = played[i], b = predicted[i];
        EXPECT_NEAR(a["t"].get<double>(), b["t"].get<double>(), 0.03);
        a.erase("t");
        b.erase("t");
        EXPECT_EQ(a, b);
        if (a["event"] == "state" && a["state"] == "work" && played[i]["t"].get<double>() > 5.0) sawNaturalEnd = true;
    }
    EXPECT_TRUE(sawNaturalEnd) << "the switch-sides rest should have ended on its own within 7 s";
}

TEST(PlayerNoDisplay, SaysSoInOneLineAndExitsNonZero) {
    const auto r = test::runProcess({"/usr/bin/env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", MATSIDE_BINARY, "play"});
    EXPECT_EQ(r.signal, 0);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("xvfb-run"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("display"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

} // namespace
} // namespace matside
