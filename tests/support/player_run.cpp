// Window-test plumbing: xvfb-run command lines and the per-test folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/player_run.h"

#include <cstdlib>
#include <unistd.h>

namespace matside::test {

ProcessResult playUnderXvfb(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                            double timeoutSeconds, const std::string& screen) {
    std::vector<std::string> argv{XVFB_RUN, "-a", "-s", "-screen 0 " + screen, MATSIDE_BINARY, "play"};
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv, env, timeoutSeconds);
}

std::vector<std::string> underXvfb(const std::string& script, const std::string& screen) {
    return {XVFB_RUN, "-a", "-s", "-screen 0 " + screen, "/bin/sh", "-c", script};
}

void PlayerTestDir::SetUp() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir = std::filesystem::temp_directory_path() /
          ("matside-" + std::string(info->test_suite_name()) + "-" + std::to_string(::getpid()) + "-" + info->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
}

void PlayerTestDir::TearDown() {
    if (!HasFailure() && !std::getenv("MATSIDE_KEEP_SHOTS")) std::filesystem::remove_all(dir);
}

} // namespace matside::test
