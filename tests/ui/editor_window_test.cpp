// The routine editor in the real window (issue 15): a two-exercise routine typed and clicked
// in with xdotool is saved, validates, plans as typed, is listed by the picker and plays; a
// bad value shows its message at its field, Save stays refused, and its draft is offered
// after a kill.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "core/routine_library.h"
#include "support/player_run.h"
#include "support/text_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace matside {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kFindBox = std::string(MATSIDE_SOURCE_DIR) + "/tests/support/find_box.py";

// Field numbers as the editor reports them ("editor.field.<exercise>.<field>", Field's order).
constexpr int kName = 10, kSides = 11, kSideLabel = 12, kDose = 13, kSets = 14, kReps = 15, kHold = 16;

class EditorWindow : public test::PlayerTestDir {
protected:
    std::string boxes() const { return (dir / "boxes.jsonl").string(); }
    // Every text the player reported under `what` (one JSON line per box and frame).
    std::vector<std::string> reported(const std::string& what) const {
        std::vector<std::string> texts;
        std::istringstream in(test::readText(boxes()));
        for (std::string line; std::getline(in, line);) {
            const json entry = json::parse(line, nullptr, false);
            if (entry.is_object() && entry.value("what", "") == what) texts.push_back(entry.value("text", ""));
        }
        return texts;
    }
    fs::path userRoutines() const { return dir / "xdg" / "matside" / "routines"; }
    // A shell step: click the centre of the last box reported as `what`.
    std::string click(const std::string& what) const {
        return "xdotool mousemove $(python3 '" + kFindBox + "' '" + boxes() + "' '" + what +
               "') && sleep 0.2 && xdotool click 1 && sleep 0.4; ";
    }
    static std::string type(const std::string& text) { return "xdotool type --delay 40 '" + text + "'; sleep 0.4; "; }
    static std::string key(const std::string& keys) { return "xdotool key --delay 120 " + keys + "; sleep 0.5; "; }
    static std::string field(int exercise, int f) {
        return "editor.field." + std::to_string(exercise) + "." + std::to_string(f);
    }
    static std::string choice(int exercise, int f, int option) {
        return "editor.choice." + std::to_string(exercise) + "." + std::to_string(f) + "." + std::to_string(option);
    }

    // The player at 800x600 with `steps` run against it, then ended after `seconds`.
    test::ProcessResult run(const std::string& steps, int seconds, const std::string& extra = "") {
        const std::string script = std::string("\"") + MATSIDE_BINARY + "\" play --data-dir \"" +
                                   (dir / "data").string() + "\" --size 800x600 --exit-after " +
                                   std::to_string(seconds) + " " + extra + " & p=$!; sleep 2; " + steps + "wait $p";
        return test::runProcess({XVFB_RUN, "-a", "-s", "-screen 0 800x600x24", "/bin/sh", "-c", script},
                                {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                 {"XDG_DATA_HOME", (dir / "xdg").string()},
                                 {"MATSIDE_NO_INTRO", "1"},
                                 {"MATSIDE_REPORT_LIBRARY", "1"},
                                 {"MATSIDE_REPORT_TEXT_BOXES", boxes()}},
                                120);
    }
};

TEST_F(EditorWindow, ATwoExerciseRoutineTypedInIsSavedValidPlannedListedAndPlayed) {
    ASSERT_TRUE(fs::exists("/usr/bin/xdotool")) << "install xdotool (scripts/install-deps)";
    const std::string log = (dir / "events.jsonl").string();
    std::string steps = key("o n");      // the picker, New routine: the cursor is in the title
    steps += key("ctrl+n");              // a second exercise
    steps += click("editor.field.-1.0"); // the title again (Ctrl+N took the focus)
    steps += type("Knee care");
    steps += key("Tab Tab Tab Tab Tab Tab Tab"); // summary, five timings: the first exercise's name
    steps += type("Wall sit");
    steps += click(choice(0, kDose, 0)); // Hold
    steps += click(field(0, kSets)) + key("ctrl+a") + type("2");
    steps += key("Tab") + type("40"); // the hold's seconds (Tab selects the field's text)
    steps += key("Tab") + type("Back flat on the wall");
    steps += key("Tab Tab Tab Tab Tab"); // equipment, cautions, two picture paths: the next name
    steps += type("Step up");
    steps += click(choice(1, kSides, 1));     // each side in turn
    steps += click(choice(1, kSideLabel, 0)); // leg
    steps += click(field(1, kSets)) + key("ctrl+a") + type("3");
    steps += key("Tab") + type("8"); // reps
    steps += key("ctrl+s");
    steps += key("Escape"); // saved: closes without asking
    steps += key("o 4");    // the picker lists it fourth, after the three shipped
    steps += key("space");
    const auto r = run(steps, 40, "--log-events \"" + log + "\"");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const fs::path file = userRoutines() / "my_routine" / "routine.json";
    ASSERT_TRUE(fs::exists(file)) << r.err;
    EXPECT_NE(r.err.find("matside: editor: saved " + file.string()), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(file.string() + ".draft")) << "a saved routine leaves no draft";

    const auto validated = test::runMatside({"validate", file.string()});
    EXPECT_EQ(validated.exitCode, 0) << validated.out << validated.err;
    const auto plan = json::parse(test::runMatside({"plan", file.string(), "--json"}).out);
    EXPECT_EQ(plan["routine"], "Knee care");
    const json routine = json::parse(test::readText(file));
    ASSERT_EQ(routine["exercises"].size(), 2u) << routine.dump(2);
    const json& a = routine["exercises"][0];
    const json& b = routine["exercises"][1];
    EXPECT_EQ(a["name"], "Wall sit");
    EXPECT_EQ(a["sets"], 2);
    EXPECT_EQ(a["hold_seconds"], 40);
    EXPECT_FALSE(a.contains("reps"));
    EXPECT_EQ(a["key_points"], json::array({"Back flat on the wall"}));
    EXPECT_EQ(b["name"], "Step up");
    EXPECT_EQ(b["sides"], "each");
    EXPECT_EQ(b["side_label"], "leg");
    EXPECT_EQ(b["sets"], 3);
    EXPECT_EQ(b["reps"], 8);
    // The plan: 2 holds of 40 s, then 3 sets of 8 reps on each leg: 2 + 6 work steps.
    std::vector<std::string> work;
    for (const auto& step : plan["steps"]) {
        if (step["kind"] != "work") continue;
        work.push_back(step["exercise"].get<std::string>() + " " + step["side"].dump() + " " +
                       step["hold_seconds"].dump() + " " + step["reps"].dump());
    }
    EXPECT_EQ(work, (std::vector<std::string>{"Wall sit null 40 null", "Wall sit null 40 null",
                                              "Step up \"left\" null 8", "Step up \"right\" null 8",
                                              "Step up \"left\" null 8", "Step up \"right\" null 8",
                                              "Step up \"left\" null 8", "Step up \"right\" null 8"}))
        << plan.dump(1);

    // The picker lists it (the same scan), and picking it played it.
    bool listed = false;
    for (const auto& e : scanRoutineLibrary(shippedDataDir(), userRoutines(), {assetsDir()}))
        listed = listed || (e.file == file && e.valid() && e.title == "Knee care");
    EXPECT_TRUE(listed);
    EXPECT_NE(r.err.find("now playing routine.json"), std::string::npos) << r.err;
    EXPECT_NE(test::readText(log).find("\"state\":\"prepare\""), std::string::npos) << "Space started it";
}

TEST_F(EditorWindow, ZeroSetsAndAnEmptyNameShowTheirMessagesAndSaveStaysRefused) {
    ASSERT_TRUE(fs::exists("/usr/bin/xdotool")) << "install xdotool (scripts/install-deps)";
    std::string steps = key("o n") + type("Half done");
    steps += key("Tab Tab Tab Tab Tab Tab Tab Tab") + type("0"); // past the (empty) name: the sets
    steps += key("ctrl+s");
    steps += click("editor.button.save"); // disabled: nothing happens
    steps += "sleep 0.5; kill -9 $p; ";   // killed: the draft must survive
    const auto r = run(steps, 30);
    const fs::path file = userRoutines() / "my_routine" / "routine.json";
    EXPECT_FALSE(fs::exists(file)) << "saved despite its problems";
    EXPECT_NE(r.err.find("matside: editor: save refused"), std::string::npos) << r.err;
    // Each problem was drawn at its field, in words.
    const auto sets = reported("editor.problem.0.14");
    ASSERT_FALSE(sets.empty());
    EXPECT_EQ(sets.back(), "Sets: expected a whole number of sets from 1 to 20, found 0");
    const auto name = reported("editor.problem.0.10");
    ASSERT_FALSE(name.empty());
    EXPECT_EQ(name.back(), "Name: expected a non-empty string, found an empty one");
    ASSERT_TRUE(fs::exists(file.string() + ".draft"));

    // Next time the picker offers the draft; opening it brings back what was typed.
    fs::remove(boxes());
    const auto again = run(key("o") + click("picker.draft.0") + "sleep 0.5; ", 8);
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.err.find("matside: editor: editing " + file.string()), std::string::npos) << again.err;
    const auto offered = reported("picker.draft.0");
    ASSERT_FALSE(offered.empty());
    EXPECT_EQ(offered.back(), "Half done");
    EXPECT_FALSE(reported("editor.problem.0.14").empty()) << "the draft's 0 sets are back";
}

} // namespace
// Readable like the rest at the smallest window (issue 15): a copy of the SI-joint routine,
// the longest shipped texts, open in the editor at 800x600 and every text size. The editor
// scrolls up and down, so every label, field, choice, thumbnail and button must stay inside
// its panel from side to side, and inside the window.
TEST_F(EditorWindow, EveryPartStaysInsideItsPanelAt800x600AtEveryTextSize) {
    ASSERT_TRUE(fs::exists("/usr/bin/xdotool")) << "install xdotool (scripts/install-deps)";
    for (const char* textSize : {"small", "normal", "large", "xlarge"}) {
        SCOPED_TRACE(textSize);
        fs::remove(boxes());
        const auto r = run(key("o e") + "sleep 1; ", 6, std::string("--text-size ") + textSize);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        std::set<std::string> kinds;
        int checked = 0;
        std::istringstream in(test::readText(boxes()));
        for (std::string line; std::getline(in, line);) {
            const json e = json::parse(line, nullptr, false);
            const std::string what = e.is_object() ? e.value("what", "") : "";
            if (what.rfind("editor.", 0) != 0) continue;
            const float box0 = e["box"][0], box2 = e["box"][2], drawn0 = e["drawn"][0], drawn2 = e["drawn"][2];
            EXPECT_GE(drawn0, box0 - 1.0f) << what << " \"" << e.value("text", "") << "\" starts left of its panel";
            EXPECT_LE(drawn2, box2 + 1.0f)
                << what << " \"" << e.value("text", "") << "\" runs past its panel (" << drawn2 << " > " << box2 << ")";
            EXPECT_LE(drawn2, 800.0f + 1.0f) << what << " runs off the window";
            kinds.insert(what.substr(0, what.find('.', 7)));
            ++checked;
        }
        // The editor really was open and drew its parts: fields, their labels, choices, buttons.
        for (const char* kind : {"editor.field", "editor.label", "editor.choice", "editor.button"})
            EXPECT_TRUE(kinds.count(kind)) << kind << " never drawn; " << checked << " boxes checked";
        EXPECT_GT(checked, 100);
    }
}

// A picture picked from a file (issue 15): typed as a path, checked by the guarded loader,
// shown as a thumbnail, copied beside the routine byte for byte and named in its JSON; a file
// that is not a picture is refused, and nothing of it is copied or named.
TEST_F(EditorWindow, APictureFromAFileIsCheckedShownAndCopiedBesideTheRoutine) {
    ASSERT_TRUE(fs::exists("/usr/bin/xdotool")) << "install xdotool (scripts/install-deps)";
    const fs::path picture = fs::path(MATSIDE_SOURCE_DIR) / "assets/illustrations/hamstring_stretch_start.png";
    const fs::path notPicture = dir / "notes.png";
    std::ofstream(notPicture) << "not a picture at all\n";
    constexpr int kStartPicture = 21, kEndPicture = 22;
    std::string steps = key("o n"); // New routine: the cursor is in the title
    steps += type("Pictures");
    steps += key("Tab Tab Tab Tab Tab Tab Tab"); // summary, five timings: the first exercise's name
    steps += type("Wall sit");
    steps += click(choice(0, kDose, 0)); // Hold
    steps += click(field(0, kSets)) + key("ctrl+a") + type("2");
    steps += key("Tab") + type("40");
    steps += key("Tab") + type("Back flat on the wall");
    steps += key("Tab Tab Tab"); // equipment, cautions: the start picture's path
    steps += type(picture.string());
    steps += click("editor.button.use0." + std::to_string(kStartPicture));
    steps += "xdotool click --repeat 4 --delay 150 5; sleep 0.5; "; // the wheel: the end picture in sight
    // A start picture needs an end one (the format's rule); first a file that is no picture.
    steps += click("editor.field.path.0." + std::to_string(kEndPicture));
    steps += type(notPicture.string());
    steps += click("editor.button.use0." + std::to_string(kEndPicture));
    steps += click("editor.field.path.0." + std::to_string(kEndPicture));
    steps += type(picture.string());
    steps += click("editor.button.use0." + std::to_string(kEndPicture));
    steps += key("ctrl+s");
    const auto r = run(steps, 35);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const fs::path folder = userRoutines() / "my_routine";
    const fs::path file = folder / "routine.json";
    ASSERT_TRUE(fs::exists(file)) << r.err;
    const json routine = json::parse(test::readText(file));
    const json& exercise = routine["exercises"][0];
    ASSERT_TRUE(exercise.contains("illustrations")) << exercise.dump(2);
    for (const char* pose : {"start", "end"}) {
        SCOPED_TRACE(pose);
        const std::string named = exercise["illustrations"].value(pose, "");
        ASSERT_FALSE(named.empty()) << exercise.dump(2);
        const fs::path copied = folder / named;
        ASSERT_TRUE(fs::exists(copied)) << named;
        EXPECT_EQ(test::readText(copied), test::readText(picture)) << "copied byte for byte";
    }
    EXPECT_FALSE(reported("editor.thumb.0." + std::to_string(kStartPicture)).empty()) << "no thumbnail drawn";
    EXPECT_FALSE(reported("editor.thumb.0." + std::to_string(kEndPicture)).empty()) << "no thumbnail drawn";
    EXPECT_NE(r.err.find("notes.png"), std::string::npos) << "the refusal names the file: " << r.err;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        EXPECT_NE(test::readText(entry.path()), test::readText(notPicture)) << entry.path() << " is the refused file";
    EXPECT_EQ(test::runMatside({"validate", file.string()}).exitCode, 0);
}

} // namespace matside
