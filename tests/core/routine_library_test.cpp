// The routine library lists shipped and personal routines, broken ones with their errors.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "core/routine_library.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace matside;

namespace {

std::filesystem::path tempDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("matside_library_" + name + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST(RoutineLibrary, ListsTheThreeShippedRoutinesAsValidWithDurations) {
    const auto entries = scanRoutineLibrary(shippedDataDir(), {}, {assetsDir()});
    ASSERT_EQ(entries.size(), 3u);
    std::vector<std::string> titles;
    for (const auto& e : entries) {
        titles.push_back(e.title);
        EXPECT_TRUE(e.valid()) << e.file << ": " << (e.errors.empty() ? "" : e.errors[0].what);
        EXPECT_TRUE(e.shipped);
        EXPECT_GT(e.totalSeconds, 5 * 60);
        EXPECT_LT(e.totalSeconds, 30 * 60);
    }
    EXPECT_EQ(titles, (std::vector<std::string>{"SI joint: 10-minute stretches", "SI joint: full programme",
                                                "SI joint: strength"}));
    EXPECT_EQ(entries[0].exerciseCount, 3u);
    EXPECT_EQ(entries[1].exerciseCount, 7u);
    EXPECT_EQ(entries[2].exerciseCount, 4u);
}

TEST(RoutineLibrary, ABrokenPersonalRoutineIsListedWithItsErrors) {
    const auto user = tempDir("user");
    std::ofstream(user / "mine.json") << R"({"format": 1, "id": "mine", "title": "Mine", "exercises": []})";
    std::ofstream(user / "notes.txt") << "not a routine";
    const auto entries = scanRoutineLibrary(shippedDataDir(), user, {assetsDir()});
    ASSERT_EQ(entries.size(), 4u);
    const LibraryEntry& mine = entries.back();
    EXPECT_FALSE(mine.shipped);
    EXPECT_FALSE(mine.valid());
    EXPECT_EQ(mine.title, "mine.json");
    ASSERT_FALSE(mine.errors.empty());
    EXPECT_EQ(mine.errors[0].where, "/exercises");
    std::filesystem::remove_all(user);
}

TEST(RoutineLibrary, AnImportedRoutineFolderIsListedButNotOneStillBeingChecked) {
    const auto user = tempDir("user-folders");
    std::filesystem::create_directories(user / "mine");
    std::filesystem::create_directories(user / ".import-abc123");
    const char* text = R"({"format": 1, "id": "mine", "title": "Mine imported",
        "exercises": [{"id": "a", "name": "A", "sides": "both", "sets": 1, "hold_seconds": 30}]})";
    std::ofstream(user / "mine" / "routine.json") << text;
    std::ofstream(user / ".import-abc123" / "routine.json") << text;
    const auto entries = scanRoutineLibrary(shippedDataDir(), user, {assetsDir()});
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries.back().file, user / "mine" / "routine.json");
    EXPECT_EQ(entries.back().title, "Mine imported");
    EXPECT_TRUE(entries.back().valid());
    std::filesystem::remove_all(user);
}

TEST(RoutineLibrary, MissingFoldersAreEmpty) {
    EXPECT_TRUE(scanRoutineLibrary("/nonexistent/a", "/nonexistent/b", {}).empty());
}
