// The loader never throws or crashes on damaged input: thousands of seeded byte-level
// mutations of the shipped routine each end in a routine or in at least one diagnostic.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

using namespace matside;

namespace {

std::string readShipped() {
    std::ifstream in(std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Overwrite, delete or duplicate a few spans, biased towards JSON's own punctuation.
std::string mutate(std::string text, std::mt19937& rng) {
    static const std::string alphabet = std::string("{}[]\",:0123456789-.eE\\ tfn\xff\xc3", 29) + std::string(1, '\0');
    const int edits = std::uniform_int_distribution<int>(1, 8)(rng);
    for (int e = 0; e < edits && !text.empty(); ++e) {
        const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
        switch (rng() % 3) {
        case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
        case 1: text.erase(at, 1 + rng() % 20); break;
        default: {
            const std::size_t from = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
            text.insert(at, text.substr(from, 1 + rng() % 40));
        }
        }
    }
    return text;
}

} // namespace

TEST(RoutineJsonMutation, DamagedFilesGiveDiagnosticsNeverExceptions) {
    const std::string shipped = readShipped();
    ASSERT_GT(shipped.size(), 1000u);
    std::mt19937 rng(20261125);
    int rejected = 0;
    for (int i = 0; i < 2000; ++i) {
        const std::string text = mutate(shipped, rng);
        LoadResult result;
        ASSERT_NO_THROW(result = parseRoutine(text, "/nonexistent/routine.json", {})) << text;
        // Without asset folders no illustration resolves, so nothing here may pass.
        ASSERT_FALSE(result.ok());
        ASSERT_FALSE(result.errors.empty());
        for (const auto& d : result.errors) {
            ASSERT_FALSE(d.where.empty());
            ASSERT_FALSE(d.what.empty());
            ASSERT_EQ(d.what.find('\n'), std::string::npos) << d.what;
            ASSERT_EQ(d.where.find('\n'), std::string::npos) << d.where;
        }
        ++rejected;
    }
    EXPECT_EQ(rejected, 2000);
}
