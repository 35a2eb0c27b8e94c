// PNG/JPEG decoding (stb_image for PNG, TurboJPEG for JPEG): size, format, header and
// completeness checks before any pixel work.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/image_decode.h"
#include "images/jpeg_decode.h"
#include "images/stb_guards.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

// The one stb_image implementation in the program. Static so it cannot clash with another
// copy (Dear ImGui or a test may carry their own stb headers), PNG only to keep the attack
// surface small (JPEG goes to libjpeg-turbo: see jpeg_decode.cpp), and no stdio: we read
// files ourselves, with limits.
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
// Far above our own 4096 px check, which runs first and names the size; this only stops
// absurd headers inside stb before our check can see them.
#define STBI_MAX_DIMENSIONS 16384
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#endif
#include <stb_image.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace matside {
namespace {

enum class Format { Png, Jpeg, Other };

std::string describeOther(std::span<const std::uint8_t> b) {
    auto starts = [&](std::string_view magic) {
        return b.size() >= magic.size() &&
               std::equal(magic.begin(), magic.end(), b.begin(),
                          [](char m, std::uint8_t c) { return static_cast<std::uint8_t>(m) == c; });
    };
    if (starts("GIF8")) return "a GIF";
    if (starts("BM")) return "a BMP";
    if (starts("RIFF")) return "a RIFF/WebP";
    if (starts("<svg") || starts("<?xml")) return "an SVG/XML text";
    const bool text =
        std::all_of(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(b.size(), 64)),
                    [](std::uint8_t c) { return c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f); });
    return text ? "a text" : "an unknown";
}

Format sniff(std::span<const std::uint8_t> b) {
    static constexpr std::array<std::uint8_t, 8> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (b.size() >= png.size() && std::equal(png.begin(), png.end(), b.begin())) return Format::Png;
    if (b.size() >= 3 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff) return Format::Jpeg;
    return Format::Other;
}

// Position of the last occurrence of `pattern`, or npos.
std::size_t findLast(std::span<const std::uint8_t> b, std::initializer_list<std::uint8_t> pattern) {
    const auto it = std::find_end(b.begin(), b.end(), pattern.begin(), pattern.end());
    return it == b.end() ? std::string::npos : static_cast<std::size_t>(it - b.begin());
}

// Both decoders quietly fill a cut-off JPEG with grey, and stb accepts a PNG cut after its last
// pixel row; a half-loaded picture must count as broken, so look for the end markers.
bool looksComplete(std::span<const std::uint8_t> b, Format f) {
    // PNG: the IEND chunk, always empty, so its length field is zero.
    if (f == Format::Png) return findLast(b, {0, 0, 0, 0, 'I', 'E', 'N', 'D'}) != std::string::npos;
    // JPEG: an end-of-image marker after the last start-of-scan. Neither marker can occur
    // inside entropy-coded data, and an embedded thumbnail's pair comes earlier.
    const std::size_t sos = findLast(b, {0xff, 0xda});
    const std::size_t eoi = findLast(b, {0xff, 0xd9});
    return sos != std::string::npos && eoi != std::string::npos && eoi > sos;
}

// Width and height from a PNG's IHDR chunk, when there is one (big-endian, bytes 16-23).
void pngClaimedSize(std::span<const std::uint8_t> b, int& w, int& h) {
    if (b.size() < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') return;
    auto be32 = [&](std::size_t at) {
        return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) |
               b[at + 3];
    };
    w = static_cast<int>(std::min<std::uint32_t>(be32(16), 0x7fffffff));
    h = static_cast<int>(std::min<std::uint32_t>(be32(20), 0x7fffffff));
}

std::string named(std::string_view name) { return std::string(name) + ": "; }

// The same order of checks as for a PNG: the header and its size, then the end marker, and
// only then the pixels, so the decoder never allocates for a size we refuse.
DecodeResult decodeJpegChecked(std::span<const std::uint8_t> bytes, std::string_view name) {
    auto size = readJpegSize(bytes);
    if (auto* problem = std::get_if<std::string>(&size)) return named(name) + *problem;
    const auto [w, h] = std::get<JpegSize>(size);
    if (auto big = sizeLimitProblem(w, h)) return named(name) + *big;
    if (!looksComplete(bytes, Format::Jpeg)) return named(name) + "truncated JPEG (no end marker)";
    auto decoded = decodeJpeg(bytes);
    if (auto* problem = std::get_if<std::string>(&decoded)) return named(name) + *problem;
    return std::get<Image>(std::move(decoded));
}

} // namespace

std::optional<std::string> sizeLimitProblem(int w, int h) {
    if (w <= kMaxImageSide && h <= kMaxImageSide) return std::nullopt;
    return std::to_string(w) + "x" + std::to_string(h) + " px is larger than the " + std::to_string(kMaxImageSide) +
           " px limit";
}

DecodeResult decodeImageMemory(std::span<const std::uint8_t> bytes, std::string_view name) {
    if (bytes.size() > kMaxImageFileBytes)
        return named(name) + "file is " + std::to_string(bytes.size()) + " bytes, over the 16 MiB limit";
    if (bytes.empty()) return named(name) + "file is empty";
    const Format format = sniff(bytes);
    if (format == Format::Other)
        return named(name) + "not a PNG or JPEG picture (looks like " + describeOther(bytes) + " file)";
    const int len = static_cast<int>(bytes.size()); // fits: at most 16 MiB

    if (format == Format::Jpeg) return decodeJpegChecked(bytes, name);

    // Before stb parses anything, stbi_info included: rule out the inputs that trip it.
    if (auto problem = pngChunkProblem(bytes)) return named(name) + *problem;
    int w = 0, h = 0, comp = 0;
    const bool known = stbi_info_from_memory(bytes.data(), len, &w, &h, &comp) != 0;
    // stb refuses absurd sizes itself but then only says "unknown image type"; read the
    // claim from the PNG header so the reason still gives the size.
    if (!known) pngClaimedSize(bytes, w, h);
    if (auto big = sizeLimitProblem(w, h)) return named(name) + *big;
    if (!known || w <= 0 || h <= 0) return named(name) + "corrupt PNG header (" + stbi_failure_reason() + ")";
    if (!looksComplete(bytes, format)) return named(name) + "truncated PNG (no end marker)";

    int dw = 0, dh = 0, dc = 0;
    stbi_uc* pixels = stbi_load_from_memory(bytes.data(), len, &dw, &dh, &dc, 4);
    if (!pixels) return named(name) + "corrupt PNG data (" + stbi_failure_reason() + ")";
    Image image;
    image.width = dw;
    image.height = dh;
    image.rgba.assign(pixels, pixels + static_cast<std::size_t>(dw) * static_cast<std::size_t>(dh) * 4u);
    stbi_image_free(pixels);
    return image;
}

ReadResult readImageFile(const std::filesystem::path& path) {
    const std::string name = path.string();
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer. fstat on the open
    // descriptor then decides, so a file swapped after a stat cannot slip through.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return named(name) + "cannot open (" + std::strerror(errno) + ")";
    struct FdCloser {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};

    struct stat st {};
    if (::fstat(fd, &st) != 0) return named(name) + "cannot read (" + std::strerror(errno) + ")";
    if (S_ISDIR(st.st_mode)) return named(name) + "is a folder, not a picture";
    if (!S_ISREG(st.st_mode)) return named(name) + "not a regular file (a pipe or device?)";
    if (static_cast<std::uintmax_t>(st.st_size) > kMaxImageFileBytes)
        return named(name) + "file is " + std::to_string(st.st_size) + " bytes, over the 16 MiB limit";

    // Read one byte past the limit so a file that grew since fstat is still refused.
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(st.st_size) + 1);
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, std::min<std::size_t>(bytes.size() - got, 1u << 20));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return named(name) + "cannot read (" + std::strerror(errno) + ")";
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
        if (got == bytes.size() && got <= kMaxImageFileBytes) bytes.resize(std::min(got * 2, kMaxImageFileBytes + 1));
    }
    bytes.resize(got);
    return bytes;
}

DecodeResult decodeImageFile(const std::filesystem::path& path) {
    ReadResult read = readImageFile(path);
    if (auto* refusal = std::get_if<std::string>(&read)) return std::move(*refusal);
    return decodeImageMemory(std::get<std::vector<std::uint8_t>>(read), path.string());
}

} // namespace matside
