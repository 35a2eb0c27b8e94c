// Hostile routine files given to `matside validate` and `matside plan`: each must end in a
// clear message naming the file and a non-zero exit within seconds, never a signal or a hang.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>

using matside::test::ProcessResult;
using matside::test::runMatside;
namespace fs = std::filesystem;

namespace {

// A few seconds for a refusal; generous because the sanitized build is slower.
constexpr double kMaxSeconds = 5.0;

// A small valid routine with one picture, to break in one way at a time.
nlohmann::json validRoutine() {
    return nlohmann::json::parse(R"({
      "format": 1, "id": "hostile", "title": "Hostile input test",
      "exercises": [
        {"id": "stretch", "name": "Stretch", "sides": "each", "sets": 2, "hold_seconds": 30,
         "illustrations": {"start": "pics/a_start.png", "end": "pics/a_end.png"}}
      ]})");
}

class CliHostileInput : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "matside-hostile-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        fs::create_directories(m_dir / "pics");
        write("pics/a_start.png", "not really a png, the loader only checks it exists");
        write("pics/a_end.png", "not really a png, the loader only checks it exists");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path write(const std::string& relative, const std::string& bytes) {
        const fs::path path = m_dir / relative;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    // Runs the subcommand under test on `file` and checks the refusal contract.
    void expectCleanRefusal(const fs::path& file, const std::string& whatPart = "") {
        const std::string command = GetParam();
        const auto started = std::chrono::steady_clock::now();
        const ProcessResult r = runMatside({command, file.string()}, {}, 30);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

        EXPECT_EQ(r.signal, 0) << command << " was killed by signal " << r.signal << "\n" << r.err;
        EXPECT_EQ(r.exitCode, 1) << command << " should report an invalid routine\n" << r.err;
        EXPECT_LT(seconds, kMaxSeconds) << command << " took " << seconds << " s";
        EXPECT_EQ(r.out, "") << "nothing on stdout for a refused routine";
        // First line: "FILE: error: WHERE: WHAT", naming the file exactly as given.
        const std::string prefix = file.string() + ": error: ";
        EXPECT_EQ(r.err.rfind(prefix, 0), 0u) << r.err.substr(0, 2000);
        EXPECT_LT(r.err.size(), 4096u) << "a clear message, not a dump: " << r.err.substr(0, 2000);
        if (!whatPart.empty()) {
            EXPECT_NE(r.err.find(whatPart), std::string::npos) << r.err.substr(0, 2000);
        }
    }

    fs::path m_dir;
};

} // namespace

TEST_P(CliHostileInput, HundredThousandOpenBracketsIsMalformedJson) {
    expectCleanRefusal(write("nested_open.json", std::string(100000, '[')), "nested");
}

TEST_P(CliHostileInput, HundredThousandBalancedBracketsIsWellFormedButNotARoutine) {
    // Valid JSON 100k levels deep: a recursive parser, printer or destructor would overflow
    // the stack here.
    expectCleanRefusal(write("nested_balanced.json", std::string(100000, '[') + std::string(100000, ']')), "nested");
}

TEST_P(CliHostileInput, DeeplyNestedObjectInsideARoutineField) {
    std::string deep;
    for (int i = 0; i < 50000; ++i) deep += "{\"a\":";
    deep += "1";
    deep += std::string(50000, '}');
    std::string text = validRoutine().dump();
    text.insert(text.size() - 1, ",\"summary\":" + deep);
    expectCleanRefusal(write("nested_field.json", text), "nested");
}

TEST_P(CliHostileInput, OneGibibyteSparseFileIsRefusedBySizeWithoutReadingIt) {
    const fs::path file = m_dir / "huge.json";
    std::ofstream(file) << "{";
    fs::resize_file(file, 1ull << 30); // sparse: costs no disk, reading it would cost 1 GiB
    expectCleanRefusal(file, "1073741824 bytes");
}

TEST_P(CliHostileInput, FifoIsRefusedWithoutBlocking) {
    const fs::path fifo = m_dir / "routine.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    expectCleanRefusal(fifo, "not a regular file");
}

TEST_P(CliHostileInput, DirectoryIsRefused) {
    fs::create_directories(m_dir / "a_folder.json");
    expectCleanRefusal(m_dir / "a_folder.json", "folder");
}

TEST_P(CliHostileInput, CharacterDeviceIsRefusedWithoutReadingForever) {
    expectCleanRefusal("/dev/zero", "not a regular file");
}

TEST_P(CliHostileInput, PictureSymlinkOutOfTheFolderIsRefused) {
    // The picture exists and is a regular file, but only through a link that leaves the
    // routine's folder: a routine must not make matside open files elsewhere.
    const fs::path outside = m_dir.parent_path() / (m_dir.filename().string() + "-outside.png");
    std::ofstream(outside) << "outside";
    fs::remove(m_dir / "pics/a_start.png");
    fs::create_symlink(outside, m_dir / "pics/a_start.png");
    const fs::path file = write("routine.json", validRoutine().dump(2));
    expectCleanRefusal(file, "/exercises/0/illustrations/start");
    fs::remove(outside);
}

TEST_P(CliHostileInput, InvalidUtf8InANameIsRefused) {
    std::string text = validRoutine().dump(2);
    text.replace(text.find("Stretch"), 7, "Str\xff\xfe" "etch");
    expectCleanRefusal(write("latin1.json", text), "UTF-8");
}

TEST_P(CliHostileInput, Latin1EncodedFileIsRefused) {
    // A whole file saved in ISO-8859-1 by an old editor: "Übung" with a lone 0xDC.
    std::string text = validRoutine().dump(2);
    text.replace(text.find("Stretch"), 7, "\xdc" "bung");
    expectCleanRefusal(write("iso8859.json", text), "UTF-8");
}

TEST_P(CliHostileInput, NulByteBetweenTokensIsRefused) {
    std::string text = validRoutine().dump(2);
    text.insert(text.find("\"title\""), std::string(1, '\0'));
    expectCleanRefusal(write("nul_between.json", text), "NUL");
}

TEST_P(CliHostileInput, NulByteInsideAStringIsRefused) {
    std::string text = validRoutine().dump(2);
    text.replace(text.find("Stretch"), 7, std::string("Str\0etch", 8));
    expectCleanRefusal(write("nul_inside.json", text), "NUL");
}

TEST_P(CliHostileInput, FileOfOnlyNulBytesIsRefused) {
    expectCleanRefusal(write("zeros.json", std::string(4096, '\0')), "NUL");
}

INSTANTIATE_TEST_SUITE_P(Subcommands, CliHostileInput, ::testing::Values("validate", "plan"),
                         [](const auto& info) { return std::string(info.param); });
