// Scripted key presses for tests and screenshots (`play --keys "0.5:x,1:enter"`): the same
// path as a real key, so the guide screens and "It hurts" can be driven without a person.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "ui/keymap.h"

#include <string>
#include <variant>
#include <vector>

namespace matside {

struct ScriptedKey {
    Millis at{0};
    ui::Action action;
};

// "SECONDS:KEY,..." where KEY is one character (x, 1, +) or space, enter, esc, left, right,
// f11. Times must not go backwards. Returns the keys, or one line saying what is wrong.
std::variant<std::vector<ScriptedKey>, std::string> parseKeyScript(const std::string& spec);

} // namespace matside
