// History screen drawing: calendar, streak, pain chart and the session table.
#include "ui/history_view.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace matside::ui {

namespace {

float textWidth(ImFont* font, const std::string& text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
}

std::string streakText(int streak) {
    if (streak <= 0) return "No streak yet: a session today starts one";
    return std::to_string(streak) + (streak == 1 ? " day in a row" : " days in a row");
}

// One day of a planned calendar, told apart by shape as well as colour: done is a filled
// square, partly a half-filled one, missed a cross, done-but-unplanned a round dot,
// upcoming an outline with a small dot.
void drawMark(ImDrawList* draw, const Palette& pal, DayMark mark, ImVec2 a, ImVec2 b, float round) {
    const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    const float side = b.x - a.x, thick = std::max(2.0f, side * 0.12f);
    switch (mark) {
    case DayMark::None: draw->AddRectFilled(a, b, pal.track.u32(), round); break;
    case DayMark::Done: draw->AddRectFilled(a, b, pal.accent.u32(), round); break;
    case DayMark::Partly:
        draw->AddRectFilled(a, b, pal.track.u32(), round);
        draw->AddTriangleFilled(ImVec2(a.x, a.y), ImVec2(a.x, b.y), ImVec2(b.x, b.y), pal.accent.u32());
        break;
    case DayMark::Missed: {
        draw->AddRectFilled(a, b, pal.track.u32(), round);
        const float inset = side * 0.22f;
        draw->AddLine(ImVec2(a.x + inset, a.y + inset), ImVec2(b.x - inset, b.y - inset), pal.warning.u32(), thick);
        draw->AddLine(ImVec2(b.x - inset, a.y + inset), ImVec2(a.x + inset, b.y - inset), pal.warning.u32(), thick);
        break;
    }
    case DayMark::Unplanned: draw->AddCircleFilled(c, side * 0.42f, pal.accent.u32()); break;
    case DayMark::Upcoming:
        draw->AddRect(a, b, pal.muted.u32(), round, 0, std::max(1.0f, thick * 0.5f));
        draw->AddCircleFilled(c, side * 0.12f, pal.muted.u32());
        break;
    }
}

// The marks with their words on one line from `at`; returns the line's height.
float drawLegend(ImDrawList* draw, const Palette& pal, const UiFonts& fonts, ImVec2 at) {
    const DayMark marks[5] = {DayMark::Done, DayMark::Partly, DayMark::Missed, DayMark::Unplanned, DayMark::Upcoming};
    const char* words[5] = {"planned, done", "partly done", "planned, missed", "done, not planned", "to come"};
    const float line = fonts.body->FontSize * 1.3f, box = fonts.body->FontSize * 0.9f;
    float x = at.x;
    for (int i = 0; i < 5; ++i) {
        const float y = at.y + (fonts.body->FontSize - box) * 0.5f;
        drawMark(draw, pal, marks[i], ImVec2(x, y), ImVec2(x + box, y + box), box * 0.18f);
        draw->AddText(fonts.body, fonts.body->FontSize, ImVec2(x + box * 1.4f, at.y), pal.muted.u32(), words[i]);
        x += box * 1.4f + textWidth(fonts.body, words[i]) + fonts.body->FontSize * 1.5f;
    }
    return line;
}

// The calendar: a column of weeks, one cell per day; trained days filled with the accent.
void drawCalendar(ImDrawList* draw, const Palette& pal, const UiFonts& fonts, const TrainingCalendar& cal,
                  const std::vector<DayMark>& marks, Rect r) {
    const int weeks = static_cast<int>(cal.trained.size() / 7);
    if (weeks == 0) return;
    const bool planned = marks.size() == cal.trained.size();
    const float header = fonts.body->FontSize * 1.3f;
    const float cell = std::min(r.width() / 7.0f, (r.height() - header) / weeks);
    const float gap = std::max(1.0f, cell * 0.14f);
    const float x0 = r.min.x, y0 = r.min.y + header;
    const char* dayNames[] = {"M", "T", "W", "T", "F", "S", "S"};
    for (int d = 0; d < 7; ++d)
        textCentred(draw, fonts.body, pal.muted.u32(), x0 + d * cell, x0 + (d + 1) * cell, r.min.y, dayNames[d]);
    for (std::size_t i = 0; i < cal.trained.size(); ++i) {
        const int week = static_cast<int>(i / 7), day = static_cast<int>(i % 7);
        const ImVec2 a(x0 + day * cell + gap * 0.5f, y0 + week * cell + gap * 0.5f);
        const ImVec2 b(a.x + cell - gap, a.y + cell - gap);
        const float round = cell * 0.18f;
        if (planned && (i <= cal.todayIndex || marks[i] == DayMark::Upcoming))
            drawMark(draw, pal, marks[i], a, b, round);
        else if (i > cal.todayIndex) draw->AddRect(a, b, pal.track.u32(), round, 0, 1.0f); // still to come
        else draw->AddRectFilled(a, b, cal.trained[i] ? pal.accent.u32() : pal.track.u32(), round);
        if (i == cal.todayIndex) draw->AddRect(a, b, pal.text.u32(), round, 0, std::max(2.0f, gap * 0.6f));
    }
}

float chartX(const Rect& plot, std::chrono::sys_days first, int days, std::chrono::sys_days day) {
    const float t = static_cast<float>((day - first).count()) / static_cast<float>(std::max(1, days - 1));
    return plot.min.x + std::clamp(t, 0.0f, 1.0f) * plot.width();
}
float chartY(const Rect& plot, int pain) { return plot.max.y - plot.height() * static_cast<float>(pain) / 10.0f; }

// One series: a line through the rated sessions, a dot on each.
// Days on the chart's x axis: the calendar's first day up to today (not the rest of the week).
int chartDays(const TrainingCalendar& cal) { return static_cast<int>(cal.todayIndex) + 1; }

template <typename Get>
void drawSeries(ImDrawList* draw, const Rect& plot, const HistoryScreenData& data, Get get, ImU32 colour, bool filled) {
    const int days = chartDays(data.calendar);
    std::optional<ImVec2> last;
    const float radius = std::max(3.0f, plot.height() * 0.025f);
    for (const PainPoint& p : data.pain) {
        const std::optional<int> v = get(p);
        if (!v) continue;
        const ImVec2 at(chartX(plot, data.calendar.firstDay, days, p.day), chartY(plot, *v));
        if (last) draw->AddLine(*last, at, colour, std::max(2.0f, radius * 0.5f));
        last = at;
    }
    for (const PainPoint& p : data.pain) {
        const std::optional<int> v = get(p);
        if (!v) continue;
        const ImVec2 at(chartX(plot, data.calendar.firstDay, days, p.day), chartY(plot, *v));
        if (filled) draw->AddCircleFilled(at, radius, colour);
        else draw->AddCircle(at, radius, colour, 0, std::max(2.0f, radius * 0.45f));
    }
}

// Pain before (hollow, muted) and after (filled, accent) each session, 0..10 over 8 weeks.
void drawPainChart(ImDrawList* draw, const Palette& pal, const UiFonts& fonts, const HistoryScreenData& data, Rect r) {
    ImFont* f = fonts.body;
    const float line = f->FontSize;
    const std::string legendBefore = "before", legendAfter = "after";
    draw->AddText(f, line, r.min, pal.text.u32(),
                  "Pain (0\xE2\x80\x93"
                  "10)");
    // Legend on the title line, right-aligned.
    const float dot = line * 0.35f;
    float lx = r.max.x - textWidth(f, legendAfter) - textWidth(f, legendBefore) - line * 3.2f;
    draw->AddCircle(ImVec2(lx + dot, r.min.y + line * 0.55f), dot, pal.muted.u32(), 0, 2.0f);
    draw->AddText(f, line, ImVec2(lx + line, r.min.y), pal.muted.u32(), legendBefore.c_str());
    lx += line * 1.6f + textWidth(f, legendBefore);
    draw->AddCircleFilled(ImVec2(lx + dot, r.min.y + line * 0.55f), dot, pal.accent.u32());
    draw->AddText(f, line, ImVec2(lx + line, r.min.y), pal.accent.u32(), legendAfter.c_str());

    const float labelW = textWidth(f, "10") + line * 0.6f;
    const Rect plot{ImVec2(r.min.x + labelW, r.min.y + line * 2.0f),
                    ImVec2(r.max.x - line * 0.6f, r.max.y - line * 1.6f)};
    if (plot.height() < line * 2 || plot.width() < line * 4) return;
    for (int v = 0; v <= 10; v += 5) { // grid and y labels
        const float y = chartY(plot, v);
        draw->AddLine(ImVec2(plot.min.x, y), ImVec2(plot.max.x, y), pal.track.u32(), v == 0 ? 2.0f : 1.0f);
        const std::string label = std::to_string(v);
        draw->AddText(f, line, ImVec2(plot.min.x - textWidth(f, label) - line * 0.3f, y - line * 0.5f), pal.muted.u32(),
                      label.c_str());
    }
    draw->AddLine(plot.min, ImVec2(plot.min.x, plot.max.y), pal.muted.u32(), 1.5f); // y axis
    // x labels: the first day, the middle and today.
    const auto first = data.calendar.firstDay;
    const int days = chartDays(data.calendar);
    const auto today = first + std::chrono::days{static_cast<int>(data.calendar.todayIndex)};
    const float ly = plot.max.y + line * 0.3f;
    draw->AddText(f, line, ImVec2(plot.min.x, ly), pal.muted.u32(), shortDate(first).c_str());
    const auto middle = first + std::chrono::days{(days - 1) / 2};
    const std::string mid = shortDate(middle);
    draw->AddText(f, line, ImVec2(chartX(plot, first, days, middle) - textWidth(f, mid) * 0.5f, ly), pal.muted.u32(),
                  mid.c_str());
    const float tx = std::min(chartX(plot, first, days, today), plot.max.x) - textWidth(f, "today");
    draw->AddText(f, line, ImVec2(std::max(tx, plot.min.x), ly), pal.muted.u32(), "today");
    if (data.pain.empty()) {
        // Between the 5 and 10 lines, so no grid line runs through the words.
        textCentred(draw, f, pal.muted.u32(), plot.min.x, plot.max.x,
                    chartY(plot, 7) + (chartY(plot, 8) - chartY(plot, 7) - line) * 0.5f, "No pain ratings yet");
        return;
    }
    drawSeries(
        draw, plot, data, [](const PainPoint& p) { return p.before; }, pal.muted.u32(), false);
    drawSeries(
        draw, plot, data, [](const PainPoint& p) { return p.after; }, pal.accent.u32(), true);
}

void drawSessionTable(const Palette& pal, const UiFonts& fonts, const HistoryScreenData& data, ImVec2 size) {
    if (data.rows.empty()) {
        textIn(fonts.body, pal.muted.u32(), "No sessions yet. They appear here as soon as one starts.");
        return;
    }
    ImGui::PushFont(fonts.body);
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, pal.background.vec4());
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, pal.panel.vec4());
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, pal.panel.vec4());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, pal.background.vec4());
    const ImGuiTableFlags flags =
        ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("sessions", 6, flags, size)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_None, 2.2f);
        ImGui::TableSetupColumn("Routine", ImGuiTableColumnFlags_None, 3.0f);
        ImGui::TableSetupColumn("Ended", ImGuiTableColumnFlags_None, 1.9f);
        ImGui::TableSetupColumn("Steps", ImGuiTableColumnFlags_None, 1.2f);
        ImGui::TableSetupColumn("Pain", ImGuiTableColumnFlags_None, 1.1f);
        ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_None, 2.8f);
        ImGui::PushStyleColor(ImGuiCol_Text, pal.muted.vec4());
        ImGui::TableHeadersRow();
        ImGui::PopStyleColor();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(data.rows.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const HistoryRow& row = data.rows[static_cast<std::size_t>(i)];
                ImGui::TableNextRow();
                for (const std::string* cell :
                     {&row.when, &row.routine, &row.outcome, &row.steps, &row.pain, &row.note}) {
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(cell->c_str());
                }
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleColor(4);
    ImGui::PopFont();
}

} // namespace

std::string shortDate(std::chrono::sys_days day) {
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::chrono::year_month_day ymd{day};
    char out[16];
    std::snprintf(out, sizeof out, "%u %s", static_cast<unsigned>(ymd.day()),
                  months[(static_cast<unsigned>(ymd.month()) + 11) % 12]);
    return out;
}

void drawHistoryScreen(const ViewContext& ctx, const HistoryScreenData& data, bool& close) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& fonts = ctx.fonts;
    beginCanvas("history", pal, 0.999f); // opaque, but in front of the screen it covers
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 size = ImGui::GetWindowSize();
    const float pad = scaled(1.2f);
    const float w = size.x - 2 * pad;

    // Title line: "History", the streak, and Close on the right.
    ImGui::SetCursorPos(ImVec2(pad, pad * 0.7f));
    textIn(fonts.title, pal.text.u32(), "History");
    const std::string closeLabel = "Close  (Esc)";
    const float closeW = textWidth(fonts.body, closeLabel) + scaled(2);
    ImGui::SetCursorPos(ImVec2(size.x - pad - closeW, pad * 0.7f));
    ImGui::PushFont(fonts.body);
    if (bigButton(closeLabel.c_str(), ImVec2(closeW, scaled(2.2f)), pal, false, nullptr)) close = true;
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(pad, pad * 0.7f + fonts.title->FontSize * 1.15f));
    const std::string days = std::to_string(data.calendar.daysTrained) + " days trained in the last 8 weeks";
    textIn(fonts.heading, pal.accent.u32(), streakText(data.streak));
    ImGui::SetCursorPosX(pad);
    textIn(fonts.body, pal.muted.u32(), days);
    if (!data.adherence.empty()) { // the plan's line and the calendar's legend (issue 12)
        ImGui::SetCursorPosX(pad);
        textIn(fonts.body, pal.text.u32(), data.adherence);
        const ImVec2 at(ImGui::GetWindowPos().x + pad, ImGui::GetWindowPos().y + ImGui::GetCursorPosY());
        ImGui::Dummy(ImVec2(0, drawLegend(draw, pal, fonts, at)));
    }
    if (!data.notice.empty()) {
        ImGui::SetCursorPosX(pad);
        textWrappedIn(fonts.body, pal.accent.u32(), data.notice, w);
    }

    // Calendar on the left, the chart beside it; both take about 40 % of what is left.
    const float top = ImGui::GetCursorPosY() + scaled(0.6f);
    const float bandH = std::max(scaled(8), (size.y - top - pad) * 0.48f);
    const float calW = std::min(w * 0.32f, bandH * 7.0f / 8.6f);
    const ImVec2 origin = ImGui::GetWindowPos();
    drawCalendar(draw, pal, fonts, data.calendar, data.marks,
                 Rect{ImVec2(origin.x + pad, origin.y + top), ImVec2(origin.x + pad + calW, origin.y + top + bandH)});
    const float chartX0 = pad + calW + scaled(1.5f);
    const Rect chart{ImVec2(origin.x + chartX0, origin.y + top), ImVec2(origin.x + pad + w, origin.y + top + bandH)};
    draw->AddRectFilled(ImVec2(chart.min.x - scaled(0.6f), chart.min.y - scaled(0.3f)),
                        ImVec2(chart.max.x, chart.max.y + scaled(0.2f)), pal.panel.u32(), scaled(0.5f));
    drawPainChart(draw, pal, fonts, data,
                  Rect{ImVec2(chart.min.x, chart.min.y), ImVec2(chart.max.x - scaled(0.4f), chart.max.y)});

    // The sessions, newest first, in what is left.
    ImGui::SetCursorPos(ImVec2(pad, top + bandH + scaled(0.9f)));
    const float tableH = size.y - ImGui::GetCursorPosY() - pad * 0.7f;
    drawSessionTable(pal, fonts, data, ImVec2(w, std::max(tableH, scaled(4))));
    endCanvas();
}

} // namespace matside::ui
