// The history schema (versioned by PRAGMA user_version), its migrations and the pre-open check.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_schema.h"

#include "history/history_store.h"
#include "history/sqlite_util.h"

#include <array>
#include <cstring>
#include <fstream>

namespace matside::schema {
namespace {

// Version 1: sessions and their steps.
constexpr const char* kToV1 = R"sql(
CREATE TABLE sessions (
  id            INTEGER PRIMARY KEY,
  routine_id    TEXT NOT NULL,
  routine_title TEXT NOT NULL,
  routine_hash  TEXT NOT NULL,
  plan_steps    INTEGER NOT NULL DEFAULT 0,
  started_at    TEXT NOT NULL,
  ended_at      TEXT,
  end_reason    TEXT NOT NULL DEFAULT 'interrupted'
                CHECK (end_reason IN ('interrupted','completed','quit','stopped_for_pain'))
);
CREATE TABLE steps (
  session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  step_index    INTEGER NOT NULL,
  exercise_id   TEXT NOT NULL,
  exercise_name TEXT NOT NULL,
  side          TEXT CHECK (side IN ('left','right')),
  set_number    INTEGER,
  reps          INTEGER NOT NULL DEFAULT 0,
  seconds       REAL NOT NULL DEFAULT 0,
  outcome       TEXT NOT NULL CHECK (outcome IN ('completed','skipped')),
  PRIMARY KEY (session_id, step_index)
);
)sql";

// Version 2: pain check-ins and a note per session, and an index so finding the session to
// resume does not scan the whole history.
constexpr const char* kToV2 = R"sql(
ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_by_routine ON sessions (routine_hash, started_at);
)sql";

// Version 3: how each exercise felt in a session (one optional rating per session and
// exercise, pain 0-10 only with "painful"), and the exercises the person paused until they
// have asked a professional (per routine id, so a new version of the file keeps the pause).
constexpr const char* kToV3 = R"sql(
CREATE TABLE exercise_feedback (
  session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  exercise_id   TEXT NOT NULL,
  exercise_name TEXT NOT NULL,
  rating        TEXT NOT NULL CHECK (rating IN ('easy','just_right','hard','painful')),
  pain          INTEGER CHECK (pain BETWEEN 0 AND 10),
  rated_at      TEXT NOT NULL,
  PRIMARY KEY (session_id, exercise_id),
  CHECK (pain IS NULL OR rating = 'painful')
);
CREATE TABLE paused_exercises (
  routine_id    TEXT NOT NULL,
  exercise_id   TEXT NOT NULL,
  exercise_name TEXT NOT NULL,
  paused_at     TEXT NOT NULL,
  PRIMARY KEY (routine_id, exercise_id)
);
)sql";

// Version 4: dose levels (issue 14): the level in use per routine id and exercise id, and the
// level each session played each levelled exercise at. Only new tables: every row is kept.
constexpr const char* kToV4 = R"sql(
CREATE TABLE exercise_levels (
  routine_id    TEXT NOT NULL,
  exercise_id   TEXT NOT NULL,
  level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 20),
  changed_at    TEXT NOT NULL,
  PRIMARY KEY (routine_id, exercise_id)
);
CREATE TABLE session_levels (
  session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  exercise_id   TEXT NOT NULL,
  level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 20),
  PRIMARY KEY (session_id, exercise_id)
);
)sql";

// Index i migrates from version i to version i + 1.
constexpr std::array kMigrations{kToV1, kToV2, kToV3, kToV4};
static_assert(kMigrations.size() == HistoryStore::kSchemaVersion);

} // namespace

int userVersion(sqlite3* db) {
    sql::Stmt stmt(db, "PRAGMA user_version");
    return stmt.step() ? static_cast<int>(stmt.integer(0)) : 0;
}

void migrate(sqlite3* db) {
    // One transaction for the whole upgrade, so a file is only ever at the version it had or
    // at the current one; the version is read inside it because another matside may have
    // migrated between our open and now.
    sql::Transaction tx(db);
    const int from = userVersion(db);
    if (from >= HistoryStore::kSchemaVersion) return;
    for (int version = from; version < HistoryStore::kSchemaVersion; ++version)
        sql::exec(db, kMigrations[static_cast<std::size_t>(version)]);
    const std::string bump = "PRAGMA user_version = " + std::to_string(HistoryStore::kSchemaVersion);
    sql::exec(db, bump.c_str());
    tx.commit();
}

std::string quickCheck(sqlite3* db) {
    try {
        sql::Stmt check(db, "PRAGMA quick_check");
        const std::string result = check.step() ? check.text(0) : "no answer";
        return result == "ok" ? "" : "it is damaged (" + result + ")";
    } catch (const HistoryError& e) {
        return std::string("it is damaged (") + e.what() + ")";
    }
}

CheckResult checkExisting(const std::filesystem::path& file) {
    CheckResult result;
    // The header first: SQLite itself would happily treat some junk as an empty database.
    std::array<char, 100> header{};
    std::ifstream in(file, std::ios::binary);
    if (!in) return {Health::Damaged, "cannot read it", 0};
    in.read(header.data(), header.size());
    if (in.gcount() < static_cast<std::streamsize>(header.size()))
        return {Health::Damaged, "it is too short to be an SQLite database (truncated?)", 0};
    if (std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        return {Health::Damaged, "it is not an SQLite database", 0};

    // Then the pages, on a read-only connection so nothing can be "fixed" on the way. Only
    // SQLite's own verdicts (corrupt, not a database, quick_check findings) mean damage;
    // anything else (locked, WAL recovery needed) is checked again by the writer.
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
                const std::string verdict = text ? text : "";
                result = verdict == "ok" ? CheckResult{Health::Healthy, "", 0}
                                         : CheckResult{Health::Damaged, "it is damaged (" + verdict + ")", 0};
            }
        }
        sqlite3_finalize(stmt);
        if (result.health == Health::Healthy) {
            try {
                result.version = userVersion(db);
            } catch (const HistoryError&) {
                result.health = Health::Unchecked;
            }
        }
    }
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        result = {Health::Damaged, std::string("it is damaged (") + sqlite3_errstr(rc) + ")", 0};
    sqlite3_close(db);
    return result;
}

} // namespace matside::schema
