// Days trained, the calendar grid and the streak, over plain calendar days.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_calendar.h"

#include <ctime>
#include <set>

namespace matside {

using std::chrono::days;
using std::chrono::sys_days;

sys_days localDay(std::chrono::sys_seconds utc) {
    const std::time_t t = utc.time_since_epoch().count();
    std::tm local{};
    localtime_r(&t, &local);
    return sys_days{std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

sys_days localToday() {
    return localDay(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

std::vector<sys_days> trainingDays(const std::vector<SessionRecord>& sessions) {
    std::vector<sys_days> out;
    for (const auto& s : sessions) {
        if (s.completedSteps <= 0) continue;
        if (auto start = parseIsoUtc(s.startedAt)) out.push_back(localDay(*start));
    }
    return out;
}

TrainingCalendar trainingCalendar(const std::vector<sys_days>& trainedDays, sys_days today, int weeks) {
    if (weeks < 1) weeks = 1;
    const std::set<sys_days> trained(trainedDays.begin(), trainedDays.end());
    // Monday of today's week, then back (weeks - 1) whole weeks.
    const std::chrono::weekday weekday{today};
    const sys_days monday = today - days{(weekday.iso_encoding() - 1)};
    TrainingCalendar cal;
    cal.firstDay = monday - days{7 * (weeks - 1)};
    cal.trained.assign(static_cast<std::size_t>(weeks) * 7, false);
    cal.todayIndex = static_cast<std::size_t>((today - cal.firstDay).count());
    for (std::size_t i = 0; i <= cal.todayIndex; ++i) {
        if (trained.count(cal.firstDay + days{static_cast<int>(i)})) {
            cal.trained[i] = true;
            ++cal.daysTrained;
        }
    }
    return cal;
}

int currentStreak(const std::vector<sys_days>& trainedDays, sys_days today) {
    const std::set<sys_days> trained(trainedDays.begin(), trainedDays.end());
    sys_days day = trained.count(today) ? today : today - days{1};
    int streak = 0;
    while (trained.count(day)) {
        ++streak;
        day -= days{1};
    }
    return streak;
}

std::vector<PainPoint> painSeries(const std::vector<SessionRecord>& sessions, sys_days since) {
    std::vector<PainPoint> out;
    for (const auto& s : sessions) {
        if (!s.painBefore && !s.painAfter) continue;
        const auto start = parseIsoUtc(s.startedAt);
        if (!start) continue;
        const sys_days day = localDay(*start);
        if (day < since) continue;
        out.push_back({s.id, day, s.painBefore, s.painAfter});
    }
    return out;
}

} // namespace matside
