// The history store: opening (with the health check), writes in transactions, and queries.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"

#include "history/history_schema.h"
#include "history/live_session_lock.h"
#include "history/sqlite_util.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <system_error>

namespace matside {
namespace {

constexpr int kBusyTimeoutMs = 3000;

const char* sideText(const std::optional<Side>& side) {
    if (!side) return nullptr;
    return *side == Side::Left ? "left" : "right";
}

constexpr const char* kLeftUntouched = ". It was left untouched; move it aside to start a new history.";

std::string newerSchema(int version) {
    return "it was written by a newer matside (schema " + std::to_string(version) + ", this one knows up to " +
           std::to_string(HistoryStore::kSchemaVersion) + ")";
}

HistoryStore::Opened off(const std::filesystem::path& file, const std::string& why) {
    HistoryStore::Opened result;
    result.status = HistoryStore::Status::Off;
    result.notice = "History is off: " + file.string() + ": " + why;
    return result;
}

// The per-connection settings: WAL so a reader never blocks the player's writes, FULL sync
// so a finished step survives a power cut, not just a killed process.
void configure(sqlite3* db, bool writable) {
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    sql::exec(db, "PRAGMA foreign_keys = ON");
    if (!writable) return;
    sql::Stmt wal(db, "PRAGMA journal_mode = WAL");
    if (!wal.step() || wal.text(0) != "wal") throw HistoryError("cannot switch to WAL mode");
    sql::exec(db, "PRAGMA synchronous = FULL");
}

const char* kSessionColumns =
    "SELECT s.id, s.routine_id, s.routine_title, s.routine_hash, s.plan_steps, s.started_at,"
    " coalesce(s.ended_at, ''), s.end_reason, s.pain_before, s.pain_after, s.note,"
    " (SELECT count(*) FROM steps t WHERE t.session_id = s.id AND t.outcome = 'completed'),"
    " (SELECT count(*) FROM steps t WHERE t.session_id = s.id AND t.outcome = 'skipped'),"
    " (SELECT coalesce(sum(t.seconds), 0) FROM steps t WHERE t.session_id = s.id)"
    " FROM sessions s ";

SessionRecord readSession(const sql::Stmt& row) {
    SessionRecord r;
    r.id = row.integer(0);
    r.routineId = row.text(1);
    r.routineTitle = row.text(2);
    r.routineHash = row.text(3);
    r.planSteps = static_cast<std::size_t>(row.integer(4));
    r.startedAt = row.text(5);
    r.endedAt = row.text(6);
    r.end = sessionEndFromString(row.text(7)).value_or(SessionEnd::Interrupted);
    r.painBefore = row.optInt(8);
    r.painAfter = row.optInt(9);
    r.note = row.text(10);
    r.completedSteps = static_cast<int>(row.integer(11));
    r.skippedSteps = static_cast<int>(row.integer(12));
    r.secondsSpent = row.real(13);
    return r;
}

std::optional<int> checkedPain(std::optional<int> pain) {
    if (pain && (*pain < 0 || *pain > 10)) throw HistoryError("pain rating must be 0-10");
    return pain;
}

} // namespace

const char* toString(SessionEnd end) {
    switch (end) {
    case SessionEnd::Interrupted: return "interrupted";
    case SessionEnd::Completed: return "completed";
    case SessionEnd::Quit: return "quit";
    case SessionEnd::StoppedForPain: return "stopped_for_pain";
    }
    return "interrupted";
}

const char* toString(StepResult result) {
    return result == StepResult::Completed ? "completed" : "skipped";
}

std::optional<SessionEnd> sessionEndFromString(std::string_view text) {
    for (auto end : {SessionEnd::Interrupted, SessionEnd::Completed, SessionEnd::Quit, SessionEnd::StoppedForPain})
        if (text == toString(end)) return end;
    return std::nullopt;
}

HistoryStore::Opened HistoryStore::open(const std::filesystem::path& file, Access access) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(file, ec);
    int version = 0;
    bool recheck = false;
    if (exists && std::filesystem::file_size(file, ec) > 0) {
        const schema::CheckResult check = schema::checkExisting(file);
        if (check.health == schema::Health::Damaged) return off(file, check.reason + kLeftUntouched);
        recheck = check.health == schema::Health::Unchecked;
        version = check.version;
        if (version > kSchemaVersion) return off(file, newerSchema(version));
    }
    if (access == Access::ReadWrite) return openWritable(file, recheck);
    if (!exists) return Opened{Status::Missing, nullptr, {}, {}};
    if (!recheck && version == kSchemaVersion) return openReadOnly(file);
    // An unchecked file needs a writer (WAL recovery), an older schema the migration. In a
    // folder we cannot write (a copy on read-only media), still show what the file holds.
    Opened writable = openWritable(file, recheck);
    if (writable.status == Status::Ok) return writable;
    Opened immutable = openImmutable(file);
    immutable.snapshotReason = writable.notice;
    return immutable.status == Status::Ok ? std::move(immutable) : std::move(writable);
}

HistoryStore::Opened HistoryStore::openImmutable(const std::filesystem::path& file) {
    // immutable=1: SQLite takes no locks and needs no -shm, so a read-only folder is fine.
    std::string uri = "file:";
    for (unsigned char c : std::filesystem::absolute(file).string()) {
        if (c == '?' || c == '#' || c == '%' || c < 0x20) {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            uri += hex;
        } else {
            uri += static_cast<char>(c);
        }
    }
    uri += "?immutable=1";
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return off(file, why);
    }
    std::string problem = schema::quickCheck(db);
    try {
        if (problem.empty() && schema::userVersion(db) != kSchemaVersion)
            problem = "its schema needs upgrading, and its folder is read-only";
    } catch (const HistoryError& e) {
        problem = e.what();
    }
    if (!problem.empty()) {
        sqlite3_close(db);
        return off(file, problem);
    }
    return Opened{Status::Ok, std::unique_ptr<HistoryStore>(new HistoryStore(db, file)), {}, {}};
}

HistoryStore::Opened HistoryStore::openReadOnly(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return off(file, why);
    }
    try {
        configure(db, false);
    } catch (const HistoryError& e) {
        sqlite3_close(db);
        return off(file, e.what());
    }
    return Opened{Status::Ok, std::unique_ptr<HistoryStore>(new HistoryStore(db, file)), {}, {}};
}

HistoryStore::Opened HistoryStore::openWritable(const std::filesystem::path& file, bool recheck) {
    std::error_code ec;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) return off(file, "cannot create the folder: " + ec.message());
    }
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK || sqlite3_db_readonly(db, "main") == 1) {
        std::string why = rc != SQLITE_OK && db ? sqlite3_errmsg(db) : "it is read-only";
        sqlite3_close(db);
        return off(file, why);
    }
    if (recheck) {
        // The read-only look was not possible: look now, before anything is written, and make
        // sure closing a damaged file does not checkpoint into it.
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_busy_timeout(db, kBusyTimeoutMs);
        std::string problem = schema::quickCheck(db);
        int version = 0;
        try {
            if (problem.empty()) version = schema::userVersion(db);
        } catch (const HistoryError& e) {
            problem = std::string("it is damaged (") + e.what() + ")";
        }
        if (!problem.empty() || version > kSchemaVersion) {
            sqlite3_close(db);
            return off(file, problem.empty() ? newerSchema(version) : problem + kLeftUntouched);
        }
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    }
    try {
        configure(db, true);
        schema::migrate(db);
    } catch (const HistoryError& e) {
        sqlite3_close(db);
        return off(file, e.what());
    }
    return Opened{Status::Ok, std::unique_ptr<HistoryStore>(new HistoryStore(db, file)), {}, {}};
}

HistoryStore::~HistoryStore() { sqlite3_close(m_db); }

std::int64_t HistoryStore::beginSession(const SessionStart& start) {
    sql::Transaction tx(m_db);
    sql::Stmt insert(m_db,
                     "INSERT INTO sessions (routine_id, routine_title, routine_hash, plan_steps, started_at,"
                     " pain_before) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, start.routineId).bind(2, start.routineTitle).bind(3, start.routineHash);
    insert.bind(4, static_cast<sqlite3_int64>(start.planSteps)).bind(5, toIsoUtc(start.startedAt));
    insert.bind(6, checkedPain(start.painBefore));
    insert.run();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db);
    insertSessionLevels(id, start.levels); // in the same transaction: the session and its doses together
    tx.commit();
    return id;
}

void HistoryStore::recordStep(std::int64_t sessionId, const StepRecord& step) {
    sql::Transaction tx(m_db);
    // REPLACE: a step re-done after "previous" keeps only its latest outcome.
    sql::Stmt insert(m_db,
                     "INSERT OR REPLACE INTO steps (session_id, step_index, exercise_id, exercise_name, side,"
                     " set_number, reps, seconds, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<sqlite3_int64>(sessionId)).bind(2, static_cast<sqlite3_int64>(step.stepIndex));
    insert.bind(3, step.exerciseId).bind(4, step.exerciseName);
    if (const char* side = sideText(step.side)) insert.bind(5, std::string(side));
    else insert.bindNull(5);
    insert.bind(6, step.set).bind(7, static_cast<sqlite3_int64>(step.reps)).bind(8, step.seconds);
    insert.bind(9, std::string(toString(step.result)));
    insert.run();
    tx.commit();
}

void HistoryStore::finishSession(std::int64_t sessionId, SessionEnd end, std::optional<int> painAfter,
                                 const std::string& note, std::chrono::system_clock::time_point endedAt) {
    sql::Transaction tx(m_db);
    sql::Stmt update(m_db, "UPDATE sessions SET end_reason = ?, ended_at = ?, pain_after = ?, note = ? WHERE id = ?");
    update.bind(1, std::string(toString(end)));
    if (end == SessionEnd::Interrupted) update.bindNull(2);
    else update.bind(2, toIsoUtc(endedAt));
    update.bind(3, checkedPain(painAfter)).bind(4, note).bind(5, static_cast<sqlite3_int64>(sessionId));
    update.run();
    if (sqlite3_changes(m_db) != 1) throw HistoryError("no session " + std::to_string(sessionId));
    tx.commit();
}

std::vector<SessionRecord> HistoryStore::listSessions() const {
    std::vector<SessionRecord> out;
    sql::Stmt query(m_db, (std::string(kSessionColumns) + "ORDER BY s.started_at, s.id").c_str());
    while (query.step()) out.push_back(readSession(query));
    return out;
}

std::optional<SessionRecord> HistoryStore::session(std::int64_t sessionId) const {
    sql::Stmt query(m_db, (std::string(kSessionColumns) + "WHERE s.id = ?").c_str());
    query.bind(1, static_cast<sqlite3_int64>(sessionId));
    if (!query.step()) return std::nullopt;
    return readSession(query);
}

std::vector<StepRecord> HistoryStore::steps(std::int64_t sessionId) const {
    std::vector<StepRecord> out;
    sql::Stmt query(m_db,
                    "SELECT step_index, exercise_id, exercise_name, side, set_number, reps, seconds, outcome"
                    " FROM steps WHERE session_id = ? ORDER BY step_index");
    query.bind(1, static_cast<sqlite3_int64>(sessionId));
    while (query.step()) {
        StepRecord s;
        s.stepIndex = static_cast<std::size_t>(query.integer(0));
        s.exerciseId = query.text(1);
        s.exerciseName = query.text(2);
        if (!query.isNull(3)) s.side = query.text(3) == "left" ? Side::Left : Side::Right;
        s.set = query.optInt(4);
        s.reps = static_cast<int>(query.integer(5));
        s.seconds = query.real(6);
        s.result = query.text(7) == "completed" ? StepResult::Completed : StepResult::Skipped;
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<Resumable> HistoryStore::findResumable(const std::string& routineHash) const {
    sql::Stmt query(m_db,
                    "SELECT s.id, s.started_at, s.end_reason, (SELECT max(step_index) FROM steps t WHERE t.session_id = s.id),"
                    " s.plan_steps FROM sessions s WHERE s.routine_hash = ? ORDER BY s.id DESC LIMIT 1");
    query.bind(1, routineHash);
    if (!query.step() || query.text(2) != "interrupted" || query.isNull(3)) return std::nullopt;
    if (LiveSessionLock::isHeld(m_file.parent_path(), query.integer(0))) return std::nullopt;
    return Resumable{query.integer(0), query.text(1), static_cast<std::size_t>(query.integer(3)),
                     static_cast<std::size_t>(query.integer(4))};
}

std::string fnv1a64Hex(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::string hashRoutineFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return fnv1a64Hex(bytes);
}

std::string toIsoUtc(std::chrono::system_clock::time_point time) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::optional<std::chrono::sys_seconds> parseIsoUtc(std::string_view text) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char z = 0;
    const std::string copy(text);
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7 || z != 'Z')
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                           std::chrono::day{static_cast<unsigned>(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;
    return std::chrono::sys_days{date} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
}

std::string localTimeText(const std::string& iso, const char* format) {
    const auto parsed = parseIsoUtc(iso);
    if (!parsed) return iso;
    const std::time_t t = parsed->time_since_epoch().count();
    std::tm local{};
    localtime_r(&t, &local);
    char text[64];
    return std::strftime(text, sizeof text, format, &local) ? text : iso;
}

} // namespace matside
