// Report layout: a heading with the period, the figures, a table per exercise, pain stops,
// the chart. An empty period still makes a report, one that says so.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/report.h"

#include "documents/pdf_file.h"
#include "documents/pdf_layout.h"
#include "documents/tick_log.h"

#include <cairo.h>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace matside::documents {
namespace {

const TextStyle kBody{11};
const TextStyle kBold{11, true};
const TextStyle kHead{14, true};
const TextStyle kSmall{10, false, false, kMuted};
constexpr double kChartH = 250;

std::string longDay(std::chrono::sys_days d) {
    const std::chrono::year_month_day ymd(d);
    return dayText(d).substr(4) + " " + std::to_string(static_cast<int>(ymd.year()));
}

std::string minutesText(double minutes) {
    const long total = std::lround(minutes);
    if (total < 60) return std::to_string(total) + " min";
    return std::to_string(total / 60) + " h " + std::to_string(total % 60) + " min";
}

// Label/value pairs, two columns.
Block figures(const ReportData& r) {
    std::vector<std::pair<std::string, std::string>> rows;
    rows.push_back({"Sessions", std::to_string(r.sessions) + " started, " + std::to_string(r.completedSessions) +
                                    " completed, " + std::to_string(r.stoppedForPain) + " stopped for pain"});
    if (r.plannedSessions) {
        const int planned = *r.plannedSessions;
        if (planned == 0) {
            rows.push_back({"Planned", "nothing planned had come due in this period"});
        } else {
            const int pct = static_cast<int>(std::lround(100.0 * r.plannedDone / planned));
            rows.push_back({"Planned", std::to_string(r.plannedDone) + " of " + std::to_string(planned) +
                                           " planned sessions done; adherence " + std::to_string(pct) + " %"});
        }
    } else {
        rows.push_back({"Planned", "no schedule set, so sessions are not compared with a plan"});
    }
    rows.push_back({"Time exercising", minutesText(r.minutes) + " (pauses not counted)"});
    const int days = static_cast<int>((r.until - r.since).count()) + 1;
    rows.push_back({"Days trained", std::to_string(r.daysTrained) + " of " + std::to_string(days) + " days"});
    Block b;
    constexpr double labelW = 120;
    b.height = [rows](const Canvas& c, double w) {
        double h = 0;
        for (const auto& [label, value] : rows) h += c.measure(value, kBody, w - labelW) + 4;
        return h;
    };
    b.draw = [rows](const Canvas& c, double x, double y, double w) {
        for (const auto& [label, value] : rows) {
            c.text(label, kBold, x, y, labelW - 8);
            y += c.text(value, kBody, x + labelW, y, w - labelW) + 4;
        }
    };
    b.spaceAfter = 16;
    return b;
}

// The per-exercise table: name, sets done of planned, skipped, pain stops.
Block exerciseTable(const ReportData& r) {
    constexpr double rowH = 18;
    const double cols[] = {0, 0.46, 0.70, 0.84}; // fractions of the width
    const char* heads[] = {"Exercise", "Sets done / planned", "Skipped", "Pain stops"};
    bool manyRoutines = false;
    for (const auto& e : r.exercises) manyRoutines = manyRoutines || e.routineTitle != r.exercises[0].routineTitle;
    Block b;
    b.height = [=](const Canvas&, double) { return rowH * static_cast<double>(r.exercises.size() + 1) + 4; };
    b.draw = [=](const Canvas& c, double x, double y, double w) {
        for (int i = 0; i < 4; ++i) c.text(heads[i], TextStyle{10, true, false, kMuted}, x + w * cols[i], y, 0);
        y += rowH;
        cairo_move_to(c.cr(), x, y - 2);
        cairo_line_to(c.cr(), x + w, y - 2);
        c.stroke(kInk, 0.8);
        for (const ExerciseTally& e : r.exercises) {
            const std::string name = manyRoutines ? e.name + " (" + e.routineTitle + ")" : e.name;
            c.text(name, kBody, x, y, w * (cols[1] - 0.02));
            c.text(std::to_string(e.completed) + " / " + (e.planned ? std::to_string(*e.planned) : "?"), kBody,
                   x + w * cols[1], y, 0);
            c.text(std::to_string(e.skipped), kBody, x + w * cols[2], y, 0);
            c.text(std::to_string(e.painStops), e.painStops ? TextStyle{11, true, false, kWarning} : kBody,
                   x + w * cols[3], y, 0);
            y += rowH;
            cairo_move_to(c.cr(), x, y - 2);
            cairo_line_to(c.cr(), x + w, y - 2);
            c.stroke(kRule, 0.5);
        }
    };
    b.spaceAfter = 6;
    return b;
}

} // namespace

std::string periodText(const ReportData& r) { return longDay(r.since) + " to " + longDay(r.until); }

ReportResult writeReport(const ReportData& r, Paper paper, const std::filesystem::path& target) {
    ReportResult result;
    std::vector<Block> blocks;
    blocks.push_back(paragraph("Progress report", TextStyle{22, true}, 4));
    blocks.push_back(
        paragraph(r.routineTitle + "  \xC2\xB7  " + periodText(r), TextStyle{13, true, false, kAccent}, 14));
    if (r.sessions == 0) {
        blocks.push_back(paragraph("No sessions were recorded in this period (" + periodText(r) +
                                       "). Nothing to report yet: the figures and the pain chart appear once "
                                       "sessions are played in matside.",
                                   kBody, 10));
    } else {
        blocks.push_back(figures(r));
        blocks.push_back(paragraph("Per exercise", kHead, 4));
        blocks.push_back(exerciseTable(r));
        blocks.push_back(
            paragraph("A set is one set on one side. Planned counts every set of every session started.", kSmall, 14));
        if (!r.painStops.empty()) {
            blocks.push_back(paragraph("Stopped for pain", TextStyle{14, true, false, kWarning}, 4));
            for (const PainStop& s : r.painStops)
                blocks.push_back(
                    paragraph(s.when + (s.exercise.empty() ? "" : ", during " + s.exercise) + ": " +
                                  (s.note.empty() ? "(no note)" : "\xE2\x80\x9C" + s.note + "\xE2\x80\x9D"),
                              kBody, 4));
            blocks.back().spaceAfter = 14;
        }
        // The chart keeps its heading on its page.
        const std::string title = "Pain before and after each session";
        Block chart;
        chart.height = [title](const Canvas& c, double w) { return c.measure(title, kHead, w) + 6 + kChartH; };
        chart.draw = [&r, &result, title](const Canvas& c, double x, double y, double w) {
            y += c.text(title, kHead, x, y, w) + 6;
            result.chart = drawPainChart(c, r, x, y, w, kChartH);
            result.chartPage = c.page();
        };
        blocks.push_back(chart);
    }
    const PageFrame frame{paperSize(paper), 48, r.routineTitle, "Progress report"};
    result.error = writePdfAtomically(target, frame.paper, [&](cairo_surface_t* surface) -> std::optional<std::string> {
        result.pages = layOut(surface, frame, blocks).back() + 1;
        return std::nullopt;
    });
    return result;
}

} // namespace matside::documents
