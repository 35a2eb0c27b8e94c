// `matside plan`: the routine expanded into steps, as a table or as JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"

#include <filesystem>
#include <iosfwd>

namespace matside::cli {

void printPlanTable(const Plan& plan, std::ostream& out);
void printPlanJson(const Plan& plan, std::ostream& out);

// Loads the routine (default when empty) and prints its plan; returns the exit code.
// `dataDir`: the history folder whose dose levels apply (empty: the default one).
int printPlanOf(const std::filesystem::path& file, bool json, const std::filesystem::path& dataDir = {});

} // namespace matside::cli
