// The history schema (versioned by PRAGMA user_version), its migrations and the pre-open check.
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

// Index i migrates from version i to version i + 1.
constexpr std::array kMigrations{kToV1, kToV2};
static_assert(kMigrations.size() == HistoryStore::kSchemaVersion);

} // namespace

int userVersion(sqlite3* db) {
    sql::Stmt stmt(db, "PRAGMA user_version");
    return stmt.step() ? static_cast<int>(stmt.integer(0)) : 0;
}

void migrate(sqlite3* db) {
    for (;;) {
        // Read the version inside the write transaction: another matside may have migrated
        // between our open and now.
        sql::Transaction tx(db);
        const int version = userVersion(db);
        if (version >= HistoryStore::kSchemaVersion) return;
        sql::exec(db, kMigrations[static_cast<std::size_t>(version)]);
        const std::string bump = "PRAGMA user_version = " + std::to_string(version + 1);
        sql::exec(db, bump.c_str());
        tx.commit();
    }
}

std::string checkExisting(const std::filesystem::path& file, int& version) {
    // The header first: SQLite itself would happily treat some junk as an empty database.
    std::array<char, 100> header{};
    std::ifstream in(file, std::ios::binary);
    if (!in) return "cannot read it";
    in.read(header.data(), header.size());
    if (in.gcount() < static_cast<std::streamsize>(header.size()))
        return "it is too short to be an SQLite database (truncated?)";
    if (std::memcmp(header.data(), "SQLite format 3", 16) != 0) return "it is not an SQLite database";

    // Then the pages, on a read-only connection so nothing can be "fixed" on the way.
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::string problem;
    if (rc != SQLITE_OK) {
        problem = std::string("SQLite cannot open it: ") + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    } else {
        sqlite3_busy_timeout(db, 2000);
        try {
            sql::Stmt check(db, "PRAGMA quick_check");
            std::string result = check.step() ? check.text(0) : "no answer";
            if (result != "ok") problem = "it is damaged (" + result + ")";
            else version = userVersion(db);
        } catch (const HistoryError& e) {
            problem = std::string("it is damaged (") + e.what() + ")";
        }
    }
    sqlite3_close(db);
    return problem;
}

} // namespace matside::schema
