// Shared by the loader tests: a valid routine to break one field at a time, in a temp folder
// that holds its illustration files.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace matside::test {

class RoutineJsonTest : public ::testing::Test {
public:
    // A small valid routine: one stretch held per set, one rep exercise.
    static nlohmann::json base() {
        return nlohmann::json::parse(R"({
          "format": 1, "id": "test", "title": "Test routine",
          "defaults": {"prepare_seconds": 10, "rep_tempo_seconds": 3},
          "exercises": [
            {"id": "stretch", "name": "Stretch", "sides": "each", "sets": 3, "hold_seconds": 30,
             "illustrations": {"start": "pics/a_start.png", "end": "pics/a_end.png"}},
            {"id": "squat", "name": "Squat", "sets": 2, "reps": 10}
          ]})");
    }

protected:
    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-loader-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        writeFile("pics/a_start.png", "png");
        writeFile("pics/a_end.png", "png");
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    void writeFile(const std::string& relative, const std::string& content) {
        const auto path = m_dir / relative;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << content;
    }

    std::filesystem::path routinePath() const { return m_dir / "routine.json"; }

    LoadResult load(const nlohmann::json& routine) { return loadText(routine.dump(2)); }
    LoadResult loadText(const std::string& text) { return parseRoutine(text, routinePath(), {}); }

    std::filesystem::path m_dir;
};

// Every error as "WHERE: WHAT", one per line: what a failing assertion should show.
inline std::string listed(const LoadResult& result) {
    std::string s;
    for (const auto& d : result.errors) s += d.where + ": " + d.what + "\n";
    return s;
}

// Exactly one problem, at `where`, whose message contains `whatPart`.
inline void expectOnly(const LoadResult& result, const std::string& where, const std::string& whatPart) {
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u) << listed(result);
    EXPECT_EQ(result.errors[0].where, where) << listed(result);
    EXPECT_NE(result.errors[0].what.find(whatPart), std::string::npos) << listed(result);
}

} // namespace matside::test
