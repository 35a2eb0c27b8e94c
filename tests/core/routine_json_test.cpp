// The routine loader on whole files: the shipped SI routine, and files broken as files
// (malformed JSON, encoding, size, nesting, not a regular file, format, duplicates, many errors).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "routine_json_fixture.h"

#include <sys/stat.h>

using namespace matside;
using namespace matside::test;
using nlohmann::json;

namespace {

std::filesystem::path sourceDir() { return MATSIDE_SOURCE_DIR; }

struct Dose {
    const char* id;
    Sides sides;
    int sets;
    std::optional<int> hold, reps, repHold;
};

} // namespace

TEST(RoutineJsonShipped, SiJointLoadsWithTheSevenExercisesAndExactDoses) {
    const auto file = sourceDir() / "data" / "si_joint.json";
    const LoadResult result = loadRoutineFile(file, {sourceDir() / "assets"});
    ASSERT_TRUE(result.ok()) << listed(result);
    const Routine& r = *result.routine;
    EXPECT_EQ(r.id, "si_joint");
    EXPECT_EQ(r.sourceFile, file);
    EXPECT_FALSE(r.about.empty());
    EXPECT_FALSE(r.tips.empty());
    EXPECT_EQ(r.redFlags.size(), 5u);
    EXPECT_FALSE(r.disclaimer.empty());
    // routine-facts.md: the seven exercises in order, doses exactly.
    const std::vector<Dose> doses = {
        {"hamstring_stretch", Sides::Each, 3, 30, {}, {}},
        {"standing_thigh_stretch", Sides::Each, 3, 30, {}, {}},
        {"adductor_band", Sides::Each, 3, {}, 10, {}},
        {"lying_glute_stretch", Sides::Each, 3, 30, {}, {}},
        {"pelvic_lift", Sides::Each, 1, {}, 5, {}},
        {"side_plank", Sides::Each, 1, {}, 5, 5},
        {"squat_with_ball", Sides::Both, 3, {}, 10, {}},
    };
    ASSERT_EQ(r.exercises.size(), doses.size());
    for (std::size_t i = 0; i < doses.size(); ++i) {
        const Exercise& ex = r.exercises[i];
        SCOPED_TRACE(ex.id);
        EXPECT_EQ(ex.id, doses[i].id);
        EXPECT_EQ(ex.sides, doses[i].sides);
        EXPECT_EQ(ex.sets, doses[i].sets);
        EXPECT_EQ(ex.holdSeconds, doses[i].hold);
        EXPECT_EQ(ex.reps, doses[i].reps);
        EXPECT_EQ(ex.repHoldSeconds, doses[i].repHold);
        EXPECT_FALSE(ex.keyPoints.empty());
        EXPECT_FALSE(ex.illustrations.start.empty());
        EXPECT_FALSE(resolveIllustration(r, ex.illustrations.end, {sourceDir() / "assets"}).empty());
    }
    EXPECT_EQ(r.exercises[5].name, "Side plank");
    EXPECT_EQ(r.exercises[5].repSeconds(), 5 + 3);
    EXPECT_EQ(r.exercises[0].sideLabel, "leg");
    EXPECT_EQ(r.exercises[0].timings.restBetweenSetsSeconds, 15); // from the routine's defaults
    EXPECT_EQ(r.exercises[6].timings.repTempoSeconds, 4);        // the exercise's own override
}

TEST_F(RoutineJsonTest, ValidRoutineMergesDefaultsWithOverrides) {
    json j = base();
    j["defaults"]["side_order"] = "all_sets_per_side";
    j["exercises"][1]["rep_tempo_seconds"] = 5;
    j["exercises"][1]["first_side"] = "right";
    j["exercises"][1]["sets"] = 2.0; // a whole number written as a float is still whole
    const LoadResult result = load(j);
    ASSERT_TRUE(result.ok()) << listed(result);
    const auto& ex = result.routine->exercises;
    EXPECT_EQ(ex[0].timings.repTempoSeconds, 3);
    EXPECT_EQ(ex[0].timings.sideOrder, SideOrder::AllSetsPerSide);
    EXPECT_EQ(ex[0].timings.firstSide, Side::Left);
    EXPECT_EQ(ex[0].timings.restBetweenSetsSeconds, Timings{}.restBetweenSetsSeconds);
    EXPECT_EQ(ex[1].timings.repTempoSeconds, 5);
    EXPECT_EQ(ex[1].timings.firstSide, Side::Right);
    EXPECT_EQ(ex[1].timings.sideOrder, SideOrder::AllSetsPerSide);
    EXPECT_EQ(ex[1].sets, 2);
    EXPECT_EQ(ex[1].repSeconds(), 5);
    EXPECT_EQ(ex[0].repSeconds(), 0);
    EXPECT_EQ(ex[1].sides, Sides::Both);
    EXPECT_EQ(ex[1].sideLabel, "side");
}

TEST_F(RoutineJsonTest, MalformedJsonGivesLineAndColumn) {
    // The position is the last character the parser read: the end of the unexpected "x".
    expectOnly(loadText("{\n  \"format\": 1,\n  \"id\" \"x\"\n}"), "line 3, column 10", "malformed JSON");
}

TEST_F(RoutineJsonTest, TrailingCommaIsPointedAtWithTheFix) {
    expectOnly(loadText("{\"format\": 1,\n \"tips\": [\"a\",]\n}"), "line 2, column 15", "remove the comma");
}

TEST_F(RoutineJsonTest, ColumnsCountCharactersNotBytes) {
    expectOnly(loadText("{\"title\": \"Übung\" x}"), "line 1, column 19", "malformed JSON");
}

TEST_F(RoutineJsonTest, EmptyFileIsAnError) {
    expectOnly(loadText(" \n"), "line 1, column 1", "empty");
}

TEST_F(RoutineJsonTest, NotUtf8ReportsTheBytePosition) {
    expectOnly(loadText("{\"format\": 1,\n \"title\": \"caf\xE9\"}"), "line 2, column 15", "not valid UTF-8 (byte 0xE9");
}

TEST_F(RoutineJsonTest, OverlongUtf8AndSurrogatesAreNotUtf8) {
    expectOnly(loadText("{\"title\": \"\xC0\xAF\"}"), "line 1, column 12", "not valid UTF-8");
    expectOnly(loadText("{\"title\": \"\xED\xA0\x80\"}"), "line 1, column 12", "not valid UTF-8");
}

TEST_F(RoutineJsonTest, NulByteIsRefused) {
    expectOnly(loadText(std::string("{\"format\": 1}\n\0", 15)), "line 2, column 1", "NUL byte");
}

TEST_F(RoutineJsonTest, DeepNestingIsRefusedBeforeParsing) {
    const std::string deep = "{\"tips\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    expectOnly(loadText(deep), "line 1, column 73", "nested deeper than 64");
}

TEST_F(RoutineJsonTest, BracketsInsideStringsDoNotCountAsNesting) {
    json j = base();
    j["summary"] = std::string(100, '[') + "\\\"{";
    EXPECT_TRUE(load(j).ok()) << listed(load(j));
}

TEST_F(RoutineJsonTest, TextOverOneMebibyteIsRefused) {
    expectOnly(loadText(std::string(kMaxRoutineFileBytes + 1, ' ')), "file", "at most 1048576 bytes");
}

TEST_F(RoutineJsonTest, FileOverOneMebibyteIsRefusedWithoutParsing) {
    writeFile("big.json", "{\"tips\": [" + std::string(2 * 1024 * 1024, ' ') + "]}");
    expectOnly(loadRoutineFile(m_dir / "big.json", {}), "file", "is 2097164 bytes");
}

TEST_F(RoutineJsonTest, FolderGivenAsFileIsAClearError) {
    expectOnly(loadRoutineFile(m_dir, {}), "file", "is a folder");
}

TEST_F(RoutineJsonTest, FifoGivenAsFileDoesNotHang) {
    const auto fifo = m_dir / "pipe.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    expectOnly(loadRoutineFile(fifo, {}), "file", "not a regular file");
}

TEST_F(RoutineJsonTest, MissingFileSaysSo) {
    expectOnly(loadRoutineFile(m_dir / "nope.json", {}), "file", "No such file");
}

TEST_F(RoutineJsonTest, RootMustBeAnObject) {
    expectOnly(loadText("[1, 2]"), "/", "expected a routine object");
}

TEST_F(RoutineJsonTest, UnsupportedFormatIsTheOnlyComplaint) {
    json j = base();
    j["format"] = 2;
    j["title"] = 7; // another format may mean other fields: say only what matters
    expectOnly(load(j), "/format", "unsupported format 2; this matside reads format 1");
}

TEST_F(RoutineJsonTest, FormatMustBeTheNumberOne) {
    json j = base();
    j["format"] = "1";
    expectOnly(load(j), "/format", "expected the number 1, found a string \"1\"");
    j["format"] = 1.5;
    expectOnly(load(j), "/format", "expected the number 1, found 1.5");
    j.erase("format");
    expectOnly(load(j), "/format", "missing required field 'format'");
    j["format"] = 1.0;
    EXPECT_TRUE(load(j).ok());
}

TEST_F(RoutineJsonTest, KeyGivenTwiceIsReportedWithItsPointer) {
    std::string text = base().dump();
    const std::string needle = "\"sets\":2";
    text.replace(text.find(needle), needle.size(), "\"sets\":2,\"sets\":3");
    expectOnly(loadText(text), "/exercises/1/sets (Squat)", "given twice");
}

TEST_F(RoutineJsonTest, EveryProblemIsReportedNotJustTheFirst) {
    json j = base();
    j["title"] = "";
    j["defaults"]["prepare_seconds"] = -5;
    j["exercises"][0]["sets"] = 500;
    j["exercises"][1]["hold_second"] = 30;
    j["exercises"][1]["id"] = "stretch";
    const LoadResult result = load(j);
    ASSERT_EQ(result.errors.size(), 5u) << listed(result);
    EXPECT_EQ(result.errors[0].where, "/title");
    EXPECT_EQ(result.errors[1].where, "/defaults/prepare_seconds");
    EXPECT_EQ(result.errors[2].where, "/exercises/0/sets (Stretch)");
    EXPECT_EQ(result.errors[3].where, "/exercises/1/hold_second (Squat)");
    EXPECT_EQ(result.errors[4].where, "/exercises/1/id (Squat)");
    EXPECT_NE(result.errors[4].what.find("duplicate id \"stretch\": /exercises/0 already uses it"), std::string::npos);
}

TEST_F(RoutineJsonTest, ThousandsOfProblemsAreCappedWithACount) {
    json j = base();
    for (int i = 0; i < 100; ++i) j["exercises"].push_back({{"id", "x"}, {"name", "X"}, {"sets", 0}, {"reps", 0}});
    const LoadResult result = load(j);
    ASSERT_EQ(result.errors.size(), 201u);
    EXPECT_EQ(result.errors.back().where, "file");
    EXPECT_NE(result.errors.back().what.find("more problems not shown"), std::string::npos);
}

TEST_F(RoutineJsonTest, FormatDiagnosticIsFileErrorWhereWhat) {
    EXPECT_EQ(formatDiagnostic("data/x.json", {"/exercises/2/sets (Side plank)", "expected 1"}),
              "data/x.json: error: /exercises/2/sets (Side plank): expected 1");
}
