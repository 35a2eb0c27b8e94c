// Dates and weekdays as the chosen language writes them, for text a person reads (never
// for stored or JSON values, which stay ISO 8601).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <string>

namespace matside {

// "Mon".."Sun" in the language; `weekday` counts from Sunday = 0, as struct tm does.
std::string shortWeekday(int weekday);

// "Wed 2026-12-02 08:00" in English, "Mi. 02.12.2026 08:00" in German: a local time with
// its weekday, for lists of planned sessions.
std::string dateTimeText(const std::tm& local);

} // namespace matside
