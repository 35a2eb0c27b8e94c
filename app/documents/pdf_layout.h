// Page layout for the printed documents: Pango text on a cairo context, and blocks that are
// never split across pages, laid out top to bottom with a footer on every page.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/paper.h"

#include <functional>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace matside::documents {

struct Rgb {
    double r = 0, g = 0, b = 0;
};
inline constexpr Rgb kInk{0.10, 0.10, 0.12};
inline constexpr Rgb kMuted{0.36, 0.36, 0.40};
inline constexpr Rgb kAccent{0.05, 0.33, 0.55};
inline constexpr Rgb kWarning{0.66, 0.12, 0.10};
inline constexpr Rgb kRule{0.72, 0.72, 0.76};

// Every size here is at least 10 pt: the body must read from arm's length on the mat.
struct TextStyle {
    double size = 11; // points
    bool bold = false;
    bool italic = false;
    Rgb color = kInk;
};
inline constexpr double kMinTextPt = 10;

enum class Align { Left, Center, Right };

// A cairo context with Pango at 72 dpi (one unit is one point), in DejaVu Sans.
class Canvas {
public:
    explicit Canvas(cairo_surface_t* surface);
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    cairo_t* cr() const { return m_cr; }
    // Height of `text` wrapped to `width` (0: one line, no wrapping).
    double measure(const std::string& text, const TextStyle& style, double width) const;
    // Natural width of `text` on one line.
    double naturalWidth(const std::string& text, const TextStyle& style) const;
    // Draws `text` with its top-left at (x, y), wrapped to `width`; returns its height.
    double text(const std::string& text, const TextStyle& style, double x, double y, double width,
                Align align = Align::Left) const;

    // The 0-based page being drawn (set by layOut()).
    int page() const { return m_page; }
    void setPage(int page) { m_page = page; }

    void fill(Rgb c) const;
    void stroke(Rgb c, double lineWidth) const;

private:
    cairo_t* m_cr;
    int m_page = 0;
};

// Something kept whole on one page: its height at a width, and how to draw it there.
struct Block {
    std::function<double(const Canvas&, double width)> height;
    std::function<void(const Canvas&, double x, double y, double width)> draw;
    bool newPage = false;   // starts a page of its own
    double spaceAfter = 14; // points below it, when another block follows on the page
};

// A text block: one paragraph in one style, `spaceAfter` points below it.
Block paragraph(std::string text, TextStyle style, double spaceAfter = 6);

struct PageFrame {
    PaperSize paper;
    double margin = 48;       // points on every side
    std::string runningTitle; // the routine's name, in every page's footer
    std::string kind;         // "Exercise handout", "Progress report"
};

// The page index (0-based) of each block: a block goes to the next page when it would not
// fit below the one before it, or when it asks for a new page. A block taller than a whole
// page gets a page to itself.
std::vector<int> paginate(const std::vector<double>& heights, const std::vector<bool>& newPage,
                          const std::vector<double>& spaceAfter, double pageHeight);

// Lays `blocks` out on `surface` with the footer "title · kind ... Page N of M" on every page.
// Returns the page index of each block.
std::vector<int> layOut(cairo_surface_t* surface, const PageFrame& frame, const std::vector<Block>& blocks);

// The height of the content area of a page of `frame` (margins and footer taken off).
double contentHeight(const PageFrame& frame);

} // namespace matside::documents
