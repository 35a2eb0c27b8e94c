// Pango text on cairo, and the block layout that keeps each exercise on one page.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdf_layout.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>

namespace matside::documents {
namespace {

constexpr double kFooterGap = 14; // between content and footer line
constexpr double kFooterPt = 10;

PangoLayout* makeLayout(cairo_t* cr, const std::string& text, const TextStyle& style, double width) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72); // 1 unit = 1 pt
    pango_layout_context_changed(layout);
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_size(font, static_cast<int>(std::max(style.size, kMinTextPt) * PANGO_SCALE));
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) {
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    return layout;
}

double footerHeight() { return kFooterPt * 1.3 + kFooterGap; }

} // namespace

Canvas::Canvas(cairo_surface_t* surface) : m_cr(cairo_create(surface)) {}
Canvas::~Canvas() { cairo_destroy(m_cr); }

double Canvas::measure(const std::string& text, const TextStyle& style, double width) const {
    PangoLayout* layout = makeLayout(m_cr, text, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return static_cast<double>(h) / PANGO_SCALE;
}

double Canvas::naturalWidth(const std::string& text, const TextStyle& style) const {
    PangoLayout* layout = makeLayout(m_cr, text, style, 0);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return static_cast<double>(w) / PANGO_SCALE;
}

double Canvas::text(const std::string& text, const TextStyle& style, double x, double y, double width,
                    Align align) const {
    PangoLayout* layout = makeLayout(m_cr, text, style, width);
    if (align != Align::Left)
        pango_layout_set_alignment(layout, align == Align::Center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    cairo_save(m_cr);
    cairo_set_source_rgb(m_cr, style.color.r, style.color.g, style.color.b);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, layout);
    cairo_restore(m_cr);
    g_object_unref(layout);
    return static_cast<double>(h) / PANGO_SCALE;
}

void Canvas::fill(Rgb c) const {
    cairo_set_source_rgb(m_cr, c.r, c.g, c.b);
    cairo_fill(m_cr);
}

void Canvas::stroke(Rgb c, double lineWidth) const {
    cairo_set_source_rgb(m_cr, c.r, c.g, c.b);
    cairo_set_line_width(m_cr, lineWidth);
    cairo_stroke(m_cr);
}

std::vector<int> paginate(const std::vector<double>& heights, const std::vector<bool>& newPage,
                          const std::vector<double>& spaceAfter, double pageHeight) {
    std::vector<int> pages(heights.size(), 0);
    int page = 0;
    double used = 0; // height taken on the current page, with the gap after the last block
    for (std::size_t i = 0; i < heights.size(); ++i) {
        const bool empty = used == 0;
        if (!empty && (newPage[i] || used + heights[i] > pageHeight)) {
            ++page;
            used = 0;
        }
        pages[i] = page;
        used += heights[i] + spaceAfter[i];
    }
    return pages;
}

double contentHeight(const PageFrame& frame) { return frame.paper.height - 2 * frame.margin - footerHeight(); }

Block paragraph(std::string text, TextStyle style, double spaceAfter) {
    Block b;
    b.spaceAfter = spaceAfter;
    b.height = [=](const Canvas& c, double w) { return c.measure(text, style, w); };
    b.draw = [=](const Canvas& c, double x, double y, double w) { c.text(text, style, x, y, w); };
    return b;
}

std::vector<int> layOut(cairo_surface_t* surface, const PageFrame& frame, const std::vector<Block>& blocks) {
    Canvas canvas(surface);
    const double width = frame.paper.width - 2 * frame.margin;
    std::vector<double> heights, gaps;
    std::vector<bool> breaks;
    for (const Block& b : blocks) {
        heights.push_back(b.height(canvas, width));
        breaks.push_back(b.newPage);
        gaps.push_back(b.spaceAfter);
    }
    const std::vector<int> pages = paginate(heights, breaks, gaps, contentHeight(frame));
    const int pageCount = pages.empty() ? 1 : pages.back() + 1;
    const TextStyle footer{kFooterPt, false, false, kMuted};
    auto drawFooter = [&](int page) {
        const double y = frame.paper.height - frame.margin - kFooterPt * 1.3;
        cairo_t* cr = canvas.cr();
        cairo_move_to(cr, frame.margin, y - 5);
        cairo_line_to(cr, frame.paper.width - frame.margin, y - 5);
        canvas.stroke(kRule, 0.6);
        const std::string right = "Page " + std::to_string(page + 1) + " of " + std::to_string(pageCount);
        const double rightW = canvas.naturalWidth(right, footer) + 4;
        canvas.text(frame.runningTitle + "  \xC2\xB7  " + frame.kind, footer, frame.margin, y, width - rightW - 12);
        canvas.text(right, footer, frame.margin, y, width, Align::Right);
    };
    double y = frame.margin;
    int current = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (pages[i] != current) {
            drawFooter(current);
            cairo_show_page(canvas.cr());
            current = pages[i];
            y = frame.margin;
        }
        canvas.setPage(current);
        cairo_save(canvas.cr());
        blocks[i].draw(canvas, frame.margin, y, width);
        cairo_restore(canvas.cr());
        y += heights[i] + blocks[i].spaceAfter;
    }
    drawFooter(current);
    cairo_show_page(canvas.cr());
    return pages;
}

} // namespace matside::documents
