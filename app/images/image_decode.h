// Decodes PNG (stb_image) and JPEG (libjpeg-turbo) pictures into 8-bit RGBA, refusing
// untrusted files first.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace matside {

// A decoded picture: width * height * 4 bytes, rows top to bottom, straight (not
// premultiplied) alpha. Ready for a GL_RGBA8 upload.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

// Limits for files we did not write ourselves: a routine may point at any picture.
inline constexpr std::size_t kMaxImageFileBytes = 16u * 1024u * 1024u; // 16 MiB on disk
inline constexpr int kMaxImageSide = 4096;                             // px, either side

// The reason a picture of w x h px is refused for its size ("5000x10 px is larger than the
// 4096 px limit"), or nothing; each decoder asks before it allocates any pixels.
std::optional<std::string> sizeLimitProblem(int w, int h);

// Either the pixels or a one-line reason that names the file, e.g.
// "pic.png: 5000x10 px is larger than the 4096 px limit".
using DecodeResult = std::variant<Image, std::string>;

// The guarded read that decodeImageFile starts with: the file's bytes, or the same refusal
// (missing, unreadable, a folder, FIFO or device, over 16 MiB) naming the file. The editor
// decodes these bytes and then copies exactly them, never a second read of the file.
using ReadResult = std::variant<std::vector<std::uint8_t>, std::string>;
ReadResult readImageFile(const std::filesystem::path& path);

// Reads and decodes a file. Refuses, with a reason: missing or unreadable files,
// directories, FIFOs and other non-regular files, files over 16 MiB, anything but PNG or
// JPEG, sides over 4096 px, and truncated or corrupt data. Never blocks on a FIFO.
DecodeResult decodeImageFile(const std::filesystem::path& path);

// The same checks on bytes already in memory; `name` is used in the reason.
DecodeResult decodeImageMemory(std::span<const std::uint8_t> bytes, std::string_view name = "<memory>");

} // namespace matside
