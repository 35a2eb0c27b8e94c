// Event log file: one JSON line per event, flushed per batch so a killed player leaves a
// readable log.
#include "player/event_log_sink.h"

#include "core/event_log.h"

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
        std::fwrite(line.data(), 1, line.size(), m_file);
        std::fputc('\n', m_file);
    }
    std::fflush(m_file);
}

} // namespace matside
