// The per-user lock of `matside remind` (flock, so it is released by the kernel on exit).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/remind_lock.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace matside::remind {

namespace {

std::optional<int> readPid(int fd) {
    char text[32] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    if (n <= 0) return std::nullopt;
    char* end = nullptr;
    const long pid = std::strtol(text, &end, 10);
    if (pid <= 0 || pid > 1 << 30) return std::nullopt;
    return static_cast<int>(pid);
}

} // namespace

std::filesystem::path remindLockPath() {
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    if (!runtime || *runtime != '/') return {};
    return std::filesystem::path(runtime) / "matside-remind.lock";
}

std::optional<RemindLock> RemindLock::acquire(std::optional<int>& holder, std::string& error) {
    const auto path = remindLockPath();
    if (path.empty()) {
        error = "XDG_RUNTIME_DIR is not set, so there is no place for the one-per-user lock; "
                "run matside remind inside a desktop session";
        return std::nullopt;
    }
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        error = "cannot open " + path.string() + ": " + std::strerror(errno);
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        holder = readPid(fd);
        ::close(fd);
        return std::nullopt;
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) != ssize_t(pid.size())) {
        error = "cannot write " + path.string() + ": " + std::strerror(errno);
        ::close(fd);
        return std::nullopt;
    }
    return RemindLock(fd);
}

RemindLock::~RemindLock() {
    if (m_fd >= 0) ::close(m_fd);
}

std::optional<int> runningRemindPid() {
    const auto path = remindLockPath();
    if (path.empty()) return std::nullopt;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return std::nullopt;
    std::optional<int> pid;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) pid = readPid(fd); // held: someone runs
    ::close(fd);
    return pid;
}

} // namespace matside::remind
