// Options the handout and report subcommands share: --paper and the YYYY-MM-DD dates.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/paper.h"

#include <chrono>
#include <optional>
#include <string>

namespace matside::cli {

// `name` empty: the locale's paper. Else a4 or letter; anything else is reported on stderr
// as "WHO: error: ..." and gives nothing.
std::optional<documents::Paper> paperOrReport(const std::string& name, const char* who);

// "2026-11-30" as a calendar day; nothing for any other text or an impossible date.
std::optional<std::chrono::sys_days> parseDay(const std::string& text);

} // namespace matside::cli
