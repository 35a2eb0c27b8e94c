// Screenshots the player wrote (`play --screenshot FILE.png`), read back as RGB so window
// tests can count the pixels of a colour, compare two frames, or look at one pixel.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme.h"

#include <filesystem>
#include <vector>

namespace matside::test {

struct Screenshot {
    int w = 0, h = 0;
    std::vector<unsigned char> rgb; // w * h * 3, rows top to bottom; empty if unreadable

    ui::Rgb at(int x, int y) const;
    // Pixels within `tolerance` of `colour` in the rows [y0, y1) (all rows by default).
    int count(ui::Rgb colour, int tolerance = 8, int y0 = 0, int y1 = -1) const;
    // The same within [x0, x1) x [y0, y1), each given as a fraction of the width or height.
    int countIn(ui::Rgb colour, float x0, float x1, float y0, float y1, int tolerance = 8) const;
};

Screenshot readScreenshot(const std::filesystem::path& file);

// The tallest run of rows right of the picture column (x from 30 % of the width) that hold
// `text`-coloured pixels: on the work screen, the height of the timer's digits.
int timerInkHeight(const Screenshot& png, ui::Rgb text);

// Each channel within `tolerance`.
bool near(ui::Rgb a, ui::Rgb b, int tolerance = 6);

// Share (0..1) of pixels in the centre half of two same-sized frames that differ by more
// than a little (any channel by over 10); -1 when the sizes differ or a frame is empty.
double changedShare(const Screenshot& a, const Screenshot& b);

} // namespace matside::test
