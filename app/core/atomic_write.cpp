// The one atomic file writer: a temporary file beside the target, fsync, rename, folder fsync.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomic_write.h"

#include "core/small_file.h"
#include "core/write_all.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace matside {

std::string replaceFileAtomically(const std::filesystem::path& file, std::string_view contents, unsigned mode) {
    const std::filesystem::path dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return "cannot create " + dir.string() + ": " + ec.message();
    std::string tmp = (dir / (file.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return "cannot write in " + dir.string() + ": " + std::strerror(errno);
    bool ok = writeAll(fd, contents);
    ok = ok && ::fchmod(fd, static_cast<mode_t>(mode)) == 0 && ::fsync(fd) == 0;
    std::string error = ok ? "" : "cannot write " + tmp + ": " + std::strerror(errno);
    if (::close(fd) != 0 && error.empty()) error = "cannot write " + tmp + ": " + std::strerror(errno);
    if (error.empty() && ::rename(tmp.c_str(), file.c_str()) != 0)
        error = "cannot replace " + file.string() + ": " + std::strerror(errno);
    if (!error.empty()) {
        ::unlink(tmp.c_str());
        return error;
    }
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

std::string copyFileAtomically(const std::filesystem::path& source, const std::filesystem::path& dest, unsigned mode,
                               std::uintmax_t maxBytes) {
    const auto contents = readSmallFile(source, maxBytes);
    if (!contents)
        return "cannot copy " + source.string() + ": missing, unreadable, not a regular file or over " +
               std::to_string(maxBytes / (std::uintmax_t{1024} * 1024)) + " MiB";
    return replaceFileAtomically(dest, *contents, mode);
}

} // namespace matside
