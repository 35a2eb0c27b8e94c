// Damaged history files are refused with a clear message and left exactly as they were:
// the person's history may still be recoverable by other tools, so we never write to it.
#include "history/history_store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

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
