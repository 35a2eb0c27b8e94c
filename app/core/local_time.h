// Wall-clock instants and the person's local calendar, through the C library's time zone
// rules (TZ, localtime_r, mktime), so daylight saving time is handled where it is defined.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace matside {

using WallTime = std::chrono::system_clock::time_point;
// A civil date in the person's time zone, counted like sys_days (not a UTC instant).
using LocalDay = std::chrono::sys_days;

LocalDay localDayOf(WallTime time);
int localMinuteOf(WallTime time);     // minutes after local midnight, 0..1439
int mondayFirstWeekday(LocalDay day); // 0 = Monday ... 6 = Sunday

// The instant a local day shows `minute` on the clock. A time that happens twice (clocks go
// back) is the first one; a time that does not exist (clocks go forward) is moved on by the
// jump, as the clock reads it: 02:30 on a spring-forward night is 03:30.
WallTime wallTimeAt(LocalDay day, int minute);

} // namespace matside
