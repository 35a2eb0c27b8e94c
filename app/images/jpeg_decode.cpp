// JPEG through TurboJPEG: the reference decoder, fuzzed upstream, where stb_image 2.27 has
// undefined behaviour on damaged entropy-coded data that no check before parsing can see.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/jpeg_decode.h"

#include <memory>

#include <turbojpeg.h>

namespace matside {
namespace {

struct HandleCloser {
    void operator()(void* h) const { tjDestroy(h); }
};
using Handle = std::unique_ptr<void, HandleCloser>;

Handle openDecompressor() { return Handle(tjInitDecompress()); }

std::string reasonOf(void* handle) { return tjGetErrorStr2(handle); }

} // namespace

std::variant<JpegSize, std::string> readJpegSize(std::span<const std::uint8_t> bytes) {
    Handle handle = openDecompressor();
    if (!handle) return std::string("JPEG decoder could not start (") + tjGetErrorStr2(nullptr) + ")";
    JpegSize size;
    int subsampling = 0, colourspace = 0;
    if (tjDecompressHeader3(handle.get(), bytes.data(), bytes.size(), &size.width, &size.height, &subsampling,
                            &colourspace) != 0)
        return "corrupt JPEG header (" + reasonOf(handle.get()) + ")";
    return size;
}

std::variant<Image, std::string> decodeJpeg(std::span<const std::uint8_t> bytes) {
    Handle handle = openDecompressor();
    if (!handle) return std::string("JPEG decoder could not start (") + tjGetErrorStr2(nullptr) + ")";
    int w = 0, h = 0, subsampling = 0, colourspace = 0;
    if (tjDecompressHeader3(handle.get(), bytes.data(), bytes.size(), &w, &h, &subsampling, &colourspace) != 0)
        return "corrupt JPEG header (" + reasonOf(handle.get()) + ")";
    if (auto big = sizeLimitProblem(w, h)) return *big;
    if (w <= 0 || h <= 0) return "corrupt JPEG header (no picture size)";
    Image image;
    image.width = w;
    image.height = h;
    image.rgba.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4u, 0);
    const int rc = tjDecompress2(handle.get(), bytes.data(), bytes.size(), image.rgba.data(), w, 0, h, TJPF_RGBA,
                                 TJFLAG_LIMITSCANS);
    // TurboJPEG returns -1 for warnings too ("Corrupt JPEG data: 3 extraneous bytes"); the
    // pixels are then complete but damaged, which a viewer shows. Only fatal errors refuse.
    if (rc != 0 && tjGetErrorCode(handle.get()) != TJERR_WARNING)
        return "corrupt JPEG data (" + reasonOf(handle.get()) + ")";
    return image;
}

} // namespace matside
