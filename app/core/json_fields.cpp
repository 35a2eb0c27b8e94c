// Loader internals: typed, bounded field readers, value descriptions and did-you-mean.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json_fields.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace matside::loader {

void Problems::add(std::string pointer, std::string what) {
    if (m_list.size() >= kMaxReported) {
        ++m_dropped;
        return;
    }
    m_list.push_back({std::move(pointer), std::move(what)});
}

std::vector<Diagnostic> Problems::take() {
    auto list = std::move(m_list);
    if (m_dropped > 0)
        list.push_back({"file", std::to_string(m_dropped) + " more problems not shown; fix the ones above first"});
    m_list.clear();
    m_dropped = 0;
    return list;
}

std::size_t codePoints(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string shown(std::string_view text, std::size_t maxChars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool starts = (byte & 0xC0) != 0x80;
        if (starts && ++chars > maxChars) {
            out += "...";
            break;
        }
        if (byte < 0x20 || byte == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", byte);
            out += buf;
        } else {
            out += static_cast<char>(byte);
        }
    }
    return out;
}

std::string describe(const Json& value) {
    switch (value.type()) {
    case Json::value_t::string: return "a string \"" + shown(value.get_ref<const std::string&>()) + "\"";
    case Json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case Json::value_t::null: return "null";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return value.dump();
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "an unreadable value";
    }
}

std::string childPointer(const std::string& parent, std::string_view key) {
    std::string token;
    for (char c : key) {
        if (c == '~') token += "~0";
        else if (c == '/') token += "~1";
        else token += c;
    }
    return parent + "/" + shown(token, 64);
}

std::string childPointer(const std::string& parent, std::size_t index) {
    return parent + "/" + std::to_string(index);
}

namespace {

std::string lowered(std::string_view s) {
    std::string out;
    for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Case, '_' and '-' ignored: "holdSeconds" and "Hold-Seconds" both mean hold_seconds.
std::string folded(std::string_view s) {
    std::string out;
    for (char c : lowered(s))
        if (c != '_' && c != '-' && c != ' ') out += c;
    return out;
}

// Optimal string alignment distance (Levenshtein plus swapped neighbours).
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

} // namespace

std::string closestName(std::string_view unknown, const std::vector<std::string_view>& known) {
    if (unknown.size() > 64) return {};
    std::string best;
    std::size_t bestDistance = 3;
    for (auto name : known) {
        if (folded(unknown) == folded(name)) return std::string(name);
        // Short names tolerate one slip only, or "id" would be suggested for any two letters.
        const std::size_t allowed = name.size() <= 4 ? 1 : 2;
        const std::size_t distance = editDistance(lowered(unknown), lowered(name));
        if (distance <= allowed && distance < bestDistance) {
            best = std::string(name);
            bestDistance = distance;
        }
    }
    return best;
}

std::string textProblem(const Json& value, const TextRule& rule) {
    if (!value.is_string())
        return "expected a string of up to " + std::to_string(rule.maxChars) + " characters, found " +
               describe(value);
    const auto& s = value.get_ref<const std::string&>();
    const bool blank = std::all_of(s.begin(), s.end(), [](char c) { return c == ' '; });
    if (blank && !rule.allowEmpty) return "expected a non-empty string, found an empty one";
    const std::size_t length = codePoints(s);
    if (length > rule.maxChars)
        return "expected at most " + std::to_string(rule.maxChars) + " characters, found " +
               std::to_string(length) + "; shorten it";
    for (char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F)
            return "contains a control character (" + shown(std::string(1, c)) +
                   "); write plain text on one line (use one list item per line)";
    }
    return {};
}

namespace {

// The value as a whole number, if it is one (30 and 30.0 are; 30.5, 1e300 and "30" are not).
std::optional<long long> wholeNumber(const Json& value) {
    if (value.is_number_unsigned()) {
        const auto u = value.get<unsigned long long>();
        if (u > 1'000'000'000'000ULL) return std::nullopt;
        return static_cast<long long>(u);
    }
    if (value.is_number_integer()) return value.get<long long>();
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 1e12) return std::nullopt;
        return static_cast<long long>(d);
    }
    return std::nullopt;
}

std::string quotedList(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += "\"" + std::string(names[i]) + "\"";
    }
    return out;
}

} // namespace

ObjectReader::ObjectReader(const Json& object, std::string pointer, Problems& problems,
                           std::vector<std::string_view> known)
    : m_object(object), m_pointer(std::move(pointer)), m_problems(problems) {
    std::size_t unknownCount = 0;
    for (const auto& [key, value] : m_object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        // A file with thousands of stray keys gets a few lines, not thousands.
        if (++unknownCount > 20) continue;
        const std::string suggestion = closestName(key, known);
        std::string what = "unknown field '" + shown(key) + "'";
        if (!suggestion.empty()) {
            what += "; did you mean '" + suggestion + "'?";
            m_misspelledAs.push_back(suggestion);
        } else {
            what += "; remove it (see data/routine.schema.json for the fields allowed here)";
        }
        m_problems.add(pointerOf(key), std::move(what));
    }
    if (unknownCount > 20)
        m_problems.add(m_pointer.empty() ? "/" : m_pointer,
                       std::to_string(unknownCount - 20) + " more unknown fields not listed");
}

bool ObjectReader::has(std::string_view key) const {
    return m_object.contains(key);
}

bool ObjectReader::misspelled(std::string_view key) const {
    return std::find(m_misspelledAs.begin(), m_misspelledAs.end(), key) != m_misspelledAs.end();
}

void ObjectReader::report(std::string_view key, std::string what) {
    m_problems.add(pointerOf(key), std::move(what));
}

void ObjectReader::reportMissing(std::string_view key, std::string_view what) {
    if (misspelled(key)) return; // the unknown-field line already says "did you mean"
    report(key, "missing required field '" + std::string(key) + "': expected " + std::string(what));
}

const Json* ObjectReader::member(std::string_view key, bool required, std::string_view expected) {
    const auto it = m_object.find(key);
    if (it == m_object.end()) {
        if (required) reportMissing(key, expected);
        return nullptr;
    }
    return &*it;
}

std::optional<int> ObjectReader::integer(std::string_view key, const IntRule& rule, bool required) {
    const std::string expected = "a whole number of " + std::string(rule.unit) + " from " +
                                 std::to_string(rule.min) + " to " + std::to_string(rule.max);
    const Json* value = member(key, required, expected);
    if (!value) return std::nullopt;
    const auto number = wholeNumber(*value);
    if (number && *number >= rule.min && *number <= rule.max) return static_cast<int>(*number);
    std::string what = "expected " + expected + ", found " + describe(*value);
    if (value->is_string()) what += "; write the number without quotes";
    else if (value->is_number() && !number) what += " (not a whole number)";
    report(key, std::move(what));
    return std::nullopt;
}

std::optional<std::string> ObjectReader::text(std::string_view key, const TextRule& rule, bool required) {
    const Json* value = member(key, required, "a non-empty string");
    if (!value) return std::nullopt;
    if (auto problem = textProblem(*value, rule); !problem.empty()) {
        report(key, std::move(problem));
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::string> ObjectReader::identifier(std::string_view key, bool required) {
    auto id = text(key, TextRule{64}, required);
    if (!id) return std::nullopt;
    const bool plain = std::all_of(id->begin(), id->end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (plain) return id;
    report(key, "expected lower-case letters, digits and '_' only (like \"side_plank\"), found \"" +
                    shown(*id) + "\"");
    return std::nullopt;
}

std::optional<std::string> ObjectReader::choice(std::string_view key, const std::vector<std::string_view>& allowed) {
    const Json* value = member(key, false, "");
    if (!value) return std::nullopt;
    if (value->is_string()) {
        const auto& s = value->get_ref<const std::string&>();
        if (std::find(allowed.begin(), allowed.end(), s) != allowed.end()) return s;
    }
    std::string what = "expected " + quotedList(allowed) + ", found " + describe(*value);
    if (value->is_string()) {
        if (auto near = closestName(value->get_ref<const std::string&>(), allowed); !near.empty())
            what += "; did you mean \"" + near + "\"?";
    }
    report(key, std::move(what));
    return std::nullopt;
}

std::vector<std::string> ObjectReader::textList(std::string_view key, const ListRule& rule) {
    std::vector<std::string> items;
    const Json* list = array(key);
    if (!list) return items;
    if (list->size() > rule.maxItems)
        report(key, "expected at most " + std::to_string(rule.maxItems) + " items, found " +
                        std::to_string(list->size()));
    const std::string listPointer = pointerOf(key);
    for (std::size_t i = 0; i < list->size() && i < rule.maxItems; ++i) {
        const auto& item = (*list)[i];
        if (auto problem = textProblem(item, TextRule{rule.maxChars}); !problem.empty())
            m_problems.add(childPointer(listPointer, i), std::move(problem));
        else
            items.push_back(item.get<std::string>());
    }
    return items;
}

const Json* ObjectReader::object(std::string_view key, bool required) {
    const Json* value = member(key, required, "an object { ... }");
    if (!value || value->is_object()) return value;
    report(key, "expected an object { ... }, found " + describe(*value));
    return nullptr;
}

const Json* ObjectReader::array(std::string_view key, bool required) {
    const Json* value = member(key, required, "an array [ ... ]");
    if (!value || value->is_array()) return value;
    std::string what = "expected an array [ ... ], found " + describe(*value);
    if (value->is_string()) what += "; put the text in a list: [\"...\"]";
    report(key, std::move(what));
    return nullptr;
}

} // namespace matside::loader
