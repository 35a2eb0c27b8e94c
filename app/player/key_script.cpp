// Key script parsing: each key through the one key table, like a pressed key.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/key_script.h"

#include <cstdlib>
#include <sstream>

namespace matside {

namespace {

std::optional<ui::Action> actionForName(const std::string& key) {
    const std::pair<const char*, ui::NamedKey> named[] = {
        {"space", ui::NamedKey::Space}, {"enter", ui::NamedKey::Enter}, {"esc", ui::NamedKey::Escape},
        {"left", ui::NamedKey::Left},   {"right", ui::NamedKey::Right}, {"f11", ui::NamedKey::F11}};
    for (const auto& [name, k] : named)
        if (key == name) return ui::actionForKey(k);
    if (key.size() == 1) return ui::actionForCharacter(static_cast<unsigned char>(key[0]));
    return std::nullopt;
}

} // namespace

std::variant<std::vector<ScriptedKey>, std::string> parseKeyScript(const std::string& spec) {
    std::vector<ScriptedKey> keys;
    std::istringstream in(spec);
    for (std::string item; std::getline(in, item, ',');) {
        const auto colon = item.find(':');
        if (colon == std::string::npos) return "'" + item + "': expected SECONDS:KEY";
        const std::string time = item.substr(0, colon), key = item.substr(colon + 1);
        char* end = nullptr;
        const double seconds = std::strtod(time.c_str(), &end);
        if (time.empty() || *end != 0 || !(seconds >= 0) || seconds > 86400) return "'" + item + "': bad time";
        const auto action = actionForName(key);
        if (!action) return "'" + item + "': unknown key '" + key + "'";
        const Millis at{static_cast<long long>(seconds * 1000 + 0.5)};
        if (!keys.empty() && at < keys.back().at) return "'" + item + "': times must not go backwards";
        keys.push_back({at, *action});
    }
    return keys;
}

} // namespace matside
