// The key table: every documented key does what the issue says, nothing is bound twice,
// and the help overlay lists every action.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help_overlay.h"
#include "ui/keymap.h"

#include <gtest/gtest.h>

#include <set>

namespace matside::ui {
namespace {

using K = Action::Kind;

TEST(Keymap, NamedKeysDriveTheSession) {
    EXPECT_EQ(actionForKey(NamedKey::Space), Action::session(Command::Toggle));
    EXPECT_EQ(actionForKey(NamedKey::Right), Action::session(Command::Done));
    EXPECT_EQ(actionForKey(NamedKey::Enter), Action::session(Command::Done));
    EXPECT_EQ(actionForKey(NamedKey::KeypadEnter), Action::session(Command::Done));
    EXPECT_EQ(actionForKey(NamedKey::Left), Action::session(Command::Prev));
    EXPECT_EQ(actionForKey(NamedKey::Escape), Action::of(K::CloseOverlay));
    EXPECT_EQ(actionForKey(NamedKey::F11), Action::of(K::Fullscreen));
    EXPECT_FALSE(actionForKey(NamedKey::None).has_value());
}

TEST(Keymap, CharactersWorkInBothCases) {
    const std::pair<char32_t, Action> expected[] = {
        {U'r', Action::session(Command::Restart)}, {U'R', Action::session(Command::Restart)},
        {U'+', Action::session(Command::Extend)},  {U'=', Action::session(Command::Extend)},
        {U'-', Action::session(Command::Shorten)}, {U'_', Action::session(Command::Shorten)},
        {U'm', Action::of(K::Mute)},               {U'M', Action::of(K::Mute)},
        {U'f', Action::of(K::Fullscreen)},         {U'F', Action::of(K::Fullscreen)},
        {U'h', Action::of(K::Help)},               {U'H', Action::of(K::Help)},
        {U'?', Action::of(K::Help)},               {U'q', Action::of(K::Quit)},
        {U'Q', Action::of(K::Quit)},
    };
    for (const auto& [c, action] : expected) {
        const auto got = actionForCharacter(c);
        ASSERT_TRUE(got.has_value()) << "no binding for '" << static_cast<char>(c) << "'";
        EXPECT_EQ(*got, action) << "wrong action for '" << static_cast<char>(c) << "'";
    }
    EXPECT_FALSE(actionForCharacter(U'j').has_value());
    EXPECT_FALSE(actionForCharacter(U' ').has_value()) << "Space is a named key; the typed space must not double it";
}

TEST(Keymap, SafetyAndGuidanceKeys) {
    const std::pair<char32_t, Action> expected[] = {
        {U'x', Action::of(K::ItHurts)},      {U'X', Action::of(K::ItHurts)},
        {U'i', Action::of(K::ExerciseInfo)}, {U't', Action::of(K::Tips)},
        {U'a', Action::of(K::About)},        {U'o', Action::of(K::Routines)},
        {U'd', Action::of(K::Theme)},        {U'z', Action::of(K::TextSize)},
        {U's', Action::session(Command::SkipExercise)}, {U'e', Action::session(Command::StopForPain)},
        {U'1', Action::indexed(K::Number, 0)}, {U'9', Action::indexed(K::Number, 8)},
        {U'0', Action::indexed(K::Number, 9)},
        {U'l', Action::of(K::History)},      {U'L', Action::of(K::History)},
        {U'c', Action::of(K::ContinueSession)}, {U'C', Action::of(K::ContinueSession)},
    };
    for (const auto& [c, action] : expected) {
        const auto got = actionForCharacter(c);
        ASSERT_TRUE(got.has_value()) << "no binding for '" << static_cast<char>(c) << "'";
        EXPECT_EQ(*got, action) << "wrong action for '" << static_cast<char>(c) << "'";
    }
}

// Sound (issue 5): M mutes everything, V only the voice, [ and ] step the volume.
TEST(Keymap, SoundKeys) {
    const std::pair<char32_t, Action> expected[] = {
        {U'm', Action::of(K::Mute)},       {U'M', Action::of(K::Mute)},
        {U'v', Action::of(K::Voice)},      {U'V', Action::of(K::Voice)},
        {U'[', Action::of(K::VolumeDown)}, {U']', Action::of(K::VolumeUp)},
    };
    for (const auto& [c, action] : expected) {
        const auto got = actionForCharacter(c);
        ASSERT_TRUE(got.has_value()) << "no binding for '" << static_cast<char>(c) << "'";
        EXPECT_EQ(*got, action) << "wrong action for '" << static_cast<char>(c) << "'";
    }
}

TEST(Keymap, NoKeyIsBoundTwice) {
    std::set<int> named;
    std::set<char32_t> chars;
    for (const KeyBinding& b : keyBindings()) {
        if (b.key != NamedKey::None) EXPECT_TRUE(named.insert(static_cast<int>(b.key)).second);
        else EXPECT_TRUE(chars.insert(b.character).second) << static_cast<char>(b.character);
    }
}

TEST(Keymap, HelpListsEveryActionWithItsKeys) {
    const auto entries = helpEntries();
    std::set<std::string> keysShown;
    for (const auto& e : entries) {
        EXPECT_FALSE(e.keys.empty());
        EXPECT_FALSE(e.description.empty());
        keysShown.insert(e.keys);
    }
    EXPECT_TRUE(keysShown.count("Space"));
    EXPECT_TRUE(keysShown.count("F / F11"));
    EXPECT_TRUE(keysShown.count("H / ?"));
    EXPECT_TRUE(keysShown.count("Esc"));
    EXPECT_TRUE(keysShown.count("X"));
    EXPECT_TRUE(keysShown.count("0 - 9"));
    EXPECT_TRUE(keysShown.count("L"));
    EXPECT_TRUE(keysShown.count("C"));
    EXPECT_TRUE(keysShown.count("M"));
    EXPECT_TRUE(keysShown.count("V"));
    EXPECT_TRUE(keysShown.count("["));
    EXPECT_TRUE(keysShown.count("]"));
    // Every distinct action in the table has a help line (the nine digits share one).
    std::vector<Action> actions;
    for (KeyBinding b : keyBindings()) {
        if (b.action.kind == K::Number) b.action.index = 0;
        if (std::find(actions.begin(), actions.end(), b.action) == actions.end()) actions.push_back(b.action);
    }
    EXPECT_EQ(entries.size(), actions.size());
}

} // namespace
} // namespace matside::ui
