// The routine editor's document: JSON out and back, fields by name, problems at their fields,
// live totals and dose words.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dose_text.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/routine_document.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace matside;

namespace {

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::filesystem::path kHere = std::filesystem::temp_directory_path() / "matside_doc" / "routine.json";

RoutineDocument twoExercises() {
    RoutineDocument doc = newRoutineDocument("knees");
    doc.title = "Knees";
    doc.exercises[0].name = "Wall sit";
    doc.exercises[0].dose = DoseKind::Hold;
    doc.exercises[0].sets = 2;
    doc.exercises[0].holdSeconds = 40;
    ExerciseDraft second = newExercise(doc);
    second.name = "Step up";
    second.sides = Sides::Each;
    second.sideLabel = "leg";
    second.sets = 3;
    second.reps = 8;
    second.keyPoints = {"Knee over toes", "Slowly down"};
    second.equipment = {"A low step"};
    doc.exercises.push_back(second);
    return doc;
}

} // namespace

TEST(RoutineDocument, EveryShippedRoutineGoesThroughTheDocumentUnchanged) {
    for (const char* name : {"si_joint.json", "si_joint_strength.json", "si_joint_stretches.json"}) {
        const auto file = shippedDataDir() / name;
        const auto original = loadRoutineFile(file, {assetsDir()});
        ASSERT_TRUE(original.ok()) << name;
        const auto doc = documentFromText(readText(file));
        ASSERT_TRUE(doc) << name;
        const auto again = parseRoutine(documentText(*doc), file, {assetsDir()});
        ASSERT_TRUE(again.ok()) << name << ": " << again.errors.front().where << " " << again.errors.front().what;
        const Routine& a = *original.routine;
        const Routine& b = *again.routine;
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.summary, b.summary);
        EXPECT_EQ(a.about, b.about);
        EXPECT_EQ(a.redFlags, b.redFlags);
        EXPECT_EQ(a.disclaimer, b.disclaimer);
        EXPECT_EQ(a.schedule.has_value(), b.schedule.has_value());
        ASSERT_EQ(a.exercises.size(), b.exercises.size());
        for (std::size_t i = 0; i < a.exercises.size(); ++i) {
            const Exercise &x = a.exercises[i], &y = b.exercises[i];
            EXPECT_EQ(x.id, y.id);
            EXPECT_EQ(x.name, y.name);
            EXPECT_EQ(x.summary, y.summary);
            EXPECT_EQ(x.why, y.why);
            EXPECT_EQ(exerciseDoseText(x), exerciseDoseText(y));
            EXPECT_EQ(x.keyPoints, y.keyPoints);
            EXPECT_EQ(x.targetMuscles, y.targetMuscles);
            EXPECT_EQ(x.cautions, y.cautions);
            EXPECT_EQ(x.illustrations.startFile, y.illustrations.startFile);
            EXPECT_EQ(x.illustrations.endOther, y.illustrations.endOther);
        }
        EXPECT_EQ(expandPlan(a).totalSeconds(), expandPlan(b).totalSeconds());
        // And the document of the written text is the same document.
        EXPECT_EQ(documentFromText(documentText(*doc)), doc) << name;
    }
}

TEST(RoutineDocument, WhatWasTypedIsWhatTheParserReads) {
    const RoutineDocument doc = twoExercises();
    const auto loaded = parseRoutine(documentText(doc), kHere, {});
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().where << ": " << loaded.errors.front().what;
    const Routine& r = *loaded.routine;
    EXPECT_EQ(r.id, "knees");
    EXPECT_EQ(r.title, "Knees");
    ASSERT_EQ(r.exercises.size(), 2u);
    EXPECT_EQ(r.exercises[0].name, "Wall sit");
    EXPECT_EQ(r.exercises[0].holdSeconds, 40);
    EXPECT_FALSE(r.exercises[0].reps);
    EXPECT_EQ(r.exercises[1].sides, Sides::Each);
    EXPECT_EQ(r.exercises[1].sideLabel, "leg");
    EXPECT_EQ(r.exercises[1].reps, 8);
    EXPECT_EQ(r.exercises[1].keyPoints, (std::vector<std::string>{"Knee over toes", "Slowly down"}));
    EXPECT_EQ(r.exercises[1].equipment, (std::vector<std::string>{"A low step"}));
    EXPECT_EQ(documentFromText(documentText(doc)), doc);
}

TEST(RoutineDocument, RepsWithAHoldAndTheDefaultsSurviveTheRoundTrip) {
    RoutineDocument doc = twoExercises();
    doc.exercises[1].dose = DoseKind::RepsWithHold;
    doc.exercises[1].repHoldSeconds = 6;
    doc.defaults.prepareSeconds = 7;
    doc.defaults.sideOrder = SideOrder::AllSetsPerSide;
    doc.defaults.firstSide = Side::Right;
    const auto loaded = parseRoutine(documentText(doc), kHere, {});
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.routine->exercises[1].repHoldSeconds, 6);
    EXPECT_EQ(loaded.routine->defaults.prepareSeconds, 7);
    EXPECT_EQ(loaded.routine->exercises[1].timings.sideOrder, SideOrder::AllSetsPerSide);
    EXPECT_EQ(loaded.routine->exercises[1].timings.firstSide, Side::Right);
    EXPECT_EQ(documentFromText(documentText(doc)), doc);
}

TEST(RoutineDocument, FieldsAreReadAndSetByName) {
    RoutineDocument doc = twoExercises();
    EXPECT_TRUE(setFieldValue(doc, {1, Field::Sets}, 4));
    EXPECT_EQ(doc.exercises[1].sets, 4);
    EXPECT_TRUE(setFieldValue(doc, {-1, Field::Title}, std::string("Knee care")));
    EXPECT_EQ(doc.title, "Knee care");
    EXPECT_TRUE(setFieldValue(doc, {0, Field::SideLabel}, 1));
    EXPECT_EQ(doc.exercises[0].sideLabel, "arm");
    EXPECT_TRUE(setFieldValue(doc, {0, Field::Dose}, static_cast<int>(DoseKind::RepsWithHold)));
    EXPECT_EQ(doc.exercises[0].dose, DoseKind::RepsWithHold);
    EXPECT_TRUE(setFieldValue(doc, {0, Field::Cautions}, std::vector<std::string>{"Stop if it hurts"}));
    EXPECT_EQ(fieldValue(doc, {0, Field::Cautions}), FieldValue(std::vector<std::string>{"Stop if it hurts"}));
    EXPECT_EQ(fieldValue(doc, {-1, Field::RestBetweenSets}), FieldValue(doc.defaults.restBetweenSetsSeconds));
    // Wrong type, a choice out of range, an exercise that is not there: refused, nothing changes.
    const RoutineDocument before = doc;
    EXPECT_FALSE(setFieldValue(doc, {1, Field::Sets}, std::string("4")));
    EXPECT_FALSE(setFieldValue(doc, {1, Field::Dose}, 3));
    EXPECT_FALSE(setFieldValue(doc, {5, Field::Name}, std::string("x")));
    EXPECT_FALSE(setFieldValue(doc, {-1, Field::Name}, std::string("x")));
    EXPECT_EQ(doc, before);
}

TEST(RoutineDocument, ZeroSetsAndAnEmptyNameAreShownAtTheirFieldsInWords) {
    RoutineDocument doc = twoExercises();
    doc.exercises[1].sets = 0;
    doc.exercises[0].name = "";
    const DocumentCheck check = checkDocument(doc, kHere, {});
    EXPECT_FALSE(check.ok());
    EXPECT_FALSE(check.routine);
    EXPECT_EQ(check.totalSeconds, 0);
    ASSERT_EQ(check.problems.size(), 2u);
    const auto at = [&](FieldRef ref) -> std::string {
        for (const auto& p : check.problems)
            if (p.where == ref) return p.message;
        return "";
    };
    EXPECT_EQ(at({1, Field::Sets}).rfind("Sets: ", 0), 0u) << at({1, Field::Sets});
    EXPECT_NE(at({1, Field::Sets}).find("from 1 to 20"), std::string::npos) << at({1, Field::Sets});
    EXPECT_EQ(at({0, Field::Name}).rfind("Name: ", 0), 0u) << at({0, Field::Name});
}

TEST(RoutineDocument, ProblemsInTheDefaultsAndPicturesFindTheirFields) {
    RoutineDocument doc = twoExercises();
    doc.defaults.repTempoSeconds = 0;
    doc.exercises[1].startPicture = "nowhere/start.png";
    doc.exercises[1].endPicture = "../escape.png";
    doc.title = "";
    const DocumentCheck check = checkDocument(doc, kHere, {});
    std::vector<FieldRef> where;
    for (const auto& p : check.problems) where.push_back(p.where);
    EXPECT_NE(std::find(where.begin(), where.end(), FieldRef{-1, Field::RepTempo}), where.end());
    EXPECT_NE(std::find(where.begin(), where.end(), FieldRef{1, Field::StartPicture}), where.end());
    EXPECT_NE(std::find(where.begin(), where.end(), FieldRef{1, Field::EndPicture}), where.end());
    EXPECT_NE(std::find(where.begin(), where.end(), FieldRef{-1, Field::Title}), where.end());
    EXPECT_EQ(where.size(), 4u);
}

TEST(RoutineDocument, PointersMapToFields) {
    EXPECT_EQ(fieldOfPointer("/exercises/12/reps (Side plank)"), (FieldRef{12, Field::Reps}));
    EXPECT_EQ(fieldOfPointer("/exercises/0"), (FieldRef{0, Field::Dose}));
    EXPECT_EQ(fieldOfPointer("/exercises"), (FieldRef{-1, Field::Exercises}));
    EXPECT_EQ(fieldOfPointer("/defaults/side_order"), (FieldRef{-1, Field::SideOrder}));
    EXPECT_EQ(fieldOfPointer("/exercises/3/why"), (FieldRef{3, Field::Other}));
    EXPECT_EQ(fieldOfPointer("/exercises/x/name"), (FieldRef{-1, Field::Exercises}));
    EXPECT_EQ(fieldOfPointer("line 1, column 2"), (FieldRef{-1, Field::Other}));
}

TEST(RoutineDocument, TotalTimeAndDoseWordsFollowTheDocument) {
    RoutineDocument doc = twoExercises();
    DocumentCheck check = checkDocument(doc, kHere, {});
    ASSERT_TRUE(check.ok());
    ASSERT_TRUE(check.routine);
    EXPECT_EQ(check.totalSeconds, expandPlan(*check.routine).totalSeconds());
    EXPECT_EQ(check.doseTexts, (std::vector<std::string>{"2 sets of 40 s hold", "3 sets of 8 reps, each leg"}));
    const int before = check.totalSeconds;
    doc.exercises[0].holdSeconds = 50; // two sets: 20 s more
    check = checkDocument(doc, kHere, {});
    EXPECT_EQ(check.totalSeconds, before + 20);
    EXPECT_EQ(check.doseTexts[0], "2 sets of 50 s hold");
    doc.exercises[0].sets = 0; // invalid: no total, but the words still follow
    check = checkDocument(doc, kHere, {});
    EXPECT_EQ(check.totalSeconds, 0);
    EXPECT_EQ(check.doseTexts[1], "3 sets of 8 reps, each leg");
}
