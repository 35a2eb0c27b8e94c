// The autostart entry: valid by desktop-file-validate (the freedesktop.org validator, the
// same the desktop's own tools use), also for a binary path that needs quoting.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/autostart.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct Validated {
    int status = -1;
    std::string output;
};

Validated validate(const fs::path& file) {
    Validated v;
    const std::string cmd = "desktop-file-validate '" + file.string() + "' 2>&1";
    if (FILE* p = ::popen(cmd.c_str(), "r")) {
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, p)) v.output += buffer;
        v.status = ::pclose(p);
    }
    return v;
}

class Autostart : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / ("matside-autostart-" + std::to_string(::getpid()));
    void SetUp() override {
        fs::remove_all(dir);
        setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    }
    void TearDown() override { fs::remove_all(dir); }
};

TEST_F(Autostart, EntryValidatesAndIsRemovedAgain) {
    ASSERT_EQ(matside::remind::writeAutostartEntry("/usr/bin/matside"), "");
    const fs::path entry = dir / "autostart" / "matside-remind.desktop";
    ASSERT_EQ(matside::remind::autostartEntryPath(), entry);
    ASSERT_TRUE(fs::exists(entry));
    const Validated v = validate(entry);
    EXPECT_EQ(v.status, 0) << v.output;
    EXPECT_EQ(v.output, "") << "no warnings either";
    std::ifstream in(entry);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("\nExec=\"/usr/bin/matside\" remind\n"), std::string::npos) << text;

    ASSERT_EQ(matside::remind::removeAutostartEntry(), "");
    EXPECT_FALSE(fs::exists(entry));
    EXPECT_EQ(matside::remind::removeAutostartEntry(), "") << "removing twice is fine";
}

TEST_F(Autostart, AwkwardBinaryPathIsQuotedValidly) {
    ASSERT_EQ(matside::remind::writeAutostartEntry("/opt/my apps/$HOME \"x\"/100%/matside"), "");
    const fs::path entry = dir / "autostart" / "matside-remind.desktop";
    const Validated v = validate(entry);
    EXPECT_EQ(v.status, 0) << v.output;
    std::ifstream in(entry);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find(R"(Exec="/opt/my apps/\\$HOME \\"x\\"/100%%/matside" remind)"), std::string::npos) << text;
}

} // namespace
