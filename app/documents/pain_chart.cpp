// Pain chart drawing: gridlines, date ticks, a solid "before" and a dashed "after" series.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pain_chart.h"

#include "documents/tick_log.h"
#include "history/history_calendar.h"

#include <cairo.h>

#include <algorithm>
#include <ctime>

namespace matside::documents {

std::vector<std::vector<std::size_t>> seriesRuns(const std::vector<std::optional<int>>& values) {
    std::vector<std::vector<std::size_t>> runs;
    bool open = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            open = false;
            continue;
        }
        if (!open) runs.emplace_back();
        runs.back().push_back(i);
        open = true;
    }
    return runs;
}

namespace {

// A UTC time as the person's wall clock shows it, on the same scale as the local days.
std::chrono::sys_seconds localClock(std::chrono::sys_seconds utc) {
    const std::time_t t = utc.time_since_epoch().count();
    std::tm local{};
    localtime_r(&t, &local);
    return utc + std::chrono::seconds(local.tm_gmtoff);
}

constexpr Rgb kBefore{0.05, 0.33, 0.55}; // blue, solid, circles
constexpr Rgb kAfter{0.80, 0.38, 0.05};  // orange, dashed, squares
const TextStyle kLabel{10, false, false, kMuted};

void drawSeries(const Canvas& c, const std::vector<double>& xs, const std::vector<std::optional<int>>& values,
                const ChartArea& a, Rgb colour, bool dashed) {
    cairo_t* cr = c.cr();
    auto yOf = [&](int v) { return a.y + a.height - a.height * v / 10.0; };
    const double dash[] = {5, 3};
    for (const auto& run : seriesRuns(values)) {
        if (run.size() < 2) continue;
        cairo_move_to(cr, xs[run[0]], yOf(*values[run[0]]));
        for (std::size_t k = 1; k < run.size(); ++k) cairo_line_to(cr, xs[run[k]], yOf(*values[run[k]]));
        cairo_set_dash(cr, dash, dashed ? 2 : 0, 0);
        c.stroke(colour, 1.6);
        cairo_set_dash(cr, nullptr, 0, 0);
    }
    // Markers only while they stay apart; thousands of sessions read better as lines.
    const double r = xs.size() > 200 ? 1.2 : 2.6;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) continue;
        if (dashed) cairo_rectangle(cr, xs[i] - r, yOf(*values[i]) - r, 2 * r, 2 * r);
        else cairo_arc(cr, xs[i], yOf(*values[i]), r, 0, 6.2832);
        c.fill(colour);
    }
}

} // namespace

ChartArea drawPainChart(const Canvas& c, const ReportData& report, double x, double y, double width, double height) {
    cairo_t* cr = c.cr();
    const double left = 34, bottom = 56, top = 6;
    ChartArea a{x + left, y + top, width - left - 8, height - bottom - top};
    // Grid and the 0-10 axis.
    for (int v = 0; v <= 10; v += 2) {
        const double gy = a.y + a.height - a.height * v / 10.0;
        cairo_move_to(cr, a.x, gy);
        cairo_line_to(cr, a.x + a.width, gy);
        c.stroke(v == 0 ? kInk : kRule, v == 0 ? 1.0 : 0.5);
        c.text(std::to_string(v), kLabel, x, gy - 7, left - 8, Align::Right);
    }
    cairo_move_to(cr, a.x, a.y);
    cairo_line_to(cr, a.x, a.y + a.height);
    c.stroke(kInk, 1.0);

    // Time runs from the first day's start to the last day's end.
    using namespace std::chrono;
    const auto t0 = sys_seconds(report.since);
    const double span = std::max<double>(duration_cast<seconds>(sys_seconds(report.until + days(1)) - t0).count(), 1);
    auto xOf = [&](sys_seconds local) { // a local wall-clock time, as localClock() gives
        const double f = duration_cast<seconds>(local - t0).count() / span;
        return a.x + a.width * std::clamp(f, 0.0, 1.0);
    };
    const int dayCount = static_cast<int>((report.until - report.since).count()) + 1;
    // A tick for every day of a short period; six spread over a long one.
    const int ticks = dayCount <= 10 ? dayCount : 6;
    for (int i = 0; i < ticks; ++i) {
        const auto day = report.since + days(ticks == 1 ? 0 : static_cast<int>((dayCount - 1) * i / (ticks - 1)));
        const double tx = xOf(sys_seconds(day) + hours(12));
        cairo_move_to(cr, tx, a.y + a.height);
        cairo_line_to(cr, tx, a.y + a.height + 4);
        c.stroke(kInk, 0.8);
        // Past about a year the day alone is ambiguous: add the year.
        std::string label = dayText(day).substr(4);
        if (dayCount > 330) label += " " + std::to_string(static_cast<int>(year_month_day(day).year()));
        c.text(label, kLabel, tx - 40, a.y + a.height + 6, 80, Align::Center);
    }

    std::vector<double> xs;
    std::vector<std::optional<int>> before, after;
    for (const PainSample& s : report.pain) {
        xs.push_back(xOf(localClock(s.at)));
        before.push_back(s.before);
        after.push_back(s.after);
    }
    drawSeries(c, xs, before, a, kBefore, false);
    drawSeries(c, xs, after, a, kAfter, true);

    // Legend under the dates.
    const double ly = a.y + a.height + 24;
    cairo_arc(cr, a.x + 6, ly + 7, 3, 0, 6.2832);
    c.fill(kBefore);
    c.text("Pain before the session", kLabel, a.x + 14, ly, 0);
    const double lx = a.x + 190;
    cairo_rectangle(cr, lx + 3, ly + 4, 6, 6);
    c.fill(kAfter);
    c.text("Pain after the session (dashed)", kLabel, lx + 14, ly, 0);
    c.text("0 = no pain, 10 = worst; a gap means no rating", kLabel, a.x, ly + 14, a.width);
    return a;
}

} // namespace matside::documents
