// Every file of tests/fuzz/corpus_routine and tests/fuzz/regressions, replayed through the
// loader, the plan and a short session: no crash, and either a routine or explained errors.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routine_drive.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kFuzzDir = MATSIDE_FUZZ_DIR;

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.') files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Replays each file as the fuzzer saw it (a folder that does not exist, no asset dirs) and
// once more as `matside validate` would (its real folder, the shipped assets).
void replayAll(const std::vector<fs::path>& files) {
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        const std::string text = readAll(file);
        EXPECT_EQ(matside::fuzz::driveRoutine(text, "/nonexistent-matside-fuzz/routine.json", {}), "");
        EXPECT_EQ(matside::fuzz::driveRoutine(text, file, {MATSIDE_ASSETS_DIR}), "");
    }
}

} // namespace

TEST(FuzzReplay, SeedCorpusHasTheShippedAndBrokenRoutines) {
    const auto files = filesIn(kFuzzDir / "corpus_routine");
    ASSERT_GE(files.size(), 20u) << "the seed corpus went missing";
    EXPECT_TRUE(std::any_of(files.begin(), files.end(),
                            [](const fs::path& f) { return f.filename() == "si_joint.json"; }));
}

TEST(FuzzReplay, SeedCorpusReplaysCleanly) { replayAll(filesIn(kFuzzDir / "corpus_routine")); }

TEST(FuzzReplay, CrashRegressionsReplayCleanly) { replayAll(filesIn(kFuzzDir / "regressions")); }

// The seeds named broken_* were written to be refused; the small valid one must load, so the
// replay above really walks the plan and session and not only the error path.
TEST(FuzzReplay, BrokenSeedsAreRefusedAndTheValidSeedPlays) {
    for (const auto& file : filesIn(kFuzzDir / "corpus_routine")) {
        const std::string name = file.filename().string();
        const auto result = matside::parseRoutine(readAll(file), "/nonexistent-matside-fuzz/routine.json", {});
        if (name.rfind("broken_", 0) == 0) {
            EXPECT_FALSE(result.ok()) << name;
        }
        if (name == "small_valid.json") {
            EXPECT_TRUE(result.ok()) << name << ": " << (result.errors.empty() ? "" : result.errors[0].what);
        }
    }
}
