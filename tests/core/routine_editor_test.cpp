// The routine editor's commands and undo/redo, and the files it writes: saves, drafts, copies.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "core/routine_document_file.h"
#include "core/routine_editor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace matside;
namespace fs = std::filesystem;

namespace {

fs::path tempDir(const std::string& name) {
    auto dir = fs::temp_directory_path() / ("matside_editor_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string readText(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> names(const RoutineEditor& e) {
    std::vector<std::string> out;
    for (const auto& x : e.document().exercises) out.push_back(x.name);
    return out;
}

RoutineEditor threeNamed() {
    RoutineDocument doc = newRoutineDocument("r");
    doc.title = "Three";
    doc.exercises[0].name = "A";
    RoutineEditor editor(doc);
    editor.addExercise();
    editor.set({1, Field::Name}, std::string("B"));
    editor.addExercise();
    editor.set({2, Field::Name}, std::string("C"));
    return editor;
}

} // namespace

TEST(RoutineEditor, TypingInOneFieldIsOneUndoStep) {
    RoutineEditor editor(newRoutineDocument("r"));
    EXPECT_FALSE(editor.modified());
    for (const char* text : {"K", "Kn", "Kne", "Knee"}) editor.set({-1, Field::Title}, std::string(text));
    editor.set({0, Field::Sets}, 3);
    EXPECT_TRUE(editor.modified());
    EXPECT_TRUE(editor.undo());
    EXPECT_EQ(editor.document().exercises[0].sets, 1);
    EXPECT_EQ(editor.document().title, "Knee");
    EXPECT_TRUE(editor.undo());
    EXPECT_EQ(editor.document().title, "");
    EXPECT_FALSE(editor.modified());
    EXPECT_FALSE(editor.undo());
    EXPECT_TRUE(editor.redo());
    EXPECT_EQ(editor.document().title, "Knee");
    EXPECT_TRUE(editor.redo());
    EXPECT_EQ(editor.document().exercises[0].sets, 3);
    EXPECT_FALSE(editor.redo());
}

TEST(RoutineEditor, SealingStartsANewStepInTheSameField) {
    RoutineEditor editor(newRoutineDocument("r"));
    editor.set({-1, Field::Title}, std::string("Knee"));
    editor.seal();
    editor.set({-1, Field::Title}, std::string("Knees"));
    editor.undo();
    EXPECT_EQ(editor.document().title, "Knee");
}

TEST(RoutineEditor, AnEditAfterUndoDropsTheRedo) {
    RoutineEditor editor(newRoutineDocument("r"));
    editor.set({0, Field::Sets}, 2);
    editor.undo();
    editor.set({0, Field::Reps}, 12);
    EXPECT_FALSE(editor.canRedo());
    EXPECT_FALSE(editor.set({0, Field::Reps}, 12)); // the same value is no change
}

TEST(RoutineEditor, AddRemoveDuplicateAndMoveExercises) {
    RoutineEditor editor = threeNamed();
    EXPECT_EQ(names(editor), (std::vector<std::string>{"A", "B", "C"}));
    EXPECT_TRUE(editor.moveExercise(0, 2));
    EXPECT_EQ(names(editor), (std::vector<std::string>{"B", "C", "A"}));
    EXPECT_TRUE(editor.moveExercise(2, 1));
    EXPECT_EQ(names(editor), (std::vector<std::string>{"B", "A", "C"}));
    EXPECT_TRUE(editor.duplicateExercise(1));
    EXPECT_EQ(names(editor), (std::vector<std::string>{"B", "A", "A", "C"}));
    EXPECT_NE(editor.document().exercises[1].id, editor.document().exercises[2].id);
    EXPECT_TRUE(editor.removeExercise(0));
    EXPECT_EQ(names(editor), (std::vector<std::string>{"A", "A", "C"}));
    EXPECT_FALSE(editor.moveExercise(0, 3));
    EXPECT_TRUE(editor.undo());
    EXPECT_EQ(names(editor), (std::vector<std::string>{"B", "A", "A", "C"}));
    EXPECT_TRUE(editor.undo());
    EXPECT_EQ(names(editor), (std::vector<std::string>{"B", "A", "C"}));
    // Ids stay unique: the result validates.
    const DocumentCheck check = checkDocument(editor.document(), "/tmp/r/routine.json", {});
    EXPECT_TRUE(check.ok()) << (check.problems.empty() ? "" : check.problems[0].message);
}

TEST(RoutineEditor, TheOnlyExerciseCannotBeRemoved) {
    RoutineEditor editor(newRoutineDocument("r"));
    EXPECT_FALSE(editor.removeExercise(0));
    EXPECT_FALSE(editor.canUndo());
}

TEST(RoutineEditor, SavedIsNotModifiedUntilTheNextChange) {
    RoutineEditor editor(newRoutineDocument("r"));
    editor.set({-1, Field::Title}, std::string("T"));
    editor.markSaved();
    EXPECT_FALSE(editor.modified());
    editor.undo();
    EXPECT_TRUE(editor.modified());
}

TEST(RoutineDocumentFile, SaveWritesTheRoutineAndRemovesTheDraft) {
    const fs::path dir = tempDir("save");
    const fs::path file = dir / "knees" / "routine.json";
    RoutineDocument doc = newRoutineDocument("knees");
    doc.title = "Knees";
    doc.exercises[0].name = "Bridge";
    ASSERT_EQ(writeDraft(doc, file), "");
    EXPECT_TRUE(fs::exists(draftFileOf(file)));
    ASSERT_EQ(saveDocument(doc, file), "");
    EXPECT_FALSE(fs::exists(draftFileOf(file)));
    EXPECT_EQ(readText(file), documentText(doc));
    const auto loaded = loadRoutineFile(file, {});
    EXPECT_TRUE(loaded.ok());
    // No temporary file is left behind.
    std::size_t entries = 0;
    for (const auto& e : fs::directory_iterator(file.parent_path())) entries += e.is_regular_file() ? 1 : 0;
    EXPECT_EQ(entries, 1u);
    fs::remove_all(dir);
}

TEST(RoutineDocumentFile, ADraftIsFoundAgainWithItsTitleAndContent) {
    const fs::path dir = tempDir("draft");
    RoutineDocument doc = newRoutineDocument("knees");
    doc.title = "Half done";
    doc.exercises[0].sets = 0; // drafts keep invalid values too
    ASSERT_EQ(writeDraft(doc, dir / "knees" / "routine.json"), "");
    std::ofstream(dir / "knees" / "other.draft") << "{}";
    fs::create_directories(dir / "broken");
    std::ofstream(dir / "broken" / "routine.json.draft") << "not json";
    const auto drafts = findDrafts(dir);
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].title, "Half done");
    EXPECT_EQ(drafts[0].target, dir / "knees" / "routine.json");
    EXPECT_EQ(readDraft(drafts[0].draft), doc);
    fs::remove_all(dir);
}

TEST(RoutineDocumentFile, FreeTargetsNeverReuseAFolder) {
    const fs::path dir = tempDir("targets");
    EXPECT_EQ(freeEditTarget(dir, "SI joint: full!").id, "si_joint_full");
    fs::create_directories(dir / "si_joint_copy");
    const EditTarget t = freeEditTarget(dir, "si_joint_copy");
    EXPECT_EQ(t.id, "si_joint_copy_2");
    EXPECT_EQ(t.file, dir / "si_joint_copy_2" / "routine.json");
    EXPECT_EQ(freeEditTarget(dir, "!!!").id, "my_routine");
    fs::remove_all(dir);
}

TEST(RoutineDocumentFile, ACopyOfAShippedRoutineLeavesTheOriginalAndValidates) {
    const fs::path dir = tempDir("copy");
    const fs::path source = shippedDataDir() / "si_joint.json";
    const std::string before = readText(source);
    const EditTarget target = freeEditTarget(dir, "si_joint_copy");
    RoutineDocument doc;
    ASSERT_EQ(copyRoutineForEditing(source, target, doc), "");
    EXPECT_EQ(doc.id, "si_joint_copy");
    EXPECT_EQ(doc.title, "SI joint: full programme (copy)");
    const DocumentCheck check = checkDocument(doc, target.file, {assetsDir()});
    EXPECT_TRUE(check.ok()) << (check.problems.empty() ? "" : check.problems[0].message);
    ASSERT_EQ(saveDocument(doc, target.file), "");
    EXPECT_EQ(readText(source), before);
    EXPECT_TRUE(loadRoutineFile(target.file, {assetsDir()}).ok());
    fs::remove_all(dir);
}

TEST(RoutineDocumentFile, ACopyTakesThePicturesThatLayBesideTheOriginal) {
    const fs::path dir = tempDir("pictures");
    RoutineDocument doc = newRoutineDocument("mine");
    doc.title = "Mine";
    doc.exercises[0].name = "Bridge";
    doc.exercises[0].startPicture = "pictures/a.png";
    doc.exercises[0].endPicture = "pictures/b.png";
    const fs::path original = dir / "mine" / "routine.json";
    fs::create_directories(original.parent_path() / "pictures");
    std::ofstream(original.parent_path() / "pictures" / "a.png") << "A";
    std::ofstream(original.parent_path() / "pictures" / "b.png") << "B";
    ASSERT_EQ(saveDocument(doc, original), "");
    RoutineDocument copy;
    const EditTarget target = freeEditTarget(dir, "mine_copy");
    ASSERT_EQ(copyRoutineForEditing(original, target, copy), "");
    EXPECT_EQ(readText(target.file.parent_path() / "pictures" / "a.png"), "A");
    EXPECT_EQ(readText(target.file.parent_path() / "pictures" / "b.png"), "B");
    EXPECT_TRUE(checkDocument(copy, target.file, {}).ok());
    fs::remove_all(dir);
}
