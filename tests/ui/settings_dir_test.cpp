// The settings folder: where it is, crash-safe writes, and the remembered window placement.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/settings_dir.h"

#include "core/atomic_write.h"
#include "core/small_file.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace matside::platform {
namespace {

namespace fs = std::filesystem;

TEST(SettingsDir, FollowsXdgConfigHomeElseHome) {
    const char* oldXdg = std::getenv("XDG_CONFIG_HOME");
    const std::string keep = oldXdg ? oldXdg : "";
    ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
    EXPECT_EQ(settingsDir(), fs::path("/tmp/xdg-test/matside"));
    ::setenv("XDG_CONFIG_HOME", "relative/is/ignored", 1);
    ::setenv("HOME", "/home/someone", 1);
    EXPECT_EQ(settingsDir(), fs::path("/home/someone/.config/matside"));
    if (oldXdg) ::setenv("XDG_CONFIG_HOME", keep.c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
}

TEST(SettingsDir, AtomicWriteReplacesTheFileAndLeavesNoTemporaries) {
    const fs::path dir = fs::temp_directory_path() / ("matside-settings-" + std::to_string(::getpid()));
    const fs::path file = dir / "sub" / "window.txt";
    EXPECT_EQ(replaceFileAtomically(file, "old\n"), "");
    EXPECT_EQ(replaceFileAtomically(file, "new\n", 0600), "");
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(readSmallFile(file, 64 * 1024).value_or(""), "new\n");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(file.parent_path())) ++entries;
    EXPECT_EQ(entries, 1) << "temporary files left behind";
    EXPECT_FALSE(readSmallFile(file, 2).has_value()) << "size cap";
    const fs::path fifo = dir / "fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_FALSE(readSmallFile(fifo, 64 * 1024).has_value()) << "a FIFO is refused, not waited on";
    fs::remove_all(dir);
}

TEST(SettingsDir, AtomicWriteReportsAnUnwritableFolder) {
    const std::string err = replaceFileAtomically("/proc/matside-cannot/x.txt", "x");
    ASSERT_FALSE(err.empty());
    EXPECT_NE(err.find("/proc/matside-cannot"), std::string::npos) << err;
}

// The editor's picture copy: every byte, no temporaries, and an over-large source refused
// without touching the picture already there.
TEST(SettingsDir, AtomicCopyCopiesEveryByteAndRefusesAnOverLargeSource) {
    const fs::path dir = fs::temp_directory_path() / ("matside-copy-" + std::to_string(::getpid()));
    std::string bytes(200000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 31 % 251);
    ASSERT_EQ(replaceFileAtomically(dir / "source.png", bytes), "");
    const fs::path dest = dir / "pictures" / "squat_start.png";
    EXPECT_EQ(copyFileAtomically(dir / "source.png", dest), "");
    EXPECT_EQ(readSmallFile(dest, bytes.size()).value_or(""), bytes);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dest.parent_path())) ++entries;
    EXPECT_EQ(entries, 1) << "temporary files left behind";

    ASSERT_EQ(replaceFileAtomically(dir / "big.png", std::string(3 * 1024 * 1024, 'x')), "");
    const std::string refused = copyFileAtomically(dir / "big.png", dest, 0644, 1024 * 1024);
    EXPECT_NE(refused.find("big.png"), std::string::npos) << refused;
    EXPECT_EQ(readSmallFile(dest, bytes.size()).value_or(""), bytes) << "the old picture must stay";

    const std::string missing = copyFileAtomically(dir / "missing.png", dest);
    EXPECT_NE(missing.find("missing.png"), std::string::npos) << missing;
    fs::remove_all(dir);
}

TEST(SettingsDir, WindowGeometryRoundTripsAndRejectsNonsense) {
    const WindowGeometry g{10, -20, 1280, 800, true};
    const auto back = parseWindowGeometry(formatWindowGeometry(g));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->x, 10);
    EXPECT_EQ(back->y, -20);
    EXPECT_EQ(back->width, 1280);
    EXPECT_EQ(back->height, 800);
    EXPECT_TRUE(back->fullscreen);
    EXPECT_FALSE(parseWindowGeometry("").has_value());
    EXPECT_FALSE(parseWindowGeometry("0 0 10 10 0").has_value()) << "too small to use";
    EXPECT_FALSE(parseWindowGeometry("0 0 99999 800 0").has_value());
    EXPECT_FALSE(parseWindowGeometry("a b c d e").has_value());
}

} // namespace
} // namespace matside::platform
