// The translation seam: every string a person reads goes through tr() (or trn() for counts).
// xgettext finds these calls by name (po/CMakeLists.txt), so keep the names and arguments.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace matside {

// The interface text in the chosen language; `msgid` (English) when it has no translation.
const char* tr(const char* msgid);

// A count's phrase: "%d second" / "%d seconds", chosen by the language's plural rule.
const char* trn(const char* singular, const char* plural, unsigned long n);

// Like tr(), with a context telling two uses of the same English apart ("May" the month).
const char* trc(const char* context, const char* msgid);

// Routine content (names, key points, red flags) from the second catalogue, looked up by
// its field's context ("si_joint/side_plank/key_points/2"); `english` when not translated.
std::string trContent(const std::string& context, const std::string& english);

// Marks a string for extraction where it is defined, translated later where it is shown.
constexpr const char* N_(const char* msgid) { return msgid; }

} // namespace matside
