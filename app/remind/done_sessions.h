// The finished sessions a reminder looks at, read from the history store (read-only).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule_status.h"

#include <filesystem>
#include <string>
#include <vector>

namespace matside::remind {

struct DoneSessionsRead {
    std::vector<DoneSession> sessions;
    std::string notice; // one line when the history cannot be read (then: none)
};

// Sessions that ended completed or stopped for pain (done for the day either way: a person
// who stopped for pain must not be nagged to go again), by routine id and start time.
DoneSessionsRead readDoneSessions(const std::filesystem::path& dataDir);

} // namespace matside::remind
