// --paper and the dates of `matside handout` and `matside report`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/document_options.h"

#include <cstdio>
#include <iostream>

namespace matside::cli {

std::optional<documents::Paper> paperOrReport(const std::string& name, const char* who) {
    if (name.empty()) return documents::localePaper();
    if (auto paper = documents::paperFromName(name)) return paper;
    std::cerr << who << ": error: --paper " << name << ": expected a4 or letter\n";
    return std::nullopt;
}

std::optional<std::chrono::sys_days> parseDay(const std::string& text) {
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days(ymd);
}

} // namespace matside::cli
