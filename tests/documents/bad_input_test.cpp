// What goes wrong around the documents: a missing or unwritable output folder, a routine
// with a broken picture, a locked or damaged history. One clear line each, a non-zero
// exit, and no half-written PDF (the temporary file is gone, an older PDF stays as it was).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using matside::test::runMatside;
using matside::test::runProcess;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = MATSIDE_SOURCE_DIR;

class DocumentBadInput : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "matside-docbad-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        dir = pattern;
        fs::permissions(dir, fs::perms::all, fs::perm_options::replace); // "nobody" must reach it
    }
    void TearDown() override {
        std::error_code ec;
        for (auto& e : fs::recursive_directory_iterator(dir, ec))
            fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(dir);
    }
    // Files in `folder` other than those named: a leftover temporary file would show here.
    static std::vector<std::string> filesIn(const fs::path& folder) {
        std::vector<std::string> names;
        for (auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
    static int lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }
    fs::path dir;
};

TEST_F(DocumentBadInput, AMissingFolderIsOneLine) {
    for (const char* cmd : {"handout", "report"}) {
        std::vector<std::string> args{cmd, "-o", (dir / "no" / "such" / "x.pdf").string()};
        if (std::string(cmd) == "report") args.insert(args.end(), {"--data-dir", dir.string()});
        const auto r = runMatside(args);
        EXPECT_EQ(r.exitCode, 3) << cmd;
        EXPECT_EQ(lines(r.err), 1) << r.err;
        EXPECT_NE(r.err.find((dir / "no" / "such").string() + ": the folder does not exist"), std::string::npos)
            << r.err;
    }
    EXPECT_EQ(filesIn(dir), std::vector<std::string>{});
}

TEST_F(DocumentBadInput, AFileWhereTheFolderShouldBeIsOneLine) {
    std::ofstream(dir / "plain") << "x";
    const auto r = runMatside({"handout", "-o", (dir / "plain" / "x.pdf").string()});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("is not a folder"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1);
}

// Root ignores permission bits, so the run drops to "nobody" first (setpriv, util-linux).
TEST_F(DocumentBadInput, AnUnwritableFolderIsOneLineAndLeavesNothing) {
    const fs::path locked = dir / "locked";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    std::vector<std::string> argv{MATSIDE_BINARY, "handout", "-o", (locked / "h.pdf").string()};
    if (::geteuid() == 0)
        argv.insert(argv.begin(), {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
    const auto r = runProcess(argv, {{"HOME", dir.string()}});
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_NE(r.err.find(locked.string() + ": cannot write in this folder"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_EQ(filesIn(locked), std::vector<std::string>{});
}

TEST_F(DocumentBadInput, ABrokenPictureNamesItAndKeepsTheOldPdf) {
    // The default routine beside its own copy of the pictures, one of them cut short.
    fs::copy_file(kSource / "data" / "si_joint.json", dir / "routine.json");
    fs::copy(kSource / "assets" / "illustrations", dir / "illustrations");
    const fs::path broken = dir / "illustrations" / "side_plank_end.png";
    ASSERT_TRUE(fs::exists(broken));
    fs::resize_file(broken, 300);
    const fs::path out = dir / "out";
    fs::create_directory(out);
    std::ofstream(out / "handout.pdf") << "the old handout";
    const auto r = runMatside({"handout", (dir / "routine.json").string(), "-o", (out / "handout.pdf").string()});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("side_plank_end.png"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Side plank"), std::string::npos) << r.err;
    EXPECT_EQ(filesIn(out), std::vector<std::string>{"handout.pdf"});
    std::ifstream in(out / "handout.pdf");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "the old handout");
}

TEST_F(DocumentBadInput, ALockedHistoryIsOneLineAndNoPdf) {
    const fs::path data = dir / "data";
    ASSERT_EQ(runMatside({"simulate", "--record", "--data-dir", data.string()}).exitCode, 0);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((data / "history.sqlite3").c_str(), &db), SQLITE_OK);
    // Another program holding the file exclusively (as a backup tool might).
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE sessions SET note = note;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db);
    const auto r = runMatside({"report", "--data-dir", data.string(), "-o", (dir / "r.pdf").string()});
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("history.sqlite3"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "r.pdf"));
}

} // namespace
