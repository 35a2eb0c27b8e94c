// Small file readers for tests: a whole text file, and JSON lines (event logs, simulate --json).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace matside::test {

inline std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// One JSON value per non-empty line; a line that does not parse (a torn last line after a
// kill) is left out.
inline std::vector<nlohmann::json> jsonLines(const std::string& text) {
    std::vector<nlohmann::json> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
        if (!value.is_discarded()) out.push_back(std::move(value));
    }
    return out;
}

} // namespace matside::test
