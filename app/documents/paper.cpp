// Paper sizes and the locale's choice between them.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/paper.h"

#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <langinfo.h>
#include <locale.h>
#include <string>

namespace matside::documents {

PaperSize paperSize(Paper paper) { return paper == Paper::Letter ? PaperSize{612, 792} : PaperSize{595.276, 841.89}; }

const char* toString(Paper paper) { return paper == Paper::Letter ? "letter" : "a4"; }

std::optional<Paper> paperFromName(std::string_view name) {
    if (name == "a4" || name == "A4") return Paper::A4;
    if (name == "letter" || name == "Letter") return Paper::Letter;
    return std::nullopt;
}

namespace {

// The locale name that governs LC_PAPER, the way setlocale(LC_PAPER, "") would pick it.
std::string paperLocaleName() {
    for (const char* var : {"LC_ALL", "LC_PAPER", "LANG"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "C";
}

// Territories whose printers take Letter (glibc's locale data agrees).
bool letterTerritory(const std::string& name) {
    const auto underscore = name.find('_');
    if (underscore == std::string::npos) return false;
    const std::string territory = name.substr(underscore + 1, 2);
    for (const char* t : {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "NI", "PA", "PR", "SV", "DO"})
        if (territory == t) return true;
    return false;
}

} // namespace

Paper localePaper() {
    const std::string name = paperLocaleName();
    if (locale_t loc = newlocale(LC_PAPER_MASK, name.c_str(), static_cast<locale_t>(0))) {
        // glibc returns the paper's millimetres as a number in the pointer's place.
        const auto mm =
            static_cast<unsigned int>(reinterpret_cast<std::uintptr_t>(nl_langinfo_l(_NL_PAPER_WIDTH, loc)));
        freelocale(loc);
        if (name != "C" && name != "POSIX") return mm == 216 ? Paper::Letter : Paper::A4;
    }
    return letterTerritory(name) ? Paper::Letter : Paper::A4;
}

} // namespace matside::documents
