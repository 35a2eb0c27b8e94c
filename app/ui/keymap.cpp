// The key table itself. Characters (not key codes) for letters and symbols, so + and ? work
// on any keyboard layout and on the keypad.
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
    {NamedKey::None, U'f', Action::of(K::Fullscreen), "F", "Fullscreen on or off"},
    {NamedKey::None, U'F', Action::of(K::Fullscreen), nullptr, nullptr},
    {NamedKey::F11, 0, Action::of(K::Fullscreen), "F11", nullptr},
    {NamedKey::None, U'h', Action::of(K::Help), "H", "Show or hide this help"},
    {NamedKey::None, U'H', Action::of(K::Help), nullptr, nullptr},
    {NamedKey::None, U'?', Action::of(K::Help), "?", nullptr},
    {NamedKey::Escape, 0, Action::of(K::CloseOverlay), "Esc", "Close help or a question; leave fullscreen"},
    {NamedKey::None, U'q', Action::of(K::Quit), "Q", "Quit (asks first during a session)"},
    {NamedKey::None, U'Q', Action::of(K::Quit), nullptr, nullptr},
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
