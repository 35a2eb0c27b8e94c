// The schema-2 database the previous release wrote (tests/history/fixtures) opens with the
// current code: upgraded in one transaction, every old row byte-for-byte intact, healthy.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "temp_dir.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace matside;
using matside::test::TempDir;

namespace {

const std::filesystem::path kFixture =
    std::filesystem::path(MATSIDE_SOURCE_DIR) / "tests/history/fixtures/history_v2.sqlite3";

// Every row of a query as text, one string per row: compared before and after the upgrade.
std::vector<std::string> rows(const std::filesystem::path& file, const char* query) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, query, -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    std::vector<std::string> out;
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = sqlite3_column_text(stmt, c);
            row += (text ? reinterpret_cast<const char*>(text) : "NULL") + std::string("|");
        }
        out.push_back(row);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

std::string one(const std::filesystem::path& file, const char* query) {
    const auto all = rows(file, query);
    return all.empty() ? "<none>" : all.front();
}

void execute(const std::filesystem::path& file, const char* sqlText) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sqlText, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_close(db);
}

constexpr const char* kSessions = "SELECT * FROM sessions ORDER BY id";
constexpr const char* kSteps = "SELECT * FROM steps ORDER BY session_id, step_index";

} // namespace

TEST(HistoryFixture, TheReleasedSchemaTwoFileUpgradesWithEveryRowIntact) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    std::filesystem::copy_file(kFixture, file);
    ASSERT_EQ(one(file, "PRAGMA user_version"), "2|");
    const auto sessionsBefore = rows(file, kSessions);
    const auto stepsBefore = rows(file, kSteps);
    ASSERT_EQ(sessionsBefore.size(), 3u);
    ASSERT_EQ(stepsBefore.size(), 51u);

    auto opened = HistoryStore::open(file);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    auto& store = *opened.store;
    EXPECT_EQ(one(file, "PRAGMA user_version"), std::to_string(HistoryStore::kSchemaVersion) + "|");
    EXPECT_EQ(one(file, "PRAGMA integrity_check"), "ok|");
    EXPECT_EQ(rows(file, kSessions), sessionsBefore);
    EXPECT_EQ(rows(file, kSteps), stepsBefore);

    // And through the store, as the player and `history` read them.
    const auto sessions = store.listSessions();
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_EQ(sessions[0].note, "first, \"quoted\"");
    EXPECT_EQ(sessions[0].painBefore, 3);
    EXPECT_EQ(sessions[0].painAfter, 2);
    EXPECT_EQ(sessions[1].end, SessionEnd::Quit);
    EXPECT_EQ(sessions[2].painAfter, 8);
    EXPECT_TRUE(store.allFeedback().empty());

    // The new tables take rows.
    store.recordFeedback(3, {"hamstring_stretch", "Hamstring stretch", ExerciseRating::Painful, 6});
    const auto rated = store.feedback(3);
    ASSERT_EQ(rated.size(), 1u);
    EXPECT_EQ(rated[0].feedback.pain, 6);
    EXPECT_EQ(rows(file, kSessions), sessionsBefore);
}

TEST(HistoryFixture, AFailedUpgradeLeavesTheFileAtItsOldVersionWithNothingHalfDone) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    std::filesystem::copy_file(kFixture, file);
    // A table in the way of the upgrade's second CREATE: the first one must not survive it.
    execute(file, "CREATE TABLE paused_exercises (x)");
    const auto sessionsBefore = rows(file, kSessions);

    auto opened = HistoryStore::open(file);
    EXPECT_EQ(opened.status, HistoryStore::Status::Off);
    EXPECT_NE(opened.notice.find("paused_exercises"), std::string::npos) << opened.notice;
    EXPECT_EQ(one(file, "PRAGMA user_version"), "2|");
    EXPECT_EQ(one(file, "SELECT count(*) FROM sqlite_master WHERE name = 'exercise_feedback'"), "0|");
    EXPECT_EQ(rows(file, kSessions), sessionsBefore);
    EXPECT_EQ(one(file, "PRAGMA integrity_check"), "ok|");
}

// The schema-3 file the release before dose levels wrote (two rated sessions played in its
// player, one simulated; see fixtures/README.md) upgrades to schema 4 the same way.
TEST(HistoryFixture, TheReleasedSchemaThreeFileUpgradesWithItsRatingsIntact) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    std::filesystem::copy_file(std::filesystem::path(MATSIDE_SOURCE_DIR) / "tests/history/fixtures/history_v3.sqlite3",
                               file);
    ASSERT_EQ(one(file, "PRAGMA user_version"), "3|");
    constexpr const char* kFeedback = "SELECT * FROM exercise_feedback ORDER BY session_id, exercise_id";
    const auto sessionsBefore = rows(file, kSessions);
    const auto stepsBefore = rows(file, kSteps);
    const auto feedbackBefore = rows(file, kFeedback);
    ASSERT_EQ(sessionsBefore.size(), 3u);
    ASSERT_EQ(stepsBefore.size(), 35u);
    ASSERT_EQ(feedbackBefore.size(), 2u);

    auto opened = HistoryStore::open(file);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    auto& store = *opened.store;
    EXPECT_EQ(one(file, "PRAGMA user_version"), "4|");
    EXPECT_EQ(one(file, "PRAGMA integrity_check"), "ok|");
    EXPECT_EQ(rows(file, kSessions), sessionsBefore);
    EXPECT_EQ(rows(file, kSteps), stepsBefore);
    EXPECT_EQ(rows(file, kFeedback), feedbackBefore);
    const auto rated = store.feedback(1);
    ASSERT_EQ(rated.size(), 1u);
    EXPECT_EQ(rated[0].feedback.rating, ExerciseRating::Painful);
    EXPECT_EQ(rated[0].feedback.pain, 6);

    // The new tables take rows, and old sessions simply have no level.
    EXPECT_TRUE(store.sessionLevels(1).empty());
    store.setLevel("two_short", "first_hold", 2);
    EXPECT_EQ(store.levels("two_short"), (std::map<std::string, int>{{"first_hold", 2}}));
    EXPECT_EQ(rows(file, kSessions), sessionsBefore);
}
