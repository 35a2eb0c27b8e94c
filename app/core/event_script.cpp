// Parses "SECONDS:COMMAND,..." scripts strictly: a typo is an error, never a silent no-op.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/event_script.h"

#include <charconv>
#include <cmath>

namespace matside {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

} // namespace

std::variant<std::vector<ScriptedCommand>, std::string> parseEventScript(std::string_view spec) {
    std::vector<ScriptedCommand> out;
    if (trim(spec).empty()) return std::string("empty event list; expected SECONDS:COMMAND,... such as 0:start,40:pause");
    std::size_t itemNo = 0;
    while (!spec.empty()) {
        ++itemNo;
        const auto comma = spec.find(',');
        const std::string_view item = trim(spec.substr(0, comma));
        spec = comma == std::string_view::npos ? std::string_view{} : spec.substr(comma + 1);
        const std::string where = "item " + std::to_string(itemNo) + " '" + std::string(item) + "'";
        const auto colon = item.find(':');
        if (colon == std::string_view::npos)
            return where + ": expected SECONDS:COMMAND, such as 40:pause";
        const std::string_view secondsText = trim(item.substr(0, colon));
        const std::string commandText(trim(item.substr(colon + 1)));
        double seconds = -1;
        const auto [end, ec] = std::from_chars(secondsText.data(), secondsText.data() + secondsText.size(), seconds);
        if (ec != std::errc{} || end != secondsText.data() + secondsText.size() || !std::isfinite(seconds) ||
            seconds < 0 || seconds > 86400)
            return where + ": '" + std::string(secondsText) + "' is not a number of seconds between 0 and 86400";
        const auto command = commandFromString(commandText);
        if (!command)
            return where + ": unknown command '" + commandText + "'; known: " + knownCommandNames();
        const Millis at{static_cast<long long>(std::llround(seconds * 1000))};
        if (!out.empty() && at < out.back().at)
            return where + ": times must not go backwards (" + std::to_string(out.back().at.count() / 1000.0) +
                   " s came before)";
        out.push_back({at, *command});
    }
    return out;
}

} // namespace matside
