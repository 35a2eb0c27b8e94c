// Every text a valid routine may hold fits its box on every screen (issue 18): the real player
// plays a routine whose every string is as long as the validator allows, at three window
// sizes and four text sizes, and reports each text's drawn rectangle (ImGui's item rectangle
// or the fitted lines') against its box; nothing may leave its box, nothing may be dropped.
// Beside them, the shipped drawings fill their panel: no wide empty band above the figure.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/routine_limits.h"
#include "support/player_run.h"
#include "support/screenshot.h"
#include "support/text_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace matside {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Plain words, exactly `chars` characters long, ending in `tag` so each string is its own.
std::string textOf(std::size_t chars, const std::string& tag) {
    static const std::string words =
        "Slowly bring the opposite knee towards the chest while keeping the other leg long and the "
        "lower back relaxed against the mat, breathing out as you move and never into sharp pain ";
    std::string out;
    while (out.size() + tag.size() < chars) out += words[out.size() % words.size()];
    out += tag;
    if (out.back() == ' ') out.back() = 'x';
    return out.substr(0, chars);
}

json listOf(std::size_t items, std::size_t chars, const std::string& tag) {
    json list = json::array();
    for (std::size_t i = 0; i < items; ++i) list.push_back(textOf(chars, " " + tag + std::to_string(i + 1)));
    return list;
}

// A routine made of the longest strings the loader accepts (core/routine_limits.h).
json longestRoutine(std::size_t keyPoints, std::size_t equipment, const std::string& picture) {
    using namespace limits;
    json exercises = json::array();
    for (int i = 1; i <= 3; ++i) {
        json e = {{"id", "long_" + std::to_string(i)},
                  {"name", textOf(kExerciseNameChars, " N" + std::to_string(i))},
                  {"summary", textOf(kExerciseSummaryChars, " S")},
                  {"sides", i == 1 ? "each" : "both"},
                  {"sets", 3},
                  {"key_points", listOf(keyPoints, kKeyPointChars, "K")},
                  {"equipment", listOf(equipment, kEquipmentChars, "E" + std::to_string(i) + "-")},
                  {"target_muscles", listOf(2, kTargetMuscleChars, "M")},
                  {"cautions", listOf(2, kCautionChars, "C")},
                  {"why", textOf(kWhyChars, " W")}};
        if (i == 2) e["reps"] = 10;
        else e["hold_seconds"] = 30;
        if (!picture.empty()) e["illustrations"] = {{"start", picture}, {"end", picture}};
        exercises.push_back(e);
    }
    return {{"format", 1},
            {"id", "longest"},
            {"title", textOf(kTitleChars, " T")},
            {"summary", textOf(kRoutineSummaryChars, " S")},
            {"disclaimer", textOf(kDisclaimerChars, " D")},
            {"exercises", exercises}};
}

struct Box {
    std::string what, text;
    float box[4], drawn[4];
};

std::vector<Box> readBoxes(const fs::path& file) {
    std::vector<Box> boxes;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        const json j = json::parse(line);
        Box b{j.at("what"), j.at("text"), {}, {}};
        for (int i = 0; i < 4; ++i) {
            b.box[i] = j.at("box")[i];
            b.drawn[i] = j.at("drawn")[i];
        }
        boxes.push_back(std::move(b));
    }
    return boxes;
}

bool inside(const float in[4], const float out[4], float slack = 1.0f) {
    return in[0] >= out[0] - slack && in[1] >= out[1] - slack && in[2] <= out[2] + slack && in[3] <= out[3] + slack;
}

class TextFitWindow : public test::PlayerTestDir {
protected:
    // Plays `routine` with `events`, and returns every text box the frames reported.
    std::vector<Box> play(const json& routine, const std::string& size, const std::string& textSize,
                          const std::string& events, double exitAfter) {
        const fs::path file = dir / "longest.json";
        std::ofstream(file) << routine.dump(2);
        const fs::path report = dir / ("boxes-" + size + "-" + textSize + ".jsonl");
        fs::remove(report);
        const auto r = test::playUnderXvfb({file.string(), "--size", size, "--text-size", textSize, "--events", events,
                                            "--exit-after", std::to_string(exitAfter)},
                                           {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                            {"XDG_DATA_HOME", (dir / "data").string()},
                                            {"MATSIDE_NO_INTRO", "1"},
                                            {"MATSIDE_REPORT_TEXT_BOXES", report.string()}});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return readBoxes(report);
    }

    // Ready screen, get-ready (whose "Next:" names the exercise) and the work screen.
    void expectEverythingFits(const std::string& size) {
        const int w = std::stoi(size), h = std::stoi(size.substr(size.find('x') + 1));
        const json routine = longestRoutine(3, 2, "");
        const std::string name = routine["exercises"][0]["name"];
        for (const char* textSize : {"small", "normal", "large", "xlarge"}) {
            SCOPED_TRACE(size + " " + textSize);
            const auto boxes = play(routine, size, textSize, "0.5:start,1.0:next", 1.6);
            std::set<std::string> seen;
            for (const Box& b : boxes) {
                if (b.what == "paused.card" || b.what == "picture.panel") continue;
                seen.insert(b.what);
                EXPECT_TRUE(inside(b.drawn, b.box))
                    << b.what << " \"" << b.text << "\" drawn " << b.drawn[0] << "," << b.drawn[1] << "-" << b.drawn[2]
                    << "," << b.drawn[3] << " box " << b.box[0] << "," << b.box[1] << "-" << b.box[2] << ","
                    << b.box[3];
                const float screen[4] = {0, 0, float(w), float(h)};
                // The ready list scrolls, so only its sides must stay on screen.
                const float sides[4] = {b.drawn[0], std::max(b.drawn[1], 0.0f), b.drawn[2],
                                        std::min(b.drawn[3], float(h))};
                EXPECT_TRUE(inside(b.what.rfind("ready.", 0) == 0 ? sides : b.drawn, screen))
                    << b.what << " off screen";
            }
            for (const char* what : {"ready.title", "ready.summary", "ready.equipment", "ready.name", "ready.dose",
                                     "work.name", "work.keypoint", "work.counters", "work.dose", "work.next"}) {
                // Short windows at big text leave the summary out by design, for more list rows.
                if (std::string(what) == "ready.summary" && std::string(textSize) != "small") continue;
                EXPECT_TRUE(seen.count(what)) << what << " was never drawn";
            }
            // The whole name, not a cut one: on the work screen and in "Next:".
            auto drew = [&](const std::string& what, const std::string& part) {
                return std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) {
                    return b.what == what && b.text.find(part) != std::string::npos;
                });
            };
            EXPECT_TRUE(drew("work.name", name));
            EXPECT_TRUE(drew("work.next", "Next: " + name));
            EXPECT_TRUE(drew("ready.name", "1.  " + name));
        }
    }
};

TEST_F(TextFitWindow, LongestStringsFitEveryBoxAt800x600) { expectEverythingFits("800x600"); }
TEST_F(TextFitWindow, LongestStringsFitEveryBoxAt1280x800) { expectEverythingFits("1280x800"); }
TEST_F(TextFitWindow, LongestStringsFitEveryBoxAt1920x1080) { expectEverythingFits("1920x1080"); }

TEST_F(TextFitWindow, TwelveLongKeyPointsShrinkOrSayHowManyMoreButNeverLeaveTheirBox) {
    const auto boxes = play(longestRoutine(limits::kListItems, limits::kListItems, ""), "800x600", "xlarge",
                            "0.5:start,1.0:next", 1.6);
    int points = 0;
    bool more = false;
    for (const Box& b : boxes) {
        if (b.what != "work.keypoint") continue;
        ++points;
        more = more || b.text.find(" more  \xC2\xB7  I: about this exercise") != std::string::npos;
        EXPECT_TRUE(inside(b.drawn, b.box)) << b.text;
    }
    EXPECT_GT(points, 0);
    EXPECT_TRUE(more) << "twelve 160-character key points cannot all fit 800x600 at xlarge: say so";
}

TEST_F(TextFitWindow, PictureFailureMessageWrapsInsideThePanel) {
    // A deep folder makes the file name in the message long, as on a real disk.
    const fs::path deep = dir / "a-long-folder-name-for-the-routine-pictures" / "another-level-of-folders";
    fs::create_directories(deep);
    std::ofstream(deep / "corrupt-2.png") << "this is not a picture at all";
    const fs::path routineDir = deep;
    json routine = longestRoutine(2, 1, "corrupt-2.png");
    std::ofstream(routineDir / "longest.json") << routine.dump(2);
    for (const char* size : {"800x600", "1920x1080"}) {
        SCOPED_TRACE(size);
        const fs::path report = dir / (std::string("boxes-") + size + ".jsonl");
        const auto r = test::playUnderXvfb({(routineDir / "longest.json").string(), "--size", size, "--text-size",
                                            "xlarge", "--events", "0.5:start,1.0:next", "--exit-after", "1.6"},
                                           {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                            {"XDG_DATA_HOME", (dir / "data").string()},
                                            {"MATSIDE_NO_INTRO", "1"},
                                            {"MATSIDE_REPORT_TEXT_BOXES", report.string()}});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto boxes = readBoxes(report);
        const Box* panel = nullptr;
        bool notice = false;
        for (const Box& b : boxes) {
            if (b.what == "picture.panel") panel = &b;
            if (b.what != "picture.notice") continue;
            ASSERT_NE(panel, nullptr);
            notice = true;
            EXPECT_NE(b.text.find("corrupt-2.png: not a PNG or JPEG picture (looks like a text file)"),
                      std::string::npos)
                << b.text;
            EXPECT_TRUE(inside(b.drawn, b.box)) << b.text;
            EXPECT_TRUE(inside(b.drawn, panel->box, 0)) << "the message stays inside the picture panel";
            EXPECT_GT(b.drawn[3] - b.drawn[1], 0);
        }
        EXPECT_TRUE(notice) << "the placeholder's message was drawn";
    }
}

TEST_F(TextFitWindow, PausedCardLeavesSetDoseAndNextReadableAt1920x1080) {
    const auto boxes = play(longestRoutine(3, 2, ""), "1920x1080", "normal", "0.5:start,0.8:next,1.1:pause", 1.8);
    const Box* card = nullptr;
    std::map<std::string, const Box*> after; // the last of each line, drawn while paused
    for (const Box& b : boxes) {
        if (b.what == "paused.card") card = &b;
        else if (card && b.what.rfind("work.", 0) == 0) after[b.what] = &b;
    }
    ASSERT_NE(card, nullptr) << "the paused card was drawn";
    for (const char* what : {"work.counters", "work.dose", "work.next"}) {
        ASSERT_TRUE(after.count(what)) << what;
        const Box& b = *after[what];
        const bool apart = b.drawn[3] <= card->box[1] || b.drawn[1] >= card->box[3] || b.drawn[2] <= card->box[0] ||
                           b.drawn[0] >= card->box[2];
        EXPECT_TRUE(apart) << what << " \"" << b.text << "\" under the card";
    }
    EXPECT_EQ(after["work.counters"]->text, "Set 1 of 3");
}

// The shipped routine's drawings fill their panel (issue 18): on the work screen of every
// exercise, the background band above the figure's highest drawn pixel is at most 10 % of
// the panel's height. Both poses share one frame (one scale, one floor), so the highest pixel
// is taken over the poses the work screen shows (a rep set both, a hold its end pose): the
// top of the movement. The panel and the side label come from the frame's own report; the
// band is measured in the screenshot, against the panel's colour.
class PictureFillWindow : public test::PlayerTestDir {
protected:
    void expectFiguresFillThePanel(const std::string& size) {
        const fs::path source = MATSIDE_SOURCE_DIR;
        const fs::path routineFile = source / "data/si_joint.json";
        const auto loaded = loadRoutineFile(routineFile, {source / "assets"});
        ASSERT_TRUE(loaded.ok());
        const Plan plan = expandPlan(*loaded.routine);
        std::set<std::size_t> done;
        for (std::size_t step = 0; step < plan.steps.size(); ++step) {
            const PlanStep& s = plan.steps[step];
            if (s.kind != StepKind::Work || done.count(s.exerciseIndex)) continue;
            done.insert(s.exerciseIndex);
            const std::string name = plan.exerciseOf(s).name;
            SCOPED_TRACE(size + " " + name);
            const bool reps = s.reps && s.repSeconds > 0;
            int top = figureTop(routineFile, size, step, name, endPoseAt(s) + 1.1);
            if (reps) top = std::min(top, figureTop(routineFile, size, step, name, 0.6)); // start pose
            ASSERT_GE(m_panel[3] - m_panel[1], 1.0f);
            const float band = float(top - m_panel[1]) / (m_panel[3] - m_panel[1]);
            EXPECT_LE(band, 0.10f) << "empty band above the figure: " << band * 100 << " % of the panel's height ("
                                   << top - m_panel[1] << " of " << m_panel[3] - m_panel[1] << " px)";
        }
        EXPECT_EQ(done.size(), loaded.routine->exercises.size());
    }

    // Seconds into a work step when the end pose shows (picture_set.cpp's choosePose): at once
    // for a hold, after the move in (or half the rep) for a rep set.
    static double endPoseAt(const PlanStep& s) {
        if (!s.reps || s.repSeconds <= 0) return 0.0;
        const int hold = std::clamp(s.holdSeconds.value_or(0), 0, s.repSeconds);
        return (hold > 0 ? (s.repSeconds - hold) / 2.0 : s.repSeconds / 2.0);
    }

    float m_panel[4] = {};

    // Starts the routine, skips `nexts` steps at once (to the exercise's first work step), and
    // returns the y of the figure's highest pixel in the frame `at` seconds into that step.
    int figureTop(const fs::path& routine, const std::string& size, std::size_t nexts, const std::string& name,
                  double at) {
        std::string events = "0.3:start";
        for (std::size_t i = 0; i < nexts; ++i) events += ",0.4:next";
        const std::string tag = size + "-" + std::to_string(nexts) + "-" + std::to_string(int(at * 10));
        const fs::path shot = dir / ("work-" + tag + ".png");
        const fs::path report = dir / ("boxes-" + tag + ".jsonl");
        const auto r = test::playUnderXvfb({routine.string(), "--size", size, "--events", events, "--exit-after",
                                            std::to_string(0.4 + at), "--screenshot", shot.string()},
                                           {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                            {"XDG_DATA_HOME", (dir / "data").string()},
                                            {"MATSIDE_NO_INTRO", "1"},
                                            {"MATSIDE_REPORT_TEXT_BOXES", report.string()}});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        const auto boxes = readBoxes(report);
        std::size_t image = boxes.size();
        std::string shown;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (boxes[i].what == "picture.image") image = i;
            if (boxes[i].what == "work.name") shown = boxes[i].text;
        }
        if (image == boxes.size()) {
            ADD_FAILURE() << "no picture was drawn";
            return 0;
        }
        EXPECT_EQ(shown, name) << "the last frame shows this exercise's work screen";
        const float* panel = boxes[image].box;
        const float* label = nullptr; // the LEFT/RIGHT label drawn on the picture, same frame
        if (image + 1 < boxes.size() && boxes[image + 1].what == "picture.side") label = boxes[image + 1].drawn;
        if (label) { // the side's tag must not cover any part of the drawing (issue 18)
            const float* drawn = boxes[image].drawn;
            const bool covers =
                label[0] < drawn[2] && drawn[0] < label[2] && label[1] < drawn[3] && drawn[1] < label[3];
            EXPECT_FALSE(covers) << "the LEFT/RIGHT tag (" << label[0] << "," << label[1] << ")-(" << label[2] << ","
                                 << label[3] << ") lies on the picture (" << drawn[0] << "," << drawn[1] << ")-("
                                 << drawn[2] << "," << drawn[3] << ")";
        }

        const test::Screenshot png = test::readScreenshot(shot);
        if (png.rgb.empty()) {
            ADD_FAILURE() << "no screenshot " << shot;
            return 0;
        }
        std::copy(panel, panel + 4, m_panel);
        const int x0 = int(panel[0]) + 3, x1 = int(panel[2]) - 3; // clear of the rounded corners
        const int y0 = int(panel[1] + 0.5f), y1 = int(panel[3]);
        const ui::Rgb background = png.at(x0, (y0 + y1) / 2); // the inset beside the picture
        auto onLabel = [&](int x, int y) {
            return label && x >= label[0] - 2 && x < label[2] + 2 && y >= label[1] - 2 && y < label[3] + 2;
        };
        int top = y1;
        for (int y = y0 + 2; y < y1 && top == y1; ++y)
            for (int x = x0; x < x1; ++x)
                if (!onLabel(x, y) && !test::near(png.at(x, y), background, 24)) {
                    top = y;
                    break;
                }
        EXPECT_LT(top, y1) << "nothing drawn in the panel";
        // The label may hide the figure's top: when the figure runs on right under it, the
        // figure is taken to reach the label's top (the label is not the drawing's fault).
        if (label && top > int(label[1]))
            for (int x = std::max(x0, int(label[0])); x < std::min(x1, int(label[2])); ++x)
                if (!test::near(png.at(x, int(label[3]) + 3), background, 24)) {
                    top = int(label[1]);
                    break;
                }
        return top;
    }
};

TEST_F(PictureFillWindow, FigureFillsItsPanelAt800x600) { expectFiguresFillThePanel("800x600"); }
TEST_F(PictureFillWindow, FigureFillsItsPanelAt1280x800) { expectFiguresFillThePanel("1280x800"); }
TEST_F(PictureFillWindow, FigureFillsItsPanelAt1920x1080) { expectFiguresFillThePanel("1920x1080"); }

} // namespace
} // namespace matside
