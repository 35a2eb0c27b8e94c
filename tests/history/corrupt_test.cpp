// Damaged history files are refused with a clear message and left exactly as they were:
// the person's history may still be recoverable by other tools, so we never write to it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "temp_dir.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <random>

using namespace matside;
using matside::test::TempDir;

namespace {

// A real history database with one session, as bytes (WAL checkpointed into the main file).
std::string healthyDatabaseBytes(const TempDir& dir) {
    const auto file = dir / "healthy.sqlite3";
    {
        auto opened = HistoryStore::open(file);
        SessionStart start;
        start.routineId = "r";
        start.routineTitle = "R";
        start.routineHash = "h";
        for (int i = 0; i < 50; ++i) opened.store->beginSession(start);
    }
    return test::readBytes(file);
}

std::string randomBytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string out(n, '\0');
    for (auto& c : out) c = static_cast<char>(rng());
    return out;
}

// Opens `bytes` both ways; expects a refusal naming the file, saying why, and no change.
void expectRefusedUntouched(const TempDir& dir, const std::string& bytes, const std::string& why) {
    const auto file = dir / "history.sqlite3";
    test::writeBytes(file, bytes);
    for (auto access : {HistoryStore::Access::ReadWrite, HistoryStore::Access::ReadOnly}) {
        auto opened = HistoryStore::open(file, access);
        EXPECT_EQ(opened.status, HistoryStore::Status::Off);
        EXPECT_FALSE(opened.store);
        EXPECT_NE(opened.notice.find(file.string()), std::string::npos) << opened.notice;
        EXPECT_NE(opened.notice.find(why), std::string::npos) << opened.notice;
        EXPECT_NE(opened.notice.find("left untouched"), std::string::npos) << opened.notice;
        EXPECT_TRUE(test::readBytes(file) == bytes) << "the damaged file was modified";
    }
}

} // namespace

TEST(HistoryCorrupt, RandomBytesAreRefusedAndUntouched) {
    TempDir dir;
    expectRefusedUntouched(dir, randomBytes(8192, 1), "not an SQLite database");
}

TEST(HistoryCorrupt, ATruncatedHeaderIsRefusedAndUntouched) {
    TempDir dir;
    const std::string healthy = healthyDatabaseBytes(dir);
    expectRefusedUntouched(dir, healthy.substr(0, 60), "too short");
}

TEST(HistoryCorrupt, GarbagePagesBehindAValidHeaderAreRefusedAndUntouched) {
    TempDir dir;
    std::string bytes = healthyDatabaseBytes(dir);
    ASSERT_GT(bytes.size(), 4096u);
    // Keep the 100-byte header, overwrite the rest of page 1 (the schema) and page 2.
    const std::string junk = randomBytes(bytes.size() - 100, 2);
    bytes.replace(100, junk.size(), junk);
    expectRefusedUntouched(dir, bytes, "damaged");
}

TEST(HistoryCorrupt, AHealthyCopyStillOpens) {
    // The control for the tests above: the same bytes, undamaged, are accepted.
    TempDir dir;
    const std::string bytes = healthyDatabaseBytes(dir);
    test::writeBytes(dir / "history.sqlite3", bytes);
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    EXPECT_EQ(opened.store->listSessions().size(), 50u);
}

// What a killed writer leaves: committed transactions in the -wal file and a wal-index
// (-shm) that needs rebuilding. A read-only look cannot rebuild it; that must not be
// mistaken for damage, and the sessions in the WAL must all be there.
TEST(HistoryCorrupt, AWalLeftByAKilledWriterIsRecoveredNotCalledDamaged) {
    TempDir live, copy;
    auto writer = HistoryStore::open(live / "history.sqlite3");
    ASSERT_TRUE(writer.store) << writer.notice;
    SessionStart start;
    start.routineId = "r";
    start.routineTitle = "R";
    start.routineHash = "h";
    const auto id = writer.store->beginSession(start);
    StepRecord step;
    step.stepIndex = 4;
    step.exerciseId = "e";
    step.exerciseName = "E";
    writer.store->recordStep(id, step);
    // Snapshot the files while the writer is still open (as SIGKILL would leave them) and
    // wipe the wal-index so whoever opens next has to run recovery.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const std::string name = std::string("history.sqlite3") + suffix;
        ASSERT_TRUE(std::filesystem::exists(live / name)) << name;
        std::filesystem::copy_file(live / name, copy / name);
    }
    const auto shmSize = std::filesystem::file_size(copy / "history.sqlite3-shm");
    test::writeBytes(copy / "history.sqlite3-shm", std::string(shmSize, '\0'));

    auto opened = HistoryStore::open(copy / "history.sqlite3");
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    const auto resumable = opened.store->findResumable("h");
    ASSERT_TRUE(resumable);
    EXPECT_EQ(resumable->lastStepIndex, 4u);
}

// A writer killed mid-transaction in rollback-journal mode (a new database is, until it
// switches to WAL) leaves a hot journal. Only a writer may roll it back, so the read-only
// look fails with "attempt to write a readonly database": that is not damage either.
TEST(HistoryCorrupt, AHotJournalLeftByAKilledWriterIsRolledBackNotCalledDamaged) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        sqlite3* db = nullptr;
        sqlite3_open(file.c_str(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=DELETE; CREATE TABLE kept (x); INSERT INTO kept VALUES (1);"
                         "PRAGMA cache_size=2; BEGIN; CREATE TABLE lost (x);", nullptr, nullptr, nullptr);
        for (int i = 0; i < 400; ++i)
            sqlite3_exec(db, "INSERT INTO lost VALUES (randomblob(2000))", nullptr, nullptr, nullptr);
        _exit(0); // no COMMIT, no ROLLBACK, no close: as if killed
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(std::filesystem::exists(dir / "history.sqlite3-journal")) << "no hot journal: the test proves nothing";

    auto opened = HistoryStore::open(file);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    EXPECT_TRUE(opened.store->listSessions().empty());
    opened.store.reset();
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    EXPECT_EQ(sqlite3_exec(db, "SELECT * FROM kept", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "SELECT * FROM lost", nullptr, nullptr, nullptr), SQLITE_OK); // rolled back
    sqlite3_close(db);
}
