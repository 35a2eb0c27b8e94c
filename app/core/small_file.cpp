// The one capped reader of small files; see small_file.h.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/small_file.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace matside {

std::optional<std::string> readSmallFile(const std::filesystem::path& file, std::uintmax_t maxBytes) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat on the open descriptor
    // then decides, so a file swapped after a stat cannot slip through.
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat st {};
    std::optional<std::string> out;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) <= maxBytes) {
        std::string text;
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                if (n == 0) out = std::move(text);
                break;
            }
            text.append(buffer, static_cast<std::size_t>(n));
            if (text.size() > maxBytes) break; // grew while being read
        }
    }
    ::close(fd);
    return out;
}

} // namespace matside
