// Routine content through the content catalogue: every field by its context, and the
// English of the one string whose source changed (or has no translation).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cue_text.h"
#include "core/dose_text.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "i18n/language.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace matside {
namespace {

const std::filesystem::path kFull = std::filesystem::path(MATSIDE_SOURCE_DIR) / "data" / "si_joint.json";

class InGerman : public ::testing::Test {
protected:
    void SetUp() override {
        // The build tree's catalogues sit beside the binary (po/CMakeLists.txt).
        const auto locale = std::filesystem::path(MATSIDE_BINARY).parent_path() / "locale";
        ::setenv("MATSIDE_LOCALE_DIR", locale.c_str(), 1);
        ASSERT_EQ(i18n::setLanguage("de"), "de");
    }
    void TearDown() override { i18n::setLanguage("en"); }
};

std::string fileText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const Exercise& byId(const Routine& r, const std::string& id) {
    for (const auto& e : r.exercises)
        if (e.id == id) return e;
    throw std::runtime_error("no exercise " + id);
}

TEST_F(InGerman, EveryFieldIsLookedUpByItsContext) {
    const LoadResult loaded = loadRoutineFile(kFull, {assetsDir()});
    ASSERT_TRUE(loaded.ok());
    const Routine& r = *loaded.routine;
    EXPECT_EQ(r.title, "ISG: das ganze Programm");
    const Exercise& plank = byId(r, "side_plank");
    EXPECT_EQ(plank.name, "Seitstütz");
    ASSERT_GE(plank.keyPoints.size(), 3u);
    EXPECT_EQ(plank.keyPoints[2], "Heben Sie den Körper, bis er mit den Beinen eine gerade Linie bildet.");
    ASSERT_EQ(r.redFlags.size(), 5u);
    EXPECT_EQ(r.redFlags[2], "Sie haben Fieber und dazu die Gelenkschmerzen.");
    EXPECT_EQ(byId(r, "adductor_band").equipment[0], "Übungsband");
    EXPECT_EQ(r.disclaimer.rfind("Dieses Programm ist eine Information", 0), 0u) << r.disclaimer;
}

TEST_F(InGerman, AChangedSourceStringKeepsItsOwnEnglishAndOnlyThat) {
    std::string text = fileText(kFull);
    const std::string old = "Lift the body into a straight line with the legs.";
    const auto at = text.find(old);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, old.size(), "Lift your body until it is straight.");
    const LoadResult loaded = parseRoutine(text, kFull, {assetsDir()});
    ASSERT_TRUE(loaded.ok());
    const Exercise& plank = byId(*loaded.routine, "side_plank");
    EXPECT_EQ(plank.keyPoints[2], "Lift your body until it is straight.");
    EXPECT_EQ(plank.keyPoints[1], "Stützen Sie sich auf den Unterarm."); // its neighbours are still German
    EXPECT_EQ(plank.name, "Seitstütz");
}

TEST_F(InGerman, ARoutineOfOneselfStaysAsWritten) {
    std::string text = fileText(kFull);
    text.replace(text.find("\"si_joint\""), 10, "\"my_own\"");
    const LoadResult loaded = parseRoutine(text, kFull, {assetsDir()});
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.routine->title, "SI joint: full programme");
}

TEST_F(InGerman, CuesAndDosesSpeakGerman) {
    const LoadResult loaded = loadRoutineFile(kFull, {assetsDir()});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    EXPECT_EQ(entrySentence(plan, plan.steps[0]),
              "Bereit machen: Dehnung der hinteren Oberschenkel. Linkes Bein. 30 Sekunden halten.");
    EXPECT_EQ(exerciseDoseText(byId(*loaded.routine, "side_plank")), "5 Wiederholungen, je 5 s halten, jede Seite");
    EXPECT_EQ(sideWords(loaded.routine->exercises[0], plan.steps[0]), "LINKES BEIN");
}

} // namespace
} // namespace matside
