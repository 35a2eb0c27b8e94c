// Points OpenAL Soft at a config written into a fresh temp dir, before any OpenAL call.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace matside::test {

// OpenAL Soft reads ALSOFT_CONF once, at its first call in the process, so this must be a
// global test environment (set up before any test runs) and each exe gets one config.
class AlsoftEnvironment : public ::testing::Environment {
public:
    // `general` is the body of the [general] section; `extra` any further sections.
    AlsoftEnvironment(std::string general, std::string extra = {})
        : m_general(std::move(general)), m_extra(std::move(extra)) {}

    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-audio-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        s_dir = pattern;
        const std::filesystem::path conf = s_dir / "alsoft.conf";
        std::ofstream(conf) << "[general]\n" << substitute(m_general) << "\n" << substitute(m_extra) << "\n";
        setenv("ALSOFT_CONF", conf.c_str(), 1);
        setenv("ALSOFT_LOGLEVEL", "0", 1); // keep OpenAL's own log lines out of the stderr checks
    }
    void TearDown() override {
        if (!std::getenv("MATSIDE_KEEP_AUDIO_TMP")) std::filesystem::remove_all(s_dir);
    }
    static const std::filesystem::path& dir() { return s_dir; }

private:
    // "@DIR@" in the config text becomes the temp dir.
    std::string substitute(std::string text) const {
        for (std::size_t at; (at = text.find("@DIR@")) != std::string::npos;) text.replace(at, 5, s_dir.string());
        return text;
    }
    std::string m_general, m_extra;
    static inline std::filesystem::path s_dir;
};

} // namespace matside::test
