// Local calendar arithmetic through localtime_r and mktime, which know the TZ rules.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/local_time.h"

#include <ctime>

namespace matside {
namespace {

using namespace std::chrono;

std::tm localTm(WallTime time) {
    const std::time_t t = system_clock::to_time_t(time);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

// mktime with a given DST guess; the result and whether it reads back as the asked clock time.
struct Candidate {
    std::time_t time = -1;
    bool exact = false;
};
Candidate makeTime(const year_month_day& ymd, int minute, int isDst) {
    std::tm tm{};
    tm.tm_year = static_cast<int>(ymd.year()) - 1900;
    tm.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    tm.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    tm.tm_hour = minute / 60;
    tm.tm_min = minute % 60;
    tm.tm_isdst = isDst;
    Candidate c;
    c.time = std::mktime(&tm);
    if (c.time == -1) return c;
    std::tm back{};
    localtime_r(&c.time, &back);
    c.exact = back.tm_hour == minute / 60 && back.tm_min == minute % 60 && back.tm_mday == tm.tm_mday;
    return c;
}

} // namespace

LocalDay localDayOf(WallTime time) {
    const std::tm tm = localTm(time);
    return sys_days{year{tm.tm_year + 1900} / month{static_cast<unsigned>(tm.tm_mon + 1)} /
                    day{static_cast<unsigned>(tm.tm_mday)}};
}

int localMinuteOf(WallTime time) {
    const std::tm tm = localTm(time);
    return tm.tm_hour * 60 + tm.tm_min;
}

int mondayFirstWeekday(LocalDay day) { return static_cast<int>((weekday{day}.c_encoding() + 6) % 7); }

WallTime wallTimeAt(LocalDay day, int minute) {
    const year_month_day ymd{day};
    // Ask with both DST guesses: a time that exists reads back exactly for one (or, in the
    // repeated hour, both: take the earlier); a time in the gap reads back for neither, and
    // the later guess is the one shifted forward by the jump.
    const Candidate standard = makeTime(ymd, minute, 0);
    const Candidate summer = makeTime(ymd, minute, 1);
    std::time_t chosen = -1;
    if (standard.exact && summer.exact) chosen = std::min(standard.time, summer.time);
    else if (standard.exact) chosen = standard.time;
    else if (summer.exact) chosen = summer.time;
    else chosen = std::max(standard.time, summer.time);
    if (chosen == -1) {
        // No time zone data at all: treat the clock as UTC rather than fail.
        return WallTime{day} + minutes{minute};
    }
    return system_clock::from_time_t(chosen);
}

} // namespace matside
