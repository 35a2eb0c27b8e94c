// Loader internals: typed, bounded readers for the fields of one JSON object, collecting
// every problem (with its JSON pointer) instead of stopping at the first.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_json.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace matside::loader {

using Json = nlohmann::json;

// Every problem found so far. Capped, so a hostile 1 MiB file cannot make a million lines.
class Problems {
public:
    static constexpr std::size_t kMaxReported = 200;
    void add(std::string pointer, std::string what);
    bool empty() const { return m_list.empty(); }
    std::size_t count() const { return m_list.size() + m_dropped; }
    // The problems, plus one closing line saying how many were left out past the cap.
    std::vector<Diagnostic> take();

private:
    std::vector<Diagnostic> m_list;
    std::size_t m_dropped = 0;
};

// "a string \"30\"", "30.5", "an array", "null": a found value, short enough for one line.
std::string describe(const Json& value);
// A key or text shortened for a message, control characters shown as \uXXXX.
std::string shown(std::string_view text, std::size_t maxChars = 40);
// JSON pointer of a member or an element (RFC 6901 escaping; very long keys shortened).
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, std::size_t index);
// The known name closest to `unknown` (a typo, other case, camelCase), or empty.
std::string closestName(std::string_view unknown, const std::vector<std::string_view>& known);
// Number of Unicode code points in valid UTF-8.
std::size_t codePoints(std::string_view utf8);

struct IntRule {
    long long min;
    long long max;
    const char* unit; // "seconds", "sets", ...: read as "a whole number of <unit>"
};

struct TextRule {
    std::size_t maxChars;
    bool allowEmpty = false;
};

struct ListRule {
    std::size_t maxItems;
    std::size_t maxChars; // per item
};

// Reads the members of one object. The constructor reports members that are not in
// `known`; a required member reported missing is skipped when a misspelling of it was
// already reported, so one typo gives one line.
class ObjectReader {
public:
    ObjectReader(const Json& object, std::string pointer, Problems& problems,
                 std::vector<std::string_view> known);

    bool has(std::string_view key) const;
    std::string pointerOf(std::string_view key) const { return childPointer(m_pointer, key); }
    const std::string& pointer() const { return m_pointer; }
    // True when an unknown member looked like a misspelling of `key`.
    bool misspelled(std::string_view key) const;

    std::optional<int> integer(std::string_view key, const IntRule& rule, bool required = false);
    std::optional<std::string> text(std::string_view key, const TextRule& rule, bool required = false);
    std::optional<std::string> identifier(std::string_view key, bool required = false);
    std::optional<std::string> choice(std::string_view key, const std::vector<std::string_view>& allowed);
    std::vector<std::string> textList(std::string_view key, const ListRule& rule);
    const Json* object(std::string_view key, bool required = false);
    const Json* array(std::string_view key, bool required = false);

    void reportMissing(std::string_view key, std::string_view what);
    void report(std::string_view key, std::string what);

private:
    const Json* member(std::string_view key, bool required, std::string_view expected);

    const Json& m_object;
    std::string m_pointer;
    Problems& m_problems;
    std::vector<std::string> m_misspelledAs; // known names that unknown members resembled
};

// Checks one string value against a rule; returns the problem or empty.
std::string textProblem(const Json& value, const TextRule& rule);

} // namespace matside::loader
