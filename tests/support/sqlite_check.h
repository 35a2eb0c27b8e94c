// SQLite's own verdict on a history file, for tests that write it from several processes
// or kill its writer: "ok", or what PRAGMA integrity_check found.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace matside::test {

inline std::string integrityCheck(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    // Read-write: a WAL left by a killed writer needs recovery, which only a writer may run.
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open " + file.string();
    }
    sqlite3_stmt* stmt = nullptr;
    std::string out = "no answer";
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    else
        out = std::string("no answer: ") + sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace matside::test
