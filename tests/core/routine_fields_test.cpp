// The routine loader field by field: required fields, types, bounds, choices, unknown fields
// with did-you-mean, the dose rules, text lengths. Each broken routine asserts its WHERE.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routine_json_fixture.h"

using namespace matside;
using namespace matside::test;
using nlohmann::json;

TEST_F(RoutineJsonTest, MissingIdTitleAndExercisesAreEachNamed) {
    json j = base();
    j.erase("id");
    j.erase("title");
    j.erase("exercises");
    const LoadResult result = load(j);
    ASSERT_EQ(result.errors.size(), 3u) << listed(result);
    EXPECT_EQ(result.errors[0].where, "/id");
    EXPECT_EQ(result.errors[1].where, "/title");
    EXPECT_EQ(result.errors[2].where, "/exercises");
    EXPECT_NE(result.errors[2].what.find("missing required field 'exercises'"), std::string::npos);
}

TEST_F(RoutineJsonTest, IdMustBeLowerCaseWordCharacters) {
    json j = base();
    j["id"] = "SI Joint";
    expectOnly(load(j), "/id", "lower-case letters, digits and '_' only");
}

TEST_F(RoutineJsonTest, TitleTooLongSaysTheLimit) {
    json j = base();
    j["title"] = std::string(121, 'a');
    expectOnly(load(j), "/title", "at most 120 characters, found 121");
}

TEST_F(RoutineJsonTest, TitleOfWrongTypeSaysWhatWasFound) {
    json j = base();
    j["title"] = json::array({"a"});
    expectOnly(load(j), "/title", "found an array");
}

TEST_F(RoutineJsonTest, UnknownTopLevelFieldSuggestsTheClosest) {
    json j = base();
    j["titel"] = "x";
    expectOnly(load(j), "/titel", "unknown field 'titel'; did you mean 'title'?");
}

TEST_F(RoutineJsonTest, UnknownFieldFarFromAnyKnownSaysRemoveIt) {
    json j = base();
    j["colour"] = "blue";
    expectOnly(load(j), "/colour", "unknown field 'colour'; remove it");
}

TEST_F(RoutineJsonTest, DefaultsTypoSuggestsTheField) {
    json j = base();
    j["defaults"]["prepare_second"] = 10;
    expectOnly(load(j), "/defaults/prepare_second", "did you mean 'prepare_seconds'?");
}

TEST_F(RoutineJsonTest, DefaultsMustBeAnObject) {
    json j = base();
    j["defaults"] = 10;
    expectOnly(load(j), "/defaults", "expected an object");
}

TEST_F(RoutineJsonTest, NegativePrepareIsOutOfRange) {
    json j = base();
    j["defaults"]["prepare_seconds"] = -1;
    expectOnly(load(j), "/defaults/prepare_seconds", "from 0 to 300, found -1");
}

TEST_F(RoutineJsonTest, SideOrderChoiceSuggestsTheNearOne) {
    json j = base();
    j["defaults"]["side_order"] = "alternat";
    expectOnly(load(j), "/defaults/side_order", "expected \"alternate\" or \"all_sets_per_side\", found a string \"alternat\"; did you mean \"alternate\"?");
}

TEST_F(RoutineJsonTest, FirstSideMustBeLeftOrRight) {
    json j = base();
    j["defaults"]["first_side"] = "up";
    expectOnly(load(j), "/defaults/first_side", "expected \"left\" or \"right\"");
}

TEST_F(RoutineJsonTest, RoutineTextListsMustBeListsOfStrings) {
    json j = base();
    j["tips"] = "Rest a day";
    j["red_flags"] = json::array({"Severe pain", 3});
    const LoadResult result = load(j);
    ASSERT_EQ(result.errors.size(), 2u) << listed(result);
    EXPECT_EQ(result.errors[0].where, "/tips");
    EXPECT_NE(result.errors[0].what.find("put the text in a list"), std::string::npos);
    EXPECT_EQ(result.errors[1].where, "/red_flags/1");
}

TEST_F(RoutineJsonTest, EmptyExerciseListIsAnError) {
    json j = base();
    j["exercises"] = json::array();
    expectOnly(load(j), "/exercises", "at least one exercise");
}

TEST_F(RoutineJsonTest, MoreThanAHundredExercisesIsAnError) {
    json j = base();
    j["exercises"] = json::array();
    for (int i = 0; i < 101; ++i)
        j["exercises"].push_back({{"id", "e" + std::to_string(i)}, {"name", "E"}, {"hold_seconds", 5}});
    expectOnly(load(j), "/exercises", "at most 100 exercises, found 101");
}

TEST_F(RoutineJsonTest, ExerciseMustBeAnObject) {
    json j = base();
    j["exercises"][1] = "squat";
    expectOnly(load(j), "/exercises/1", "expected an exercise object");
}

TEST_F(RoutineJsonTest, ExerciseWithoutNameHasNoNameInWhere) {
    json j = base();
    j["exercises"][1].erase("name");
    expectOnly(load(j), "/exercises/1/name", "missing required field 'name'");
}

TEST_F(RoutineJsonTest, DuplicateExerciseIdNamesTheFirstUse) {
    json j = base();
    j["exercises"][1]["id"] = "stretch";
    expectOnly(load(j), "/exercises/1/id (Squat)", "duplicate id \"stretch\": /exercises/0 already uses it");
}

TEST_F(RoutineJsonTest, FiveHundredSetsIsAbsurd) {
    json j = base();
    j["exercises"][1]["sets"] = 500;
    expectOnly(load(j), "/exercises/1/sets (Squat)", "whole number of sets from 1 to 20, found 500");
}

TEST_F(RoutineJsonTest, ZeroSetsIsOutOfRange) {
    json j = base();
    j["exercises"][0]["sets"] = 0;
    expectOnly(load(j), "/exercises/0/sets (Stretch)", "from 1 to 20, found 0");
}

TEST_F(RoutineJsonTest, TenHourHoldIsAbsurd) {
    json j = base();
    j["exercises"][0]["hold_seconds"] = 36000;
    expectOnly(load(j), "/exercises/0/hold_seconds (Stretch)", "from 1 to 600, found 36000");
}

TEST_F(RoutineJsonTest, FractionalHoldIsNotAWholeNumber) {
    json j = base();
    j["exercises"][0]["hold_seconds"] = 30.5;
    expectOnly(load(j), "/exercises/0/hold_seconds (Stretch)", "found 30.5 (not a whole number)");
}

TEST_F(RoutineJsonTest, QuotedNumberSaysDropTheQuotes) {
    json j = base();
    j["exercises"][0]["hold_seconds"] = "30";
    expectOnly(load(j), "/exercises/0/hold_seconds (Stretch)", "found a string \"30\"; write the number without quotes");
}

TEST_F(RoutineJsonTest, HugeNumbersDoNotOverflow) {
    expectOnly(loadText(base().dump().replace(base().dump().find("\"sets\":2"), 8, "\"sets\":99999999999999999999")),
               "/exercises/1/sets (Squat)", "found 1e+20");
    json j = base();
    j["exercises"][1]["reps"] = 1e300;
    expectOnly(load(j), "/exercises/1/reps (Squat)", "from 1 to 100");
}

TEST_F(RoutineJsonTest, NegativeRepsAreOutOfRange) {
    json j = base();
    j["exercises"][1]["reps"] = -10;
    expectOnly(load(j), "/exercises/1/reps (Squat)", "from 1 to 100, found -10");
}

TEST_F(RoutineJsonTest, HoldAndRepsTogetherIsAnError) {
    json j = base();
    j["exercises"][1]["hold_seconds"] = 30;
    expectOnly(load(j), "/exercises/1/hold_seconds (Squat)", "either a timed hold or reps");
}

TEST_F(RoutineJsonTest, NeitherHoldNorRepsIsAnError) {
    json j = base();
    j["exercises"][1].erase("reps");
    expectOnly(load(j), "/exercises/1 (Squat)", "missing the dose");
}

TEST_F(RoutineJsonTest, MisspelledDoseGivesOneLineNotTwo) {
    json j = base();
    j["exercises"][0].erase("hold_seconds");
    j["exercises"][0]["holdSeconds"] = 30;
    expectOnly(load(j), "/exercises/0/holdSeconds (Stretch)", "did you mean 'hold_seconds'?");
}

TEST_F(RoutineJsonTest, RepHoldNeedsReps) {
    json j = base();
    j["exercises"][0]["rep_hold_seconds"] = 5;
    expectOnly(load(j), "/exercises/0/rep_hold_seconds (Stretch)", "needs \"reps\"");
}

TEST_F(RoutineJsonTest, RepHoldHasItsOwnBound) {
    json j = base();
    j["exercises"][1]["rep_hold_seconds"] = 121;
    expectOnly(load(j), "/exercises/1/rep_hold_seconds (Squat)", "from 1 to 120, found 121");
}

TEST_F(RoutineJsonTest, ExerciseOverrideOfTempoIsChecked) {
    json j = base();
    j["exercises"][1]["rep_tempo_seconds"] = 0;
    expectOnly(load(j), "/exercises/1/rep_tempo_seconds (Squat)", "from 1 to 30, found 0");
}

TEST_F(RoutineJsonTest, ExerciseOverrideOfRestIsChecked) {
    json j = base();
    j["exercises"][0]["rest_between_sets_seconds"] = 601;
    expectOnly(load(j), "/exercises/0/rest_between_sets_seconds (Stretch)", "from 0 to 600, found 601");
}

TEST_F(RoutineJsonTest, SidesMustBeEachOrBoth) {
    json j = base();
    j["exercises"][0]["sides"] = "every";
    expectOnly(load(j), "/exercises/0/sides (Stretch)", "expected \"each\" or \"both\", found a string \"every\"");
}

TEST_F(RoutineJsonTest, SideLabelMustBeLegArmOrSide) {
    json j = base();
    j["exercises"][0]["side_label"] = "foot";
    expectOnly(load(j), "/exercises/0/side_label (Stretch)", "\"leg\", \"arm\" or \"side\"");
}

TEST_F(RoutineJsonTest, TooManyKeyPoints) {
    json j = base();
    j["exercises"][0]["key_points"] = json::array();
    for (int i = 0; i < 13; ++i) j["exercises"][0]["key_points"].push_back("Point");
    expectOnly(load(j), "/exercises/0/key_points (Stretch)", "at most 12 items, found 13");
}

TEST_F(RoutineJsonTest, KeyPointTooLongOrEmpty) {
    json j = base();
    j["exercises"][0]["key_points"] = {"Lie down.", std::string(161, 'x'), ""};
    const LoadResult result = load(j);
    ASSERT_EQ(result.errors.size(), 2u) << listed(result);
    EXPECT_EQ(result.errors[0].where, "/exercises/0/key_points/1 (Stretch)");
    EXPECT_NE(result.errors[0].what.find("at most 160 characters, found 161"), std::string::npos);
    EXPECT_EQ(result.errors[1].where, "/exercises/0/key_points/2 (Stretch)");
    EXPECT_NE(result.errors[1].what.find("non-empty"), std::string::npos);
}

TEST_F(RoutineJsonTest, ControlCharacterInNameIsRefused) {
    json j = base();
    j["exercises"][1]["name"] = "Squat\nnow";
    // The name is shown in WHERE with the control character escaped, so the line stays one line.
    expectOnly(load(j), "/exercises/1/name (Squat\\u000Anow)", "control character (\\u000A)");
}

TEST_F(RoutineJsonTest, ManyUnknownFieldsAreSummarised) {
    json j = base();
    for (int i = 0; i < 50; ++i) j["zz" + std::to_string(100 + i)] = i;
    const LoadResult result = load(j);
    ASSERT_EQ(result.errors.size(), 21u) << listed(result);
    EXPECT_EQ(result.errors.back().where, "/");
    EXPECT_NE(result.errors.back().what.find("30 more unknown fields"), std::string::npos);
}

TEST_F(RoutineJsonTest, MisspelledRequiredFieldGivesOneLineNotTwo) {
    json j = base();
    j["exercise"] = j["exercises"];
    j.erase("exercises");
    expectOnly(load(j), "/exercise", "unknown field 'exercise'; did you mean 'exercises'?");
    json k = base();
    k["exercises"][1]["Name"] = "Squat";
    k["exercises"][1].erase("name");
    expectOnly(load(k), "/exercises/1/Name", "did you mean 'name'?");
}
