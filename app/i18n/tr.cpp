// tr() and friends over glibc's gettext: the "matside" domain for the interface, and
// "matside-routines" for the content of the shipped routines.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/tr.h"

#include "i18n/language.h"

#include <libintl.h>

#include <cstring>

namespace matside {
namespace {

constexpr const char* kContentDomain = "matside-routines";
constexpr char kContextSeparator = '\004'; // how gettext joins msgctxt and msgid in a .mo

// pgettext without its macro: "context\004msgid" looked up; the msgid itself when missing.
const char* lookupInContext(const char* domain, const std::string& key, const char* fallback) {
    const char* found = dgettext(domain, key.c_str());
    return found == key.c_str() || std::strcmp(found, key.c_str()) == 0 ? fallback : found;
}

} // namespace

const char* tr(const char* msgid) {
    if (i18n::isEnglish() || !*msgid) return msgid;
    return dgettext(i18n::kDomain, msgid);
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
    if (i18n::isEnglish()) return n == 1 ? singular : plural;
    return dngettext(i18n::kDomain, singular, plural, n);
}

const char* trc(const char* context, const char* msgid) {
    if (i18n::isEnglish()) return msgid;
    const std::string key = std::string(context) + kContextSeparator + msgid;
    return lookupInContext(i18n::kDomain, key, msgid);
}

std::string trContent(const std::string& context, const std::string& english) {
    if (i18n::isEnglish() || english.empty()) return english;
    const std::string key = context + kContextSeparator + english;
    return lookupInContext(kContentDomain, key, english.c_str());
}

} // namespace matside
