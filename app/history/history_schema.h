// Internal: the history database's schema, its forward migrations and the health check run
// before SQLite is allowed to write to an existing file.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace matside::schema {

// Looks at an existing, non-empty file without writing to it: the SQLite header, then a
// read-only PRAGMA quick_check. Returns the reason it is not usable, or "" when healthy,
// and sets `userVersion` (the schema version it carries).
std::string checkExisting(const std::filesystem::path& file, int& userVersion);

// Brings the schema from whatever version it has up to HistoryStore::kSchemaVersion, each
// step in its own transaction. Throws HistoryError.
void migrate(sqlite3* db);

int userVersion(sqlite3* db);

} // namespace matside::schema
