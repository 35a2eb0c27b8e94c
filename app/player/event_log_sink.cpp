// Event log file: one JSON line per event, flushed per batch so a killed player leaves a
// readable log.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/event_log_sink.h"

#include "core/event_log.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace matside {

std::unique_ptr<EventLogSink> EventLogSink::open(const std::filesystem::path& file, std::string& error) {
    std::FILE* f = std::fopen(file.c_str(), "w");
    if (!f) {
        error = "cannot write the event log " + file.string() + ": " + std::strerror(errno);
        return nullptr;
    }
    return std::unique_ptr<EventLogSink>(new EventLogSink(f));
}

EventLogSink::~EventLogSink() { std::fclose(m_file); }

void EventLogSink::onEvents(const std::vector<SessionEvent>& events, const Snapshot&) {
    for (const SessionEvent& e : events) {
        const std::string line = eventToJsonLine(e);
        m_last = std::max(m_last, e.t);
        std::fwrite(line.data(), 1, line.size(), m_file);
        std::fputc('\n', m_file);
    }
    std::fflush(m_file);
}

void EventLogSink::onClose(const Snapshot& snapshot) {
    const std::string line = summaryToJsonLine(summarize(snapshot), m_last);
    std::fprintf(m_file, "%s\n", line.c_str());
    std::fflush(m_file);
}

} // namespace matside
