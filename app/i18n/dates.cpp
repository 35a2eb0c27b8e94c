// Weekday names from the catalogue (not from the C library's locale, which may not be
// installed) and a date order each language chooses.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/dates.h"

#include "i18n/format.h"
#include "i18n/tr.h"

#include <cstdio>

namespace matside {

std::string shortWeekday(int weekday) {
    static constexpr const char* kNames[] = {N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"),
                                             N_("Thu"), N_("Fri"), N_("Sat")};
    return tr(kNames[((weekday % 7) + 7) % 7]);
}

std::string dateTimeText(const std::tm& local) {
    char year[16], month[16], day[16], clock[16];
    std::snprintf(year, sizeof year, "%04d", local.tm_year + 1900);
    std::snprintf(month, sizeof month, "%02d", (local.tm_mon % 12 + 12) % 12 + 1);
    std::snprintf(day, sizeof day, "%02d", local.tm_mday % 100);
    std::snprintf(clock, sizeof clock, "%02d:%02d", local.tm_hour % 100, local.tm_min % 100);
    // TRANSLATORS: a planned session: %1$s weekday ("Wed"), %2$s year, %3$s month, %4$s day,
    // %5$s the time ("08:00"). German, for one: "%1$s %4$s.%3$s.%2$s %5$s".
    return format(trc("date and time", "%1$s %2$s-%3$s-%4$s %5$s"), shortWeekday(local.tm_wday), year, month, day,
                  clock);
}

} // namespace matside
