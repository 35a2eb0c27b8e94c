// Internal: the history database's schema, its forward migrations and the health check run
// before SQLite is allowed to write to an existing file.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace matside::schema {

enum class Health {
    Healthy,   // header and quick_check fine; `version` is set
    Damaged,   // not an SQLite database, or quick_check found damage: never write to it
    Unchecked, // a read-only look was not possible (a WAL left by a killed process needs
               // recovery, which takes a writer): check again on the writable connection
};
struct CheckResult {
    Health health = Health::Unchecked;
    std::string reason; // for Damaged
    int version = 0;    // user_version, for Healthy
};

// Looks at an existing, non-empty file without writing to it: the SQLite header, then a
// read-only PRAGMA quick_check.
CheckResult checkExisting(const std::filesystem::path& file);

// quick_check on an open connection: "" when healthy, else what it found.
std::string quickCheck(sqlite3* db);

// Brings the schema from whatever version it has up to HistoryStore::kSchemaVersion, all
// steps in one transaction (a failure leaves the file as it was). Throws HistoryError.
void migrate(sqlite3* db);

int userVersion(sqlite3* db);

} // namespace matside::schema
