// Internal: a thin RAII layer over the SQLite C API for the history store (not for callers).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/history_store.h"

#include <sqlite3.h>

#include <optional>
#include <string>

namespace matside::sql {

[[noreturn]] inline void fail(sqlite3* db, const std::string& what) {
    throw HistoryError(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

inline void exec(sqlite3* db, const char* sqlText) {
    char* message = nullptr;
    if (sqlite3_exec(db, sqlText, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw HistoryError(text);
    }
}

// A prepared statement; bind() takes 1-based positions like SQLite.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sqlText) : m_db(db) {
        if (sqlite3_prepare_v2(db, sqlText, -1, &m_stmt, nullptr) != SQLITE_OK) fail(db, "prepare");
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int i, sqlite3_int64 v) { check(sqlite3_bind_int64(m_stmt, i, v)); return *this; }
    Stmt& bind(int i, double v) { check(sqlite3_bind_double(m_stmt, i, v)); return *this; }
    Stmt& bind(int i, const std::string& v) {
        check(sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bindNull(int i) { check(sqlite3_bind_null(m_stmt, i)); return *this; }
    template <typename T>
    Stmt& bind(int i, const std::optional<T>& v) {
        return v ? bind(i, static_cast<sqlite3_int64>(*v)) : bindNull(i);
    }

    // True while there is a row to read.
    bool step() {
        int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(m_db, "query");
    }
    void run() { while (step()) {} }

    sqlite3_int64 integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::optional<int> optInt(int col) const {
        return isNull(col) ? std::nullopt : std::optional<int>(static_cast<int>(integer(col)));
    }
    std::string text(int col) const {
        auto* p = sqlite3_column_text(m_stmt, col);
        return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
                 : std::string{};
    }

private:
    void check(int rc) { if (rc != SQLITE_OK) fail(m_db, "bind"); }
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted (an exception on the way).
class Transaction {
public:
    explicit Transaction(sqlite3* db) : m_db(db) { exec(db, "BEGIN IMMEDIATE"); }
    ~Transaction() {
        if (!m_done) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() { exec(m_db, "COMMIT"); m_done = true; }

private:
    sqlite3* m_db;
    bool m_done = false;
};

} // namespace matside::sql
