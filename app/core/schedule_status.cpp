// Schedule arithmetic on a given `now`: slots, matching sessions to slots, status, adherence.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule_status.h"
#include "i18n/format.h"
#include "i18n/tr.h"

#include <algorithm>

namespace matside {
namespace {

using namespace std::chrono;

constexpr int kLookAheadDays = 8;   // a weekly plan always has a slot within 8 days
constexpr int kMaxCatchUpDays = 31; // missedSlots() looks back at most this far

} // namespace

std::vector<PlannedSlot> slotsOfDay(const std::string& routineId, const WeeklyPlan& plan, LocalDay day) {
    std::vector<PlannedSlot> slots;
    if (day < plan.from || !plan.onWeekday(mondayFirstWeekday(day))) return slots;
    for (int minute : plan.times) slots.push_back(PlannedSlot{routineId, day, minute, wallTimeAt(day, minute)});
    return slots;
}

std::vector<PlannedSlot> slotsOfDay(const Schedule& schedule, LocalDay day) {
    std::vector<PlannedSlot> slots;
    for (const auto& [id, plan] : schedule) {
        std::vector<PlannedSlot> own = slotsOfDay(id, plan, day);
        slots.insert(slots.end(), own.begin(), own.end());
    }
    std::stable_sort(slots.begin(), slots.end(),
                     [](const PlannedSlot& a, const PlannedSlot& b) { return a.at < b.at; });
    return slots;
}

std::vector<SlotState> matchSessions(const Schedule& schedule, LocalDay first, LocalDay last,
                                     const std::vector<DoneSession>& sessions) {
    std::vector<SlotState> states;
    for (LocalDay d = first; d <= last; d += days{1})
        for (PlannedSlot& slot : slotsOfDay(schedule, d)) states.push_back(SlotState{std::move(slot), std::nullopt});

    // Each session picks the nearest slot of its routine on its own local day; a slot keeps
    // the nearest of the sessions that picked it.
    std::vector<WallTime::duration> best(states.size(), WallTime::duration::max());
    for (const DoneSession& session : sessions) {
        const LocalDay day = localDayOf(session.at);
        if (day < first || day > last) continue;
        std::optional<std::size_t> nearest;
        WallTime::duration nearestGap = WallTime::duration::max();
        for (std::size_t i = 0; i < states.size(); ++i) {
            const PlannedSlot& slot = states[i].slot;
            if (slot.day != day || slot.routineId != session.routineId) continue;
            const auto gap = session.at > slot.at ? session.at - slot.at : slot.at - session.at;
            if (gap < nearestGap) nearestGap = gap, nearest = i;
        }
        if (nearest && nearestGap < best[*nearest]) {
            best[*nearest] = nearestGap;
            states[*nearest].doneAt = session.at;
        }
    }
    return states;
}

std::optional<PlannedSlot> nextSlot(const Schedule& schedule, WallTime now) {
    const LocalDay today = localDayOf(now);
    for (int i = 0; i <= kLookAheadDays; ++i)
        for (const PlannedSlot& slot : slotsOfDay(schedule, today + days{i}))
            if (slot.at > now) return slot;
    return std::nullopt;
}

std::optional<PlannedSlot> nextPendingSlot(const Schedule& schedule, WallTime now,
                                           const std::vector<DoneSession>& sessions) {
    const LocalDay today = localDayOf(now);
    // Two weeks ahead: every slot of the next week may already be done early.
    for (const SlotState& state : matchSessions(schedule, today, today + days{2 * kLookAheadDays}, sessions))
        if (state.slot.at > now && !state.doneAt) return state.slot;
    return std::nullopt;
}

std::vector<PlannedSlot> missedSlots(const Schedule& schedule, WallTime since, WallTime now,
                                     const std::vector<DoneSession>& sessions) {
    std::vector<PlannedSlot> missed;
    if (now <= since) return missed;
    since = std::max(since, now - days{kMaxCatchUpDays});
    for (SlotState& state : matchSessions(schedule, localDayOf(since), localDayOf(now), sessions))
        if (state.slot.at > since && state.slot.at <= now && !state.doneAt) missed.push_back(std::move(state.slot));
    return missed;
}

TodayStatus todayStatus(const std::string& routineId, const Schedule& schedule, WallTime now,
                        const std::vector<DoneSession>& sessions) {
    TodayStatus status;
    const auto plan = schedule.find(routineId);
    if (plan == schedule.end()) return status;
    const LocalDay today = localDayOf(now);
    const Schedule own{{routineId, plan->second}};
    for (const SlotState& state : matchSessions(own, today, today, sessions)) {
        ++status.total;
        if (state.doneAt) ++status.done;
        else if (state.slot.at > now && !status.next) status.next = state.slot;
    }
    status.planned = status.total > 0;
    return status;
}

std::string todayText(const TodayStatus& status) {
    if (!status.planned) return tr("Not planned today");
    std::string text = format(tr("Today: %1$d of %2$d done"), status.done, status.total);
    // TRANSLATORS: after "Today: 1 of 2 done": the time of the next planned session.
    if (status.next) text += format(tr(" \xC2\xB7 next %s"), formatClockTime(status.next->minute));
    return text;
}

Adherence adherence(const Schedule& schedule, WallTime now, int dayCount, const std::vector<DoneSession>& sessions) {
    if (dayCount <= 0) return {};
    const LocalDay today = localDayOf(now);
    return adherenceOver(schedule, today - days{dayCount - 1}, today, now, sessions);
}

Adherence adherenceOver(const Schedule& schedule, LocalDay first, LocalDay last, WallTime now,
                        const std::vector<DoneSession>& sessions) {
    Adherence value;
    for (const SlotState& state : matchSessions(schedule, first, last, sessions)) {
        if (state.doneAt) ++value.done;
        if (state.doneAt || state.slot.at <= now) ++value.planned;
    }
    return value;
}

std::string adherenceText(const Adherence& value) {
    if (value.planned == 0) return tr("nothing planned");
    // TRANSLATORS: "1 of 3 planned sessions", the form chosen by the total (the second number).
    // English keeps "sessions" in both: this text is also a JSON value, which never changes.
    return format(trn("%1$d of %2$d planned sessions", "%1$d of %2$d planned sessions",
                      static_cast<unsigned long>(value.planned)),
                  value.done, value.planned);
}

DayMark dayMark(const Schedule& schedule, LocalDay day, WallTime now, const std::vector<DoneSession>& sessions) {
    const std::vector<SlotState> states = matchSessions(schedule, day, day, sessions);
    if (states.empty()) {
        const bool trained = std::any_of(sessions.begin(), sessions.end(),
                                         [&](const DoneSession& s) { return localDayOf(s.at) == day; });
        return trained ? DayMark::Unplanned : DayMark::None;
    }
    int due = 0, done = 0;
    for (const SlotState& state : states) {
        if (state.doneAt) ++done;
        if (state.doneAt || state.slot.at <= now) ++due;
    }
    if (due == 0) return DayMark::Upcoming;
    if (done == due) return DayMark::Done;
    return done == 0 ? DayMark::Missed : DayMark::Partly;
}

const char* toString(DayMark mark) {
    switch (mark) {
    case DayMark::None: return "none";
    case DayMark::Upcoming: return "upcoming";
    case DayMark::Done: return "done";
    case DayMark::Partly: return "partly";
    case DayMark::Missed: return "missed";
    case DayMark::Unplanned: return "unplanned";
    }
    return "none";
}

bool isQuiet(const QuietHours& quiet, WallTime time) {
    if (quiet.startMinute == quiet.endMinute) return false;
    const int m = localMinuteOf(time);
    if (quiet.startMinute < quiet.endMinute) return m >= quiet.startMinute && m < quiet.endMinute;
    return m >= quiet.startMinute || m < quiet.endMinute;
}

WallTime quietEnd(const QuietHours& quiet, WallTime time) {
    if (!isQuiet(quiet, time)) return time;
    const LocalDay day = localDayOf(time);
    const WallTime end = wallTimeAt(day, quiet.endMinute);
    return end > time ? end : wallTimeAt(day + days{1}, quiet.endMinute);
}

} // namespace matside
