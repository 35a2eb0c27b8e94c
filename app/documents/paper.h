// Paper sizes for the printed documents: A4 or US Letter, from a flag or the locale.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace matside::documents {

enum class Paper { A4, Letter };

struct PaperSize {
    double width = 0; // PDF points (1/72 inch)
    double height = 0;
};

PaperSize paperSize(Paper paper);
const char* toString(Paper paper); // "a4", "letter"
std::optional<Paper> paperFromName(std::string_view name);

// The locale's paper (LC_ALL, else LC_PAPER, else LANG, as the C library reads them): Letter
// where the locale says 216x279 mm (or, for a locale not installed, a US/Canada-style
// territory), else A4.
Paper localePaper();

} // namespace matside::documents
