// One `matside remind` per user: an flock on $XDG_RUNTIME_DIR/matside-remind.lock, which holds
// the owner's pid. The kernel drops the lock when the process dies, so a crash leaves no
// stale lock behind.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>

namespace matside::remind {

// $XDG_RUNTIME_DIR/matside-remind.lock; empty when XDG_RUNTIME_DIR is unset or not absolute.
std::filesystem::path remindLockPath();

class RemindLock {
public:
    // Takes the lock, or says who holds it (`holder`) or why it cannot (`error`).
    static std::optional<RemindLock> acquire(std::optional<int>& holder, std::string& error);
    RemindLock(RemindLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    RemindLock& operator=(RemindLock&&) = delete;
    ~RemindLock();

private:
    explicit RemindLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

// The pid of the running `matside remind`, if one holds the lock.
std::optional<int> runningRemindPid();

} // namespace matside::remind
