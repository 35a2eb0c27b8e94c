// The key table itself. Characters (not key codes) for letters and symbols, so + and ? work
// on any keyboard layout and on the keypad.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keymap.h"

namespace matside::ui {

namespace {
using K = Action::Kind;
const Action kToggle = Action::session(Command::Toggle);
const Action kDone = Action::session(Command::Done);

const KeyBinding kBindings[] = {
    {NamedKey::Space, 0, kToggle, "Space", "Start, pause or resume"},
    {NamedKey::Right, 0, kDone, "\xE2\x86\x92", "Done: on to the next step"},
    {NamedKey::Enter, 0, kDone, "Enter", nullptr},
    {NamedKey::KeypadEnter, 0, kDone, nullptr, nullptr},
    {NamedKey::Left, 0, Action::session(Command::Prev), "\xE2\x86\x90", "Back to the previous exercise step"},
    {NamedKey::None, U'r', Action::session(Command::Restart), "R", "Restart this step"},
    {NamedKey::None, U'R', Action::session(Command::Restart), nullptr, nullptr},
    {NamedKey::None, U'+', Action::session(Command::Extend), "+", "10 s more rest"},
    {NamedKey::None, U'=', Action::session(Command::Extend), nullptr, nullptr},
    {NamedKey::None, U'-', Action::session(Command::Shorten), "\xE2\x88\x92", "10 s less rest"},
    {NamedKey::None, U'_', Action::session(Command::Shorten), nullptr, nullptr},
    {NamedKey::None, U'm', Action::of(K::Mute), "M", "Sound on or off"},
    {NamedKey::None, U'M', Action::of(K::Mute), nullptr, nullptr},
    {NamedKey::None, U'v', Action::of(K::Voice), "V", "Voice on or off (tones stay)"},
    {NamedKey::None, U'V', Action::of(K::Voice), nullptr, nullptr},
    {NamedKey::None, U'[', Action::of(K::VolumeDown), "[", "Volume down"},
    {NamedKey::None, U']', Action::of(K::VolumeUp), "]", "Volume up"},
    {NamedKey::None, U'f', Action::of(K::Fullscreen), "F", "Fullscreen on or off"},
    {NamedKey::None, U'F', Action::of(K::Fullscreen), nullptr, nullptr},
    {NamedKey::F11, 0, Action::of(K::Fullscreen), "F11", nullptr},
    {NamedKey::None, U'h', Action::of(K::Help), "H", "Show or hide this help"},
    {NamedKey::None, U'H', Action::of(K::Help), nullptr, nullptr},
    {NamedKey::None, U'?', Action::of(K::Help), "?", nullptr},
    {NamedKey::Escape, 0, Action::of(K::CloseOverlay), "Esc", "Close help or a question; leave fullscreen"},
    {NamedKey::None, U'q', Action::of(K::Quit), "Q", "Quit (asks first during a session)"},
    {NamedKey::None, U'Q', Action::of(K::Quit), nullptr, nullptr},
    // Safety and guidance (issue 7).
    {NamedKey::None, U'x', Action::of(K::ItHurts), "X", "It hurts: pause, advice, skip or stop"},
    {NamedKey::None, U'X', Action::of(K::ItHurts), nullptr, nullptr},
    {NamedKey::None, U's', Action::session(Command::SkipExercise), "S", "Skip the rest of this exercise"},
    {NamedKey::None, U'S', Action::session(Command::SkipExercise), nullptr, nullptr},
    {NamedKey::None, U'e', Action::session(Command::StopForPain), "E",
     "In the It hurts card: end the session; in the routine picker: edit a copy of the routine playing"},
    {NamedKey::None, U'E', Action::session(Command::StopForPain), nullptr, nullptr},
    {NamedKey::None, U'i', Action::of(K::ExerciseInfo), "I", "About this exercise (pauses)"},
    {NamedKey::None, U'I', Action::of(K::ExerciseInfo), nullptr, nullptr},
    // Digits: the pain rating on the ready and done screens (issue 6; 1 then 0 is 10), else
    // item N of an open list. '0' is the tenth key of the row: index 9.
    {NamedKey::None, U'1', Action::indexed(K::Number, 0), "0 - 9",
     "Pain rating 0-10 on the ready and done screens (1 then 0: 10); 1-4 rate an exercise in the rest after it; item N "
     "in a list"},
    {NamedKey::None, U'2', Action::indexed(K::Number, 1), nullptr, nullptr},
    {NamedKey::None, U'3', Action::indexed(K::Number, 2), nullptr, nullptr},
    {NamedKey::None, U'4', Action::indexed(K::Number, 3), nullptr, nullptr},
    {NamedKey::None, U'5', Action::indexed(K::Number, 4), nullptr, nullptr},
    {NamedKey::None, U'6', Action::indexed(K::Number, 5), nullptr, nullptr},
    {NamedKey::None, U'7', Action::indexed(K::Number, 6), nullptr, nullptr},
    {NamedKey::None, U'8', Action::indexed(K::Number, 7), nullptr, nullptr},
    {NamedKey::None, U'9', Action::indexed(K::Number, 8), nullptr, nullptr},
    {NamedKey::None, U'0', Action::indexed(K::Number, 9), nullptr, nullptr},
    {NamedKey::None, U'o', Action::of(K::Routines), "O", "Other routines: pick one from the library"},
    {NamedKey::None, U'O', Action::of(K::Routines), nullptr, nullptr},
    {NamedKey::None, U't', Action::of(K::Tips), "T", "Relief tips and prevention"},
    {NamedKey::None, U'T', Action::of(K::Tips), nullptr, nullptr},
    {NamedKey::None, U'a', Action::of(K::About), "A", "About SI joint pain, when to see a doctor"},
    {NamedKey::None, U'A', Action::of(K::About), nullptr, nullptr},
    {NamedKey::None, U'd', Action::of(K::Theme), "D", "Display colours: dark, light, high contrast"},
    {NamedKey::None, U'D', Action::of(K::Theme), nullptr, nullptr},
    // History (issue 6).
    {NamedKey::None, U'l', Action::of(K::History), "L", "History: days trained, streak, pain chart, sessions"},
    {NamedKey::None, U'L', Action::of(K::History), nullptr, nullptr},
    {NamedKey::None, U'c', Action::of(K::ContinueSession), "C", "On the ready screen: continue an interrupted session"},
    {NamedKey::None, U'C', Action::of(K::ContinueSession), nullptr, nullptr},
    // Printable documents (issue 13).
    {NamedKey::None, U'p', Action::of(K::Print), "P", "Handout PDF (ready screen); report for the physio (History)"},
    {NamedKey::None, U'P', Action::of(K::Print), nullptr, nullptr},
    {NamedKey::None, U'z', Action::of(K::TextSize), "Z", "Text size: small, normal, large, extra large"},
    {NamedKey::None, U'Z', Action::of(K::TextSize), nullptr, nullptr},
    // Schedule (issue 12).
    {NamedKey::None, U'w', Action::of(K::PlanWeek), "W", "Plan my week: days, times, reminders"},
    {NamedKey::None, U'W', Action::of(K::PlanWeek), nullptr, nullptr},
    // Paused exercises (issue 14).
    {NamedKey::None, U'u', Action::of(K::TakeBack), "U",
     "On the ready screen: take a paused exercise back into the plan"},
    {NamedKey::None, U'U', Action::of(K::TakeBack), nullptr, nullptr},
    {NamedKey::None, U'k', Action::of(K::PauseExercise), "K",
     "In a safety prompt: pause that exercise until you have asked your physiotherapist"},
    {NamedKey::None, U'K', Action::of(K::PauseExercise), nullptr, nullptr},
    // The routine editor (issue 15); its own keys (Ctrl+S, Ctrl+Z, ...) are listed on its screen.
    // N is also "not yet" to a suggested dose level on the ready screen (player_input.cpp),
    // as E is both "end" in the It hurts card and "edit a copy" in the picker.
    {NamedKey::None, U'n', Action::of(K::NewRoutine), "N",
     "In the routine picker: make a new routine; on the ready screen: not yet to a suggested dose level"},
    {NamedKey::None, U'N', Action::of(K::NewRoutine), nullptr, nullptr},
    // Dose levels (issue 14).
    {NamedKey::None, U'y', Action::of(K::LevelYes), "Y", "On the ready screen: yes to the suggested dose level"},
    {NamedKey::None, U'Y', Action::of(K::LevelYes), nullptr, nullptr},
};
} // namespace

std::span<const KeyBinding> keyBindings() { return kBindings; }

std::optional<Action> actionForKey(NamedKey key) {
    if (key == NamedKey::None) return std::nullopt;
    for (const auto& b : kBindings)
        if (b.key == key) return b.action;
    return std::nullopt;
}

std::optional<Action> actionForCharacter(char32_t character) {
    if (character == 0) return std::nullopt;
    for (const auto& b : kBindings)
        if (b.key == NamedKey::None && b.character == character) return b.action;
    return std::nullopt;
}

} // namespace matside::ui
