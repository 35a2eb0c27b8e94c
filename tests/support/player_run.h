// Running the real player in window tests: its own X server per run (xvfb-run -a), and a
// fresh folder per test for settings, data, logs and screenshots.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/run_process.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace matside::test {

// `matside play ARGS` under xvfb-run with `env` added, on a virtual screen of `screen`
// ("WIDTHxHEIGHTxDEPTH"). XVFB_RUN and MATSIDE_BINARY come from the test's CMake target.
ProcessResult playUnderXvfb(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                            double timeoutSeconds = 60, const std::string& screen = "1920x1080x24");

// `sh -c SCRIPT` under xvfb-run, for runs that start, kill or overlap several players.
std::vector<std::string> underXvfb(const std::string& script, const std::string& screen = "1280x800x24");

// A fixture with `dir`: <tmp>/matside-<suite>-<pid>-<test>, made fresh before each test and
// removed after it, unless the test failed or MATSIDE_KEEP_SHOTS=1 (then a person can look).
class PlayerTestDir : public ::testing::Test {
protected:
    std::filesystem::path dir;
    void SetUp() override;
    void TearDown() override;
};

} // namespace matside::test
