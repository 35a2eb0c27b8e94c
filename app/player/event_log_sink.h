// --log-events: session events as JSON lines, the same lines `simulate --json` prints.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event_sink.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace matside {

class EventLogSink final : public EventSink {
public:
    // Opens (truncates) `file`; on failure returns nothing and sets `error`.
    static std::unique_ptr<EventLogSink> open(const std::filesystem::path& file, std::string& error);
    ~EventLogSink() override;

    void onEvents(const std::vector<SessionEvent>& events, const Snapshot& snapshot) override;
    // The summary line simulate ends with, stamped with the last event's time.
    void onClose(const Snapshot& snapshot) override;

private:
    explicit EventLogSink(std::FILE* file) : m_file(file) {}
    std::FILE* m_file;
    Millis m_last{0};
};

} // namespace matside
