// Marks a history session as being played right now by a running matside, so a second
// matside on the same data folder never offers to "continue" a session that is still live.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>

namespace matside {

// An advisory flock(2) on <folder>/live/<session id>.lock, held for as long as this object
// lives. The kernel drops the lock when the process dies however it dies, so a crashed
// session becomes resumable at once, with no stale-lock clean-up to get wrong.
class LiveSessionLock {
public:
    // Takes the lock; an invalid (not held) object when another process holds it or the
    // folder cannot be written (then nobody can record there anyway).
    static LiveSessionLock acquire(const std::filesystem::path& folder, std::int64_t sessionId);
    // True while some open lock on that session exists: another process's, or this one's
    // (flock locks belong to open files, so even this process's own lock answers true).
    static bool isHeld(const std::filesystem::path& folder, std::int64_t sessionId);

    LiveSessionLock() = default;
    LiveSessionLock(LiveSessionLock&& other) noexcept;
    LiveSessionLock& operator=(LiveSessionLock&& other) noexcept;
    LiveSessionLock(const LiveSessionLock&) = delete;
    LiveSessionLock& operator=(const LiveSessionLock&) = delete;
    ~LiveSessionLock();

    bool held() const { return m_fd >= 0; }
    std::int64_t sessionId() const { return m_sessionId; }
    void release(); // unlocks and removes the file

private:
    LiveSessionLock(int fd, std::filesystem::path file, std::int64_t sessionId)
        : m_fd(fd), m_file(std::move(file)), m_sessionId(sessionId) {}
    int m_fd = -1;
    std::filesystem::path m_file;
    std::int64_t m_sessionId = 0;
};

} // namespace matside
