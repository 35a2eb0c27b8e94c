// The positional formatter behind format(), and numbers written the language's way.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/format.h"

#include "i18n/tr.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace matside {
namespace i18n {
namespace {

bool isConversion(char c) { return c == 'd' || c == 's' || c == 'u' || c == 'i'; }

} // namespace

std::string formatArgs(std::string_view fmt, const std::vector<std::string>& args) {
    std::string out;
    std::size_t next = 0; // the argument a plain "%d" takes
    for (std::size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%' || i + 1 >= fmt.size()) {
            out += fmt[i];
            continue;
        }
        if (fmt[i + 1] == '%') {
            out += '%';
            ++i;
            continue;
        }
        // %[N$][l|z]conv
        std::size_t j = i + 1;
        std::size_t index = next;
        std::size_t digits = 0;
        while (j < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[j]))) {
            digits = digits * 10 + static_cast<std::size_t>(fmt[j] - '0');
            ++j;
            if (digits > 99) break;
        }
        bool positional = false;
        if (j > i + 1 && j < fmt.size() && fmt[j] == '$' && digits >= 1) {
            index = digits - 1;
            positional = true;
            ++j;
        } else {
            j = i + 1;
        }
        while (j < fmt.size() && (fmt[j] == 'l' || fmt[j] == 'z')) ++j;
        if (j >= fmt.size() || !isConversion(fmt[j]) || index >= args.size()) {
            out += fmt[i]; // not a directive we know: keep the text as it is
            continue;
        }
        out += args[index];
        if (!positional) ++next;
        i = j;
    }
    return out;
}

} // namespace i18n

std::string decimal(double value, int places) {
    if (!std::isfinite(value)) return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", places < 0 ? 0 : places > 6 ? 6 : places, value);
    std::string text = buffer;
    // TRANSLATORS: the character between the whole number and its decimals ("1.5" / "1,5").
    const std::string separator = trc("decimal separator", ".");
    if (const auto dot = text.find('.'); dot != std::string::npos) text.replace(dot, 1, separator);
    return text;
}

} // namespace matside
