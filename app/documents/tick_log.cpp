// Tick log rows (pure) and their drawing: date, session boxes, pain before and after, notes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/tick_log.h"

#include <cairo.h>

#include <algorithm>
#include <cstdio>

namespace matside::documents {

std::string dayText(std::chrono::sys_days day) {
    static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::chrono::year_month_day ymd(day);
    return std::string(kDays[std::chrono::weekday(day).c_encoding()]) + " " +
           std::to_string(static_cast<unsigned>(ymd.day())) + " " + kMonths[static_cast<unsigned>(ymd.month()) - 1];
}

std::string isoDay(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

std::vector<TickRow> tickRows(std::chrono::sys_days firstDay, int weeks, const PlannedSessions& planned) {
    std::vector<TickRow> rows;
    for (int i = 0; i < weeks * 7; ++i) {
        const auto day = firstDay + std::chrono::days(i);
        rows.push_back({day, std::clamp(planned.on(day), 0, 6)});
    }
    return rows;
}

namespace {

constexpr double kRowH = 24;
constexpr double kHeadH = 20;
const TextStyle kCell{10.5};
const TextStyle kHead{10, true, false, kMuted};

struct Columns {
    double date, boxes, before, after, notes, end;
};
Columns columnsFor(double x, double width) {
    Columns c;
    c.date = x;
    c.boxes = x + 92;
    c.before = c.boxes + 130;
    c.after = c.before + 72;
    c.notes = c.after + 72;
    c.end = x + width;
    return c;
}

void drawHeader(const Canvas& canvas, const Columns& c, double y) {
    const double ty = y + 4;
    canvas.text("Day", kHead, c.date + 2, ty, 0);
    canvas.text("Done (tick)", kHead, c.boxes, ty, 0);
    canvas.text("Pain before", kHead, c.before, ty, 0);
    canvas.text("Pain after", kHead, c.after, ty, 0);
    canvas.text("Notes", kHead, c.notes, ty, 0);
}

void drawRow(const Canvas& canvas, const Columns& c, const TickRow& row, double y) {
    cairo_t* cr = canvas.cr();
    cairo_move_to(cr, c.date, y + kRowH);
    cairo_line_to(cr, c.end, y + kRowH);
    canvas.stroke(kRule, 0.6);
    canvas.text(dayText(row.day), kCell, c.date + 2, y + 5, 0);
    if (row.boxes == 0) canvas.text("rest day", TextStyle{10, false, true, kMuted}, c.boxes, y + 5, 0);
    for (int b = 0; b < row.boxes; ++b) {
        cairo_rectangle(cr, c.boxes + b * 22, y + 5, 14, 14);
        canvas.stroke(kInk, 0.9);
    }
    // Pain 0-10: a short line to write the figure on, "/10" after it.
    for (double col : {c.before, c.after}) {
        cairo_move_to(cr, col, y + kRowH - 6);
        cairo_line_to(cr, col + 26, y + kRowH - 6);
        canvas.stroke(kMuted, 0.6);
        canvas.text("/10", kCell, col + 29, y + 5, 0);
    }
}

} // namespace

std::vector<Block> tickLogBlocks(const std::vector<TickRow>& rows) {
    std::vector<Block> blocks;
    Block title;
    title.newPage = true;
    title.spaceAfter = 8;
    const std::string heading = "Tick log";
    const std::string help = "Tick a box for each session you do. Rate your pain from 0 (none) to 10 (worst) "
                             "before and after, and bring this sheet to your next appointment.";
    title.height = [=](const Canvas& c, double w) {
        return c.measure(heading, TextStyle{16, true}, w) + 4 + c.measure(help, TextStyle{11}, w);
    };
    title.draw = [=](const Canvas& c, double x, double y, double w) {
        y += c.text(heading, TextStyle{16, true}, x, y, w) + 4;
        c.text(help, TextStyle{11, false, false, kMuted}, x, y, w);
    };
    blocks.push_back(title);
    for (std::size_t start = 0; start < rows.size(); start += 7) {
        const std::vector<TickRow> week(rows.begin() + static_cast<long>(start),
                                        rows.begin() + static_cast<long>(std::min(rows.size(), start + 7)));
        const std::string label = "Week " + std::to_string(start / 7 + 1);
        Block b;
        b.spaceAfter = 12;
        b.height = [n = week.size()](const Canvas& c, double w) {
            return c.measure("Week", TextStyle{12, true}, w) + 2 + kHeadH + static_cast<double>(n) * kRowH;
        };
        b.draw = [week, label](const Canvas& c, double x, double y, double w) {
            y += c.text(label, TextStyle{12, true, false, kAccent}, x, y, w) + 2;
            const Columns cols = columnsFor(x, w);
            drawHeader(c, cols, y);
            cairo_move_to(c.cr(), cols.date, y + kHeadH);
            cairo_line_to(c.cr(), cols.end, y + kHeadH);
            c.stroke(kInk, 0.9);
            y += kHeadH;
            for (const TickRow& row : week) {
                drawRow(c, cols, row, y);
                y += kRowH;
            }
        };
        blocks.push_back(b);
    }
    return blocks;
}

} // namespace matside::documents
