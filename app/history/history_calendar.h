// Adherence at a glance: days trained over the last weeks and the current streak, as pure
// functions over calendar days so they are tested without a database or a real clock.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/history_store.h"

#include <chrono>
#include <vector>

namespace matside {

// The person's local calendar day of a stored UTC time (the C library's time zone rules).
std::chrono::sys_days localDay(std::chrono::sys_seconds utc);
// Today, in local time.
std::chrono::sys_days localToday();

// The local days of sessions that count as training: at least one work step completed.
// Sessions whose start time cannot be read are left out.
std::vector<std::chrono::sys_days> trainingDays(const std::vector<SessionRecord>& sessions);

// A calendar grid of whole weeks, Monday first, whose last week holds `today`.
struct TrainingCalendar {
    std::chrono::sys_days firstDay;  // a Monday
    std::vector<bool> trained;       // weeks * 7 entries, firstDay onwards; days after today are false
    std::size_t todayIndex = 0;      // where today sits in `trained`
    int daysTrained = 0;             // entries that are true
};
TrainingCalendar trainingCalendar(const std::vector<std::chrono::sys_days>& days, std::chrono::sys_days today,
                                  int weeks = 8);

// Consecutive days trained up to today. A streak is still alive while today has not been
// trained yet: it then counts up to yesterday. 0 when neither today nor yesterday was trained.
int currentStreak(const std::vector<std::chrono::sys_days>& days, std::chrono::sys_days today);

// One point of the pain chart (History screen): a session with at least one rating.
struct PainPoint {
    std::int64_t sessionId = 0;
    std::chrono::sys_days day;     // local day the session started
    std::optional<int> before;     // 0..10
    std::optional<int> after;      // 0..10
};
// Sessions from `since` on (local days) with a pain rating, in the order given (oldest first
// from listSessions()).
std::vector<PainPoint> painSeries(const std::vector<SessionRecord>& sessions, std::chrono::sys_days since);

} // namespace matside
