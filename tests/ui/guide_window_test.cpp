// The guide screens in the real player under xvfb-run (issue 7): the first-run screen shows
// once and not after it is acknowledged, X during a session pauses and records a pain stop,
// the picker lists the shipped routines and a broken one with its error, and each theme and
// text size shows in the pixels.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/player_run.h"
#include "support/screenshot.h"
#include "support/text_files.h"
#include "ui/theme.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;

using Shot = test::Screenshot;
using test::near;
using test::readText;

class GuideWindow : public test::PlayerTestDir {
protected:
    bool intro = false; // false: MATSIDE_NO_INTRO=1 like every other scripted run

    test::ProcessResult play(const std::vector<std::string>& args) {
        std::map<std::string, std::string> env{{"XDG_CONFIG_HOME", (dir / "config").string()},
                                               {"XDG_DATA_HOME", (dir / "data").string()},
                                               {"MATSIDE_REPORT_LIBRARY", "1"}};
        if (!intro) env["MATSIDE_NO_INTRO"] = "1";
        return test::playUnderXvfb(args, env);
    }

    Shot shot(std::vector<std::string> args, const std::string& size = "800x600") {
        const fs::path file = dir / "shot.png";
        fs::remove(file);
        args.insert(args.end(), {"--size", size, "--screenshot", file.string()});
        const auto r = play(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return test::readScreenshot(file);
    }
};

// The warning colour (red flags' heading and sign) is on the first-run screen only.
TEST_F(GuideWindow, FirstRunScreenAppearsOnceAndNotAfterItIsAcknowledged) {
    intro = true;
    const ui::Rgb warn = ui::paletteFor(ui::Phase::Neutral, ui::ThemeId::Dark).warning;
    const Shot first = shot({"--exit-after", "0.8"});
    EXPECT_GT(first.count(warn), 200) << "the red flags in the warning colour";
    EXPECT_FALSE(fs::exists(dir / "config" / "matside" / "settings.json")) << "not acknowledged: nothing saved";

    const Shot again = shot({"--exit-after", "0.8"});
    EXPECT_GT(again.count(warn), 200) << "still not acknowledged: shown again";

    const Shot acknowledged = shot({"--keys", "0.4:enter", "--exit-after", "1.0"});
    EXPECT_LT(acknowledged.count(warn), 20) << "Enter closed it";
    const auto settings = nlohmann::json::parse(readText(dir / "config" / "matside" / "settings.json"));
    EXPECT_EQ(settings["intro_acknowledged"], true);

    const Shot later = shot({"--exit-after", "0.8"});
    EXPECT_LT(later.count(warn), 20) << "acknowledged once: never again";
    const Shot about = shot({"--keys", "0.3:a", "--exit-after", "0.8"});
    EXPECT_GT(about.count(warn), 200) << "A shows the same card from the ready screen";
}

TEST_F(GuideWindow, ItHurtsPausesAndRecordsAPainStop) {
    const fs::path log = dir / "events.jsonl";
    const Shot card = shot({"--events", "0:start,0.3:next", "--keys", "0.6:x", "--exit-after", "1.2"});
    EXPECT_GT(card.count(ui::paletteFor(ui::Phase::Paused).warning), 200) << "the pain card";
    EXPECT_TRUE(near(card.at(2, 2), ui::paletteFor(ui::Phase::Paused).background, 12)) << "paused, dimmed";

    const auto r = play({"--size", "800x600", "--events", "0:start,0.3:next", "--keys", "0.6:x,1.0:e", "--exit-after",
                         "1.4", "--log-events", log.string(), "--data-dir", (dir / "history").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::vector<std::string> commands;
    std::istringstream in(readText(log));
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        if (j["event"] == "command") commands.push_back(j["command"]);
    }
    EXPECT_EQ(commands, (std::vector<std::string>{"start", "next", "pause", "stop_for_pain"}));
    const auto history = test::runMatside({"history", "--json", "--data-dir", (dir / "history").string()});
    ASSERT_EQ(history.exitCode, 0) << history.err;
    EXPECT_NE(history.out.find("stopped_for_pain"), std::string::npos) << history.out;
}

TEST_F(GuideWindow, SkipFromThePainCardStartsTheNextExercise) {
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--size", "800x600", "--events", "0:start,0.3:next", "--keys", "0.6:x,1.0:s", "--exit-after",
                         "1.4", "--log-events", log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = readText(log);
    EXPECT_NE(text.find("\"command\":\"skip_exercise\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"command\":\"resume\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"skipped_steps\":6"), std::string::npos) << "all six sets of exercise 1 skipped: " << text;
    EXPECT_NE(text.find("\"state\":\"prepare\",\"step\":13"), std::string::npos) << "exercise 2's get-ready: " << text;
}

TEST_F(GuideWindow, PickerListsTheShippedRoutinesAndABrokenOneWithItsError) {
    fs::create_directories(dir / "data" / "matside" / "routines");
    std::ofstream(dir / "data" / "matside" / "routines" / "broken.json") << R"({"format": 1, "title": 5})";
    const Shot picker = shot({"--keys", "0.3:o", "--exit-after", "0.9"});
    const auto r = play({"--exit-after", "0"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int listed = 0;
    for (const char* file : {"| si_joint.json\n", "| si_joint_stretches.json\n", "| si_joint_strength.json\n"})
        listed += r.err.find(file) != std::string::npos;
    EXPECT_EQ(listed, 3) << r.err;
    EXPECT_NE(r.err.find("matside: routine library: "), std::string::npos);
    EXPECT_NE(r.err.find("broken.json"), std::string::npos) << r.err;
    const auto validate = test::runMatside({"validate", (dir / "data" / "matside" / "routines" / "broken.json").string()});
    ASSERT_FALSE(validate.err.empty());
    const std::string firstProblem = validate.err.substr(validate.err.find(':') + 1, 40);
    EXPECT_NE(r.err.find(firstProblem), std::string::npos) << "the same message as validate: " << validate.err;
    EXPECT_GT(picker.count(ui::paletteFor(ui::Phase::Neutral).warning), 150) << "the broken routine's warning sign";
    EXPECT_GT(picker.count(ui::paletteFor(ui::Phase::Neutral).accent, 8, 0, 600), 3000) << "the playing routine's row";
}

TEST_F(GuideWindow, PickingARoutineInThePickerPlaysIt) {
    // Library order: shipped routines sorted by title, "10-minute stretches" first.
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--size", "800x600", "--keys", "0.3:o,0.6:1,0.9:space", "--exit-after", "1.3", "--log-events",
                         log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("now playing si_joint_stretches.json"), std::string::npos) << r.err;
    const std::string text = readText(log);
    EXPECT_NE(text.find("\"command\":\"toggle\""), std::string::npos) << "Space started the new routine: " << text;
    const auto sim = test::runMatside({"simulate", (fs::path(MATSIDE_SOURCE_DIR) / "data" / "si_joint_stretches.json").string(),
                                       "--events", "0:start", "--json"});
    const std::string firstCue = sim.out.substr(sim.out.find("get_ready"), 60);
    EXPECT_NE(text.find(firstCue), std::string::npos) << "the stretches routine's first get-ready: " << firstCue;
}

TEST_F(GuideWindow, EachThemeShowsItsBackgroundsOnReadyAndWork) {
    for (auto [name, theme] : {std::pair{"dark", ui::ThemeId::Dark}, std::pair{"light", ui::ThemeId::Light},
                               std::pair{"high-contrast", ui::ThemeId::HighContrast}}) {
        SCOPED_TRACE(name);
        const Shot ready = shot({"--theme", name, "--exit-after", "0.4"});
        EXPECT_TRUE(near(ready.at(2, 2), ui::paletteFor(ui::Phase::Neutral, theme).background));
        const Shot work = shot({"--theme", name, "--events", "0:start,0.2:next", "--exit-after", "0.6"}, "1280x800");
        EXPECT_TRUE(near(work.at(2, 2), ui::paletteFor(ui::Phase::Work, theme).background));
        EXPECT_GT(work.count(ui::paletteFor(ui::Phase::Work, theme).warning, 8), 1000) << "the It hurts button";
    }
}

// The height of the first line of text from the top (the routine's title) in `text` colour.
int firstLineHeight(const Shot& s, ui::Rgb text) {
    int top = -1;
    for (int y = 0; y < s.h; ++y) {
        const bool ink = s.count(text, 30, y, y + 1) >= 2;
        if (ink && top < 0) top = y;
        if (!ink && top >= 0) return y - top;
    }
    return 0;
}

TEST_F(GuideWindow, LargerTextSizesDrawBiggerText) {
    const ui::Rgb text = ui::paletteFor(ui::Phase::Neutral).text;
    int previous = 0;
    for (const char* size : {"small", "normal", "large", "xlarge"}) {
        const int h = firstLineHeight(shot({"--text-size", size, "--exit-after", "0.4"}, "1280x800"), text);
        EXPECT_GT(h, previous) << size;
        previous = h;
    }
}

} // namespace
} // namespace matside
