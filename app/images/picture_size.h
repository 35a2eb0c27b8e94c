// What size a picture is decoded to for the panel that shows it, and when to decode again:
// pure rules, so the memory budget (issue 18) is unit-tested; and the resize itself.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "images/image_decode.h"

namespace matside {

struct PixelSize {
    int width = 0;
    int height = 0;
    bool empty() const { return width <= 0 || height <= 0; }
    bool operator==(const PixelSize&) const = default;
};

// The panel in physical pixels: its size in window units times the content scale (the
// player's layout is in framebuffer pixels already, whose scale is 1 on X11).
PixelSize panelPixels(float width, float height, float contentScale);

// The largest size with the source's aspect that fits `panel`, never larger than the
// source (upscaling adds bytes, not detail) and never below 16 px a side. Nothing (empty)
// when either size is empty.
PixelSize decodeSizeFor(PixelSize source, PixelSize panel);

// Whether a picture decoded at `decoded` must be decoded again for a panel that now wants
// `wanted` (from decodeSizeFor): when the panel grew by more than 10 % (the picture would
// blur) or shrank below half (it would hold twice the bytes it shows). Small steps of a
// window being dragged larger do not re-decode on every frame.
bool needsRedecode(PixelSize decoded, PixelSize wanted);

// `image` scaled to `size` with an area filter that weighs colour by alpha, so transparent
// edges do not darken; unchanged when it already has that size or `size` is empty.
Image resizeImage(const Image& image, PixelSize size);

} // namespace matside
