// printf-style formats with positional arguments ("%2$s ... %1$d"), so a translation may
// reorder the words; every argument is turned into text first, so a wrong type cannot crash.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace matside {

namespace i18n {
std::string formatArgs(std::string_view format, const std::vector<std::string>& args);

template <class T>
std::string argText(const T& value) {
    if constexpr (std::is_same_v<T, bool>) return value ? "true" : "false";
    else if constexpr (std::is_integral_v<T>) return std::to_string(value);
    else return std::string(value);
}
} // namespace i18n

// "%d", "%s", "%1$d", "%2$s" and "%%". A directive naming an argument that is not there is
// left as it stands (msgfmt --check keeps translations from doing that).
template <class... Args>
std::string format(std::string_view fmt, const Args&... args) {
    return i18n::formatArgs(fmt, {i18n::argText(args)...});
}

// A decimal number as the language writes it: "1.5" in English, "1,5" in German.
std::string decimal(double value, int places);

} // namespace matside
