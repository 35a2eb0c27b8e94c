// `matside validate FILE...` run as a user would: exit codes, the ok line on stdout, one
// "FILE: error: WHERE: WHAT" line per problem on stderr, and never a signal or a hang.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using matside::test::runMatside;

namespace {

const std::string kSource = MATSIDE_SOURCE_DIR;
const std::string kData = MATSIDE_TEST_DATA_DIR;
const std::string kRoutine = kSource + "/data/si_joint.json";

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string mmss(int seconds) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", seconds / 60, seconds % 60);
    return buf;
}

// A scratch folder for files that cannot live in the repository (FIFOs, 2 MiB files).
class CliValidateScratch : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-validate-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::filesystem::path m_dir;
};

} // namespace

TEST(CliValidate, ShippedRoutineIsOkWithItsExerciseCountAndPlannedDuration) {
    const auto plan = runMatside({"plan", kRoutine, "--json"});
    ASSERT_EQ(plan.exitCode, 0) << plan.err;
    const int total = nlohmann::json::parse(plan.out)["total_seconds"].get<int>();

    const auto r = runMatside({"validate", kRoutine});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, kRoutine + ": ok (7 exercises, " + mmss(total) + ")\n");
    EXPECT_EQ(r.err, "");
}

TEST(CliValidate, OwnRoutineFindsShippedIllustrationsInAssets) {
    const auto r = runMatside({"validate", kData + "/minimal.json"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind(kData + "/minimal.json: ok (1 exercise, ", 0), 0u) << r.out;
}

TEST(CliValidate, EveryProblemGetsItsOwnLineOnStderr) {
    const std::string file = kData + "/broken/many_problems.json";
    const auto r = runMatside({"validate", file});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "");
    const auto got = lines(r.err);
    const std::vector<std::string> wherePrefixes = {
        "/id: expected lower-case letters",
        "/defaults/prepare_seconds: expected a whole number of seconds from 0 to 300, found -5",
        "/exercises/0/sets (Side plank): expected a whole number of sets from 1 to 20, found 500",
        "/exercises/1/hold_second (Hamstring stretch): unknown field 'hold_second'; did you mean 'hold_seconds'?",
        "/exercises/1/id (Hamstring stretch): duplicate id \"plank\"",
        "/exercises/2/hold_seconds (Lying glute stretch): expected a whole number of seconds from 1 to 600, found 36000",
        "/exercises/2/illustrations/start (Lying glute stretch): \"/etc/passwd.png\" is an absolute path",
        "/exercises/2/illustrations/end (Lying glute stretch): \"../outside.png\" contains '..'",
    };
    ASSERT_EQ(got.size(), wherePrefixes.size()) << r.err;
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_EQ(got[i].rfind(file + ": error: " + wherePrefixes[i], 0), 0u) << got[i];
}

TEST(CliValidate, MalformedJsonIsReportedByLineAndColumn) {
    const std::string file = kData + "/broken/trailing_comma.json";
    const auto r = runMatside({"validate", file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.rfind(file + ": error: line 6, column 3: malformed JSON: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("remove the comma before it"), std::string::npos) << r.err;
}

TEST(CliValidate, NotUtf8IsReportedByLineAndColumn) {
    const std::string file = kData + "/broken/not_utf8.json";
    const auto r = runMatside({"validate", file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, file + ": error: line 4, column 13: is not valid UTF-8 (byte 0xDC at offset 47); save the file as UTF-8\n");
}

TEST(CliValidate, UnsupportedFormatIsOneLine) {
    const std::string file = kData + "/broken/format_2.json";
    const auto r = runMatside({"validate", file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, file + ": error: /format: unsupported format 2; this matside reads format 1\n");
}

TEST(CliValidate, EveryFileIsCheckedAndOneBadFileFailsTheRun) {
    const std::string bad = kData + "/broken/format_2.json";
    const auto r = runMatside({"validate", kRoutine, bad, kData + "/minimal.json"});
    EXPECT_EQ(r.exitCode, 1);
    const auto out = lines(r.out);
    ASSERT_EQ(out.size(), 2u) << r.out;
    EXPECT_EQ(out[0].rfind(kRoutine + ": ok (", 0), 0u);
    EXPECT_EQ(out[1].rfind(kData + "/minimal.json: ok (", 0), 0u);
    EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
}

TEST(CliValidate, MissingFileIsInvalidNotACrash) {
    const auto r = runMatside({"validate", kData + "/no_such_routine.json"});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, kData + "/no_such_routine.json: error: file: cannot open it: No such file or directory\n");
}

TEST(CliValidate, NoFileIsAUsageError) {
    const auto r = runMatside({"validate"});
    EXPECT_EQ(r.signal, 0);
    // A usage error (2), not "invalid routine" (1) and not success; CLI11 names the missing FILE.
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("FILE"), std::string::npos) << r.err;
}

TEST_F(CliValidateScratch, FolderIsAClearError) {
    const auto r = runMatside({"validate", m_dir.string()});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, m_dir.string() + ": error: file: is a folder, not a routine file; name a .json file\n");
}

TEST_F(CliValidateScratch, FifoDoesNotHang) {
    const auto fifo = m_dir / "routine.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto r = runMatside({"validate", fifo.string()}, {}, 10);
    EXPECT_EQ(r.signal, 0) << "killed: validate waited on the FIFO";
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(fifo.string() + ": error: file: is not a regular file"), std::string::npos) << r.err;
}

TEST_F(CliValidateScratch, TwoMebibyteFileIsRefusedBySize) {
    const auto big = m_dir / "big.json";
    std::ofstream(big) << "{\"tips\": [\"" << std::string(2 * 1024 * 1024, 'a') << "\"]}";
    const auto r = runMatside({"validate", big.string()});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, big.string() + ": error: file: is 2097166 bytes; a routine file may be at most 1048576 bytes (1 MiB)\n");
}

// A picture that exists but would only show the placeholder in the player (corrupt bytes,
// a GIF under a .png name) is reported too, with the decoder's reason.
TEST_F(CliValidateScratch, ACorruptOrWrongFormatPictureIsReportedWithItsReason) {
    std::filesystem::create_directories(m_dir / "pics");
    std::ofstream(m_dir / "pics/start.png", std::ios::binary) << "\x89PNG\r\n\x1a\n" << std::string(200, 'x');
    std::ofstream(m_dir / "pics/end.png", std::ios::binary) << "GIF89a" << std::string(50, '\0');
    std::ofstream(m_dir / "mine.json") << R"({"format": 1, "id": "mine", "title": "Mine", "exercises": [
        {"id": "bridge", "name": "Bridge", "reps": 5,
         "illustrations": {"start": "pics/start.png", "end": "pics/end.png"}}]})";
    const auto file = (m_dir / "mine.json").string();
    const auto r = runMatside({"validate", file});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find(file + ": error: /exercises/0/illustrations/start (Bridge): the picture cannot be shown: "),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + ": error: /exercises/0/illustrations/end (Bridge): the picture cannot be shown: "),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find("looks like a GIF"), std::string::npos) << r.err;
}
