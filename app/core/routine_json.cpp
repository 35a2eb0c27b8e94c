// Loading routine files: untrusted bytes in, a validated Routine or every problem out.
// Never throws: a file from a stranger must give messages, not a crash.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_json.h"
#include "core/routine_translate.h"

#include "core/illustration_paths.h"
#include "core/json_fields.h"
#include "core/routine_build.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace matside {
namespace fs = std::filesystem;
using loader::Json;

namespace {

// Deeper than any routine needs (4 levels); keeps every recursive walk of the document short.
constexpr int kMaxNesting = 64;

// "line L, column C" of a byte offset; the column counts characters, as editors do.
std::string lineColumn(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const std::size_t column = loader::codePoints(text.substr(lineStart, offset - lineStart)) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t utf8Length(std::string_view text, std::size_t i) {
    const auto b = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    const unsigned lead = b(i);
    const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return b(k) >= lo && b(k) <= hi; };
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned lo = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned lo = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

// One pass over the bytes before the JSON parser sees them: NUL bytes, UTF-8, nesting depth.
std::optional<Diagnostic> scanText(std::string_view text) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\0') return Diagnostic{lineColumn(text, i), "contains a NUL byte; a routine file is UTF-8 text"};
        const std::size_t length = utf8Length(text, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(c));
            return Diagnostic{lineColumn(text, i), std::string("is not valid UTF-8 (byte ") + hex + " at offset " +
                                                       std::to_string(i) + "); save the file as UTF-8"};
        }
        if (inString) {
            if (c == '\\') i += 1; // the escaped character cannot end the string
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxNesting)
                return Diagnostic{lineColumn(text, i), "nested deeper than " + std::to_string(kMaxNesting) +
                                                           " levels; a routine needs no more than 4"};
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
        i += length;
    }
    return std::nullopt;
}

// Remembers where the parser is, to name the JSON pointer of a key given twice (the
// parser itself would silently keep the last value).
class DuplicateKeys {
public:
    explicit DuplicateKeys(loader::Problems& problems) : m_problems(problems) {}

    bool operator()(int, Json::parse_event_t event, Json& parsed) {
        using E = Json::parse_event_t;
        if ((event == E::value || event == E::object_start || event == E::array_start) && !m_frames.empty() &&
            m_frames.back().isArray)
            ++m_frames.back().index;
        if (event == E::object_start || event == E::array_start) {
            m_frames.emplace_back();
            m_frames.back().isArray = event == E::array_start;
        } else if ((event == E::object_end || event == E::array_end) && !m_frames.empty()) {
            m_frames.pop_back();
        } else if (event == E::key && !m_frames.empty() && parsed.is_string()) {
            key(parsed.get<std::string>());
        }
        return true;
    }

private:
    struct Frame {
        bool isArray = false;
        std::size_t index = static_cast<std::size_t>(-1);
        std::string key;
        std::set<std::string> keys;
    };

    void key(std::string name) {
        Frame& frame = m_frames.back();
        if (!frame.keys.insert(name).second) {
            std::string pointer;
            for (std::size_t i = 0; i + 1 < m_frames.size(); ++i)
                pointer = m_frames[i].isArray ? loader::childPointer(pointer, m_frames[i].index)
                                              : loader::childPointer(pointer, m_frames[i].key);
            m_problems.add(loader::childPointer(pointer, name),
                           "the field '" + loader::shown(name) + "' is given twice in this object; keep one");
        }
        frame.key = std::move(name);
    }

    loader::Problems& m_problems;
    std::vector<Frame> m_frames;
};

// nlohmann's message without its own position and echo of the input, plus a hint.
std::string syntaxMessage(const Json::parse_error& e, std::string_view text, std::size_t offset) {
    std::string message = e.what();
    if (auto column = message.find(", column "); column != std::string::npos) {
        if (auto colon = message.find(": ", column); colon != std::string::npos) message.erase(0, colon + 2);
    }
    if (auto echo = message.find("; last read: '"); echo != std::string::npos) {
        const auto expected = message.find("'; expected", echo);
        message.erase(echo, expected == std::string::npos ? std::string::npos : expected + 1 - echo);
    }
    std::size_t before = std::min(offset, text.size());
    while (before > 0 && std::strchr(" \t\r\n", text[before - 1])) --before;
    const bool closing = offset < text.size() && (text[offset] == '}' || text[offset] == ']');
    if (closing && before > 0 && text[before - 1] == ',') message += "; remove the comma before it";
    return "malformed JSON: " + loader::shown(message, 200);
}

LoadResult failure(std::string where, std::string what) {
    LoadResult result;
    result.errors.push_back({std::move(where), std::move(what)});
    return result;
}

LoadResult parseChecked(std::string_view text, const fs::path& file, const std::vector<fs::path>& assetDirs) {
    if (text.size() > kMaxRoutineFileBytes)
        return failure("file", "is " + std::to_string(text.size()) + " bytes; a routine file may be at most " +
                                   std::to_string(kMaxRoutineFileBytes) + " bytes (1 MiB)");
    if (auto problem = scanText(text)) return failure(problem->where, problem->what);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return failure("line 1, column 1", "the file is empty; expected a routine object { \"format\": 1, ... }");

    loader::Problems problems;
    Json root;
    try {
        root = Json::parse(text.begin(), text.end(), DuplicateKeys(problems));
    } catch (const Json::parse_error& e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        return failure(lineColumn(text, offset), syntaxMessage(e, text, offset));
    }
    auto routine = loader::buildRoutine(root, file, assetDirs, problems);
    LoadResult result;
    result.errors = problems.take();
    for (auto& d : result.errors) d.where += loader::exerciseSuffix(root, d.where);
    if (result.errors.empty() && routine) {
        translateRoutine(*routine); // after validation: the checks see the file's own text
        result.routine = std::move(routine);
    }
    return result;
}

std::string systemError(int error) { return std::strerror(error); }

// Reads at most kMaxRoutineFileBytes + 1 bytes: enough to know a file is too big.
LoadResult readChecked(const fs::path& file, const std::vector<fs::path>& assetDirs) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) return failure("file", "cannot open it: " + systemError(errno));
    if (S_ISDIR(info.st_mode)) return failure("file", "is a folder, not a routine file; name a .json file");
    if (!S_ISREG(info.st_mode))
        return failure("file", "is not a regular file (a pipe, socket or device); name a routine .json file");
    if (static_cast<std::uintmax_t>(info.st_size) > kMaxRoutineFileBytes)
        return failure("file", "is " + std::to_string(info.st_size) + " bytes; a routine file may be at most " +
                                   std::to_string(kMaxRoutineFileBytes) + " bytes (1 MiB)");
    // O_NONBLOCK: if the file was swapped for a FIFO since stat(), open() must not wait.
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return failure("file", "cannot open it: " + systemError(errno));
    std::string text;
    std::string problem;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) problem = "is not a regular file; name a routine .json file";
    char buffer[65536];
    while (problem.empty() && text.size() <= kMaxRoutineFileBytes) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) problem = "cannot read it: " + systemError(errno);
        if (n <= 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (!problem.empty()) return failure("file", problem);
    return parseChecked(text, file, assetDirs);
}

} // namespace

LoadResult loadRoutineFile(const fs::path& file, const std::vector<fs::path>& assetDirs) {
    try {
        return readChecked(file, assetDirs);
    } catch (const std::exception& e) {
        return failure("file", std::string("could not be read: ") + e.what());
    } catch (...) {
        return failure("file", "could not be read");
    }
}

LoadResult parseRoutine(std::string_view text, const fs::path& file, const std::vector<fs::path>& assetDirs) {
    try {
        return parseChecked(text, file, assetDirs);
    } catch (const std::exception& e) {
        return failure("file", std::string("could not be read: ") + e.what());
    } catch (...) {
        return failure("file", "could not be read");
    }
}

fs::path resolveIllustration(const Routine& routine, const std::string& relative,
                             const std::vector<fs::path>& assetDirs) {
    try {
        return loader::findIllustration(relative, routine.sourceFile, assetDirs).found;
    } catch (...) {
        return {};
    }
}

std::string formatDiagnostic(const fs::path& file, const Diagnostic& d) {
    return file.string() + ": error: " + d.where + ": " + d.what;
}

} // namespace matside
