// Forward migrations: a version-1 database written with raw SQL (as matside 0.1 wrote it)
// opens as the current schema with every row kept; a newer schema is refused untouched.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "temp_dir.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace matside;
using matside::test::TempDir;

namespace {

// The version-1 schema, written out here on purpose rather than taken from the store: a
// change to the store's migrations must still read files written by the old code.
constexpr const char* kV1Database = R"sql(
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, routine_title TEXT NOT NULL,
  routine_hash TEXT NOT NULL, plan_steps INTEGER NOT NULL DEFAULT 0, started_at TEXT NOT NULL,
  ended_at TEXT, end_reason TEXT NOT NULL DEFAULT 'interrupted'
  CHECK (end_reason IN ('interrupted','completed','quit','stopped_for_pain')));
CREATE TABLE steps (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, step_index INTEGER NOT NULL,
  exercise_id TEXT NOT NULL, exercise_name TEXT NOT NULL, side TEXT CHECK (side IN ('left','right')),
  set_number INTEGER, reps INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL CHECK (outcome IN ('completed','skipped')), PRIMARY KEY (session_id, step_index));
INSERT INTO sessions VALUES (1, 'si_joint', 'SI joint', 'feed', 68, '2026-11-20T07:00:00Z', '2026-11-20T07:25:00Z', 'completed');
INSERT INTO sessions VALUES (2, 'si_joint', 'SI joint', 'feed', 68, '2026-11-21T07:00:00Z', NULL, 'interrupted');
INSERT INTO steps VALUES (1, 1, 'hamstring_stretch', 'Hamstring stretch', 'left', 1, 0, 30.0, 'completed');
INSERT INTO steps VALUES (2, 1, 'hamstring_stretch', 'Hamstring stretch', 'left', 1, 0, 12.5, 'skipped');
INSERT INTO steps VALUES (2, 3, 'hamstring_stretch', 'Hamstring stretch', 'right', 1, 0, 30.0, 'completed');
PRAGMA user_version = 1;
)sql";

void writeDatabase(const std::filesystem::path& file, const char* sqlText) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sqlText, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_close(db);
}

int userVersion(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    int v = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return v;
}

} // namespace

TEST(HistoryMigration, VersionOneOpensAsCurrentWithEveryRowKept) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    writeDatabase(file, kV1Database);
    ASSERT_EQ(userVersion(file), 1);

    auto opened = HistoryStore::open(file);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    EXPECT_EQ(userVersion(file), HistoryStore::kSchemaVersion);
    auto& store = *opened.store;
    const auto sessions = store.listSessions();
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
    EXPECT_EQ(sessions[0].endedAt, "2026-11-20T07:25:00Z");
    EXPECT_EQ(sessions[0].completedSteps, 1);
    // The columns version 2 added: empty for old sessions.
    EXPECT_EQ(sessions[0].painBefore, std::nullopt);
    EXPECT_EQ(sessions[0].painAfter, std::nullopt);
    EXPECT_EQ(sessions[0].note, "");
    EXPECT_EQ(sessions[1].skippedSteps, 1);
    EXPECT_EQ(store.steps(2).size(), 2u);

    // The migrated database takes the new columns and still finds the old interrupted session.
    auto resumable = store.findResumable("feed");
    ASSERT_TRUE(resumable);
    EXPECT_EQ(resumable->sessionId, 2);
    EXPECT_EQ(resumable->lastStepIndex, 3u);
    store.finishSession(2, SessionEnd::Quit, 4, "tired");
    EXPECT_EQ(store.session(2)->painAfter, 4);
}

TEST(HistoryMigration, ReadOnlyAccessMigratesAnOldFileWhenTheFolderAllows) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    writeDatabase(file, kV1Database);
    auto opened = HistoryStore::open(file, HistoryStore::Access::ReadOnly);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    EXPECT_EQ(opened.store->listSessions().size(), 2u);
    EXPECT_EQ(userVersion(file), HistoryStore::kSchemaVersion);
}

TEST(HistoryMigration, ANewerSchemaIsRefusedAndLeftByteForByte) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    writeDatabase(file, "CREATE TABLE future (x); PRAGMA user_version = 7;");
    const std::string before = test::readBytes(file);
    auto opened = HistoryStore::open(file);
    EXPECT_EQ(opened.status, HistoryStore::Status::Off);
    EXPECT_FALSE(opened.store);
    EXPECT_NE(opened.notice.find("newer matside"), std::string::npos) << opened.notice;
    EXPECT_NE(opened.notice.find("schema 7"), std::string::npos) << opened.notice;
    EXPECT_EQ(test::readBytes(file), before);
}

TEST(HistoryMigration, AnEmptyFileBecomesANewDatabase) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    test::writeBytes(file, "");
    auto opened = HistoryStore::open(file);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    EXPECT_EQ(userVersion(file), HistoryStore::kSchemaVersion);
}
