// Without a sound card, OpenAL's ALSA probe must not spill ALSA's own errors onto stderr.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_output.h"
#include "support/alsoft_env.h"

#include <gtest/gtest.h>

namespace matside {
namespace {

using namespace std::chrono_literals;

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new test::AlsoftEnvironment("drivers=alsa"));

TEST(AlsaWithoutCard, SaysItInOneLine) {
    testing::internal::CaptureStderr();
    bool opened = false;
    {
        AudioOutput out;
        opened = out.waitUntilOpen(5s);
    }
    const std::string err = testing::internal::GetCapturedStderr();
    if (opened) GTEST_SKIP() << "this machine has an ALSA sound card; nothing to check";
    EXPECT_EQ(err.find("ALSA lib"), std::string::npos) << err;
    EXPECT_EQ(err, "matside: no sound device; running silently\n");
}

} // namespace
} // namespace matside
