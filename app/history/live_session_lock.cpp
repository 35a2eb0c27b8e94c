// flock-based marks for sessions that a running matside is playing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/live_session_lock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace matside {

namespace {

std::filesystem::path lockFile(const std::filesystem::path& folder, std::int64_t sessionId) {
    return folder / "live" / (std::to_string(sessionId) + ".lock");
}

} // namespace

LiveSessionLock LiveSessionLock::acquire(const std::filesystem::path& folder, std::int64_t sessionId) {
    const auto file = lockFile(folder, sessionId);
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return {};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return {};
    }
    return LiveSessionLock(fd, file, sessionId);
}

bool LiveSessionLock::isHeld(const std::filesystem::path& folder, std::int64_t sessionId) {
    // No O_CREAT: a session that never had a lock file was never live.
    const int fd = ::open(lockFile(folder, sessionId).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    int rc;
    do rc = ::flock(fd, LOCK_SH | LOCK_NB);
    while (rc != 0 && errno == EINTR);
    const bool held = rc != 0 && errno == EWOULDBLOCK;
    ::close(fd); // also drops the shared lock taken just now
    return held;
}

LiveSessionLock::LiveSessionLock(LiveSessionLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_file(std::move(other.m_file)), m_sessionId(other.m_sessionId) {}

LiveSessionLock& LiveSessionLock::operator=(LiveSessionLock&& other) noexcept {
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_file = std::move(other.m_file);
        m_sessionId = other.m_sessionId;
    }
    return *this;
}

LiveSessionLock::~LiveSessionLock() { release(); }

void LiveSessionLock::release() {
    if (m_fd < 0) return;
    // Remove first, then unlock: a reader that opened the file before the unlink still
    // sees it held until close, and no reader can find it after.
    std::error_code ec;
    std::filesystem::remove(m_file, ec);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace matside
