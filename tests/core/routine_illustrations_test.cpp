// Illustration paths in routines: relative only, no '..', an existing regular file found next
// to the routine first and then in the asset folders, never through a symlink that leaves them.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routine_json_fixture.h"

#include <unistd.h>

using namespace matside;
using namespace matside::test;
using nlohmann::json;

namespace {

json withStart(const std::string& path) {
    json j = RoutineJsonTest::base();
    j["exercises"][0]["illustrations"]["start"] = path;
    return j;
}

} // namespace

TEST_F(RoutineJsonTest, AbsoluteIllustrationPathIsRefused) {
    expectOnly(load(withStart("/etc/passwd.png")), "/exercises/0/illustrations/start (Stretch)", "is an absolute path");
}

TEST_F(RoutineJsonTest, DotDotInIllustrationPathIsRefused) {
    writeFile("up.png", "png");
    expectOnly(load(withStart("pics/../up.png")), "/exercises/0/illustrations/start (Stretch)", "contains '..'");
}

TEST_F(RoutineJsonTest, BackslashInIllustrationPathIsRefused) {
    expectOnly(load(withStart("pics\\a_start.png")), "/exercises/0/illustrations/start (Stretch)", "contains '\\'");
}

TEST_F(RoutineJsonTest, IllustrationMustBeAPicture) {
    writeFile("pics/a.svg", "<svg/>");
    expectOnly(load(withStart("pics/a.svg")), "/exercises/0/illustrations/start (Stretch)", "a .png or .jpg picture");
}

TEST_F(RoutineJsonTest, IllustrationNamingNoFileIsAnError) {
    expectOnly(load(withStart("pics/nothing.png")), "/exercises/0/illustrations/start (Stretch)", "names no file");
}

TEST_F(RoutineJsonTest, IllustrationThatIsAFolderIsRefused) {
    std::filesystem::create_directories(m_dir / "pics" / "dir.png");
    expectOnly(load(withStart("pics/dir.png")), "/exercises/0/illustrations/start (Stretch)", "not a regular file");
}

TEST_F(RoutineJsonTest, SymlinkLeadingOutOfTheFolderIsRefused) {
    ASSERT_EQ(::symlink("/etc/hostname", (m_dir / "pics" / "escape.png").c_str()), 0);
    expectOnly(load(withStart("pics/escape.png")), "/exercises/0/illustrations/start (Stretch)",
               "leads outside its folder");
}

TEST_F(RoutineJsonTest, SymlinkStayingInsideTheFolderIsFine) {
    ASSERT_EQ(::symlink("a_start.png", (m_dir / "pics" / "alias.png").c_str()), 0);
    EXPECT_TRUE(load(withStart("pics/alias.png")).ok());
}

TEST_F(RoutineJsonTest, IllustrationsNeedStartAndEnd) {
    json j = base();
    j["exercises"][0]["illustrations"].erase("end");
    expectOnly(load(j), "/exercises/0/illustrations/end (Stretch)", "missing required field 'end'");
}

TEST_F(RoutineJsonTest, UnknownIllustrationFieldSuggests) {
    json j = base();
    j["exercises"][0]["illustrations"]["start_othr"] = "pics/a_start.png";
    expectOnly(load(j), "/exercises/0/illustrations/start_othr (Stretch)", "did you mean 'start_other'?");
}

TEST_F(RoutineJsonTest, IllustrationFoundInAssetDirWhenNotNextToTheRoutine) {
    const auto assets = m_dir / "assets";
    writeFile("assets/illustrations/b.png", "png");
    const json j = withStart("illustrations/b.png");
    const LoadResult result = parseRoutine(j.dump(), routinePath(), {m_dir / "elsewhere", assets});
    ASSERT_TRUE(result.ok()) << listed(result);
    EXPECT_EQ(resolveIllustration(*result.routine, "illustrations/b.png", {assets}),
              assets / "illustrations" / "b.png");
    // Without the asset folder it names no file.
    expectOnly(parseRoutine(j.dump(), routinePath(), {}), "/exercises/0/illustrations/start (Stretch)",
               "names no file");
}

TEST_F(RoutineJsonTest, RoutineFolderWinsOverAssetDir) {
    writeFile("assets/pics/a_start.png", "other");
    const LoadResult result = load(base());
    ASSERT_TRUE(result.ok()) << listed(result);
    EXPECT_EQ(resolveIllustration(*result.routine, "pics/a_start.png", {m_dir / "assets"}),
              m_dir / "pics" / "a_start.png");
    EXPECT_TRUE(resolveIllustration(*result.routine, "../x.png", {m_dir / "assets"}).empty());
}

TEST_F(RoutineJsonTest, LoadingFindsEveryPictureOnceSoDrawingNeedsNoLookup) {
    const auto assets = m_dir / "assets";
    writeFile("assets/illustrations/b_start.png", "png");
    writeFile("assets/illustrations/b_end.png", "png");
    json j = base();
    j["exercises"][0]["illustrations"]["start_other"] = "illustrations/b_start.png";
    j["exercises"][0]["illustrations"]["end_other"] = "illustrations/b_end.png";
    const LoadResult result = parseRoutine(j.dump(), routinePath(), {assets});
    ASSERT_TRUE(result.ok()) << listed(result);
    const Illustrations& ill = result.routine->exercises[0].illustrations;
    // Next to the routine first, then in the assets; the paths as written stay as written.
    EXPECT_EQ(ill.startFile, m_dir / "pics" / "a_start.png");
    EXPECT_EQ(ill.endFile, m_dir / "pics" / "a_end.png");
    EXPECT_EQ(ill.startOtherFile, assets / "illustrations" / "b_start.png");
    EXPECT_EQ(ill.endOtherFile, assets / "illustrations" / "b_end.png");
    EXPECT_EQ(ill.start, "pics/a_start.png");
    // An exercise without pictures has no files.
    const Illustrations& none = result.routine->exercises[1].illustrations;
    EXPECT_TRUE(none.startFile.empty() && none.endFile.empty() && none.startOtherFile.empty());
}
