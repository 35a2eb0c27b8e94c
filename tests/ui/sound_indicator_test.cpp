// The sound badge's words: the most important reason first, nothing when all is heard.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sound_indicator.h"

#include <gtest/gtest.h>

namespace matside::ui {
namespace {

TEST(SoundBadge, SaysWhatIsNotHeard) {
    EXPECT_EQ(soundBadgeText({}), "");
    EXPECT_EQ(soundBadgeText({.muted = true}), "Sound off (M)");
    EXPECT_EQ(soundBadgeText({.voiceOff = true}), "Voice off (V)");
    EXPECT_EQ(soundBadgeText({.noVoice = true}), "No voice");
    EXPECT_EQ(soundBadgeText({.noDevice = true}), "No sound");
}

TEST(SoundBadge, NoDeviceExplainsEverythingElse) {
    EXPECT_EQ(soundBadgeText({.muted = true, .noDevice = true, .voiceOff = true, .noVoice = true}), "No sound");
    EXPECT_EQ(soundBadgeText({.muted = true, .voiceOff = true}), "Sound off (M)");
    EXPECT_EQ(soundBadgeText({.voiceOff = true, .noVoice = true}), "Voice off (V)");
    EXPECT_TRUE(nothingHeard({.noDevice = true}));
    EXPECT_TRUE(nothingHeard({.muted = true}));
    EXPECT_FALSE(nothingHeard({.voiceOff = true, .noVoice = true}));
}

} // namespace
} // namespace matside::ui
