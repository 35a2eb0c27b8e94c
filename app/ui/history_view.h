// The History screen: the last 8 weeks as a calendar of days trained, the current streak,
// a chart of pain before/after each session (ImGui's draw list) and the list of sessions.
#pragma once

#include "core/schedule_status.h"
#include "history/history_calendar.h"
#include "ui/layout.h"

#include <chrono>
#include <string>
#include <vector>

namespace matside::ui {

// One line of the sessions table, already in words (built by the app from the store).
struct HistoryRow {
    std::string when;    // "Wed 25 Nov 09:12" (local time)
    std::string routine; // routine title
    std::string outcome; // "completed", "quit", "stopped for pain", "interrupted"
    std::string steps;   // "12 of 14"
    std::string pain;    // "6 \xE2\x86\x92 3", "6 \xE2\x86\x92 -", "" when not rated
    std::string note;
};

struct HistoryScreenData {
    TrainingCalendar calendar;      // 8 weeks, Monday first, ending with today's week
    int streak = 0;                 // days in a row, see currentStreak()
    std::vector<PainPoint> pain;    // from calendar.firstDay on, oldest first
    std::vector<HistoryRow> rows;   // newest first
    std::string notice;             // why the history could not be read; empty when fine
    // The schedule (issue 12): one mark per calendar day while something is planned (empty:
    // nothing planned, the calendar shows days trained only), and the adherence line.
    std::vector<DayMark> marks;     // parallel to calendar.trained
    std::string adherence;          // "Planned sessions: 9 of 12 in 7 days, 30 of 40 in 28 days"
};

// Draws the whole screen; sets `close` when its Close button was clicked.
void drawHistoryScreen(const ViewContext& ctx, const HistoryScreenData& data, bool& close);

// "25 Nov" for a chart label.
std::string shortDate(std::chrono::sys_days day);

} // namespace matside::ui
