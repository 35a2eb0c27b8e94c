// The history store on temp folders: round trips, checkpoints, resume lookup, validation.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "temp_dir.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace matside;
using matside::test::TempDir;

namespace {

std::unique_ptr<HistoryStore> openOk(const std::filesystem::path& file) {
    auto opened = HistoryStore::open(file);
    EXPECT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    return std::move(opened.store);
}

SessionStart startOf(const std::string& hash, std::optional<int> pain = std::nullopt) {
    SessionStart s;
    s.routineId = "si_joint";
    s.routineTitle = "SI joint: full programme";
    s.routineHash = hash;
    s.planSteps = 68;
    s.painBefore = pain;
    s.startedAt = std::chrono::sys_days{std::chrono::year{2026} / 11 / 25} + std::chrono::hours{8} +
                  std::chrono::minutes{5} + std::chrono::seconds{7};
    return s;
}

StepRecord stepOf(std::size_t index, StepResult result, std::optional<Side> side = Side::Left) {
    StepRecord r;
    r.stepIndex = index;
    r.exerciseId = "hamstring_stretch";
    r.exerciseName = "Hamstring stretch";
    r.side = side;
    r.set = 2;
    r.reps = 7;
    r.seconds = 31.25;
    r.result = result;
    return r;
}

std::string pragma(const std::filesystem::path& file, const char* name) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace

TEST(HistoryStore, SessionAndStepsRoundTripThroughAReopen) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    std::int64_t id = 0;
    {
        auto store = openOk(file);
        id = store->beginSession(startOf("00aa", 6));
        store->recordStep(id, stepOf(1, StepResult::Completed));
        store->recordStep(id, stepOf(3, StepResult::Skipped, std::nullopt));
        store->finishSession(id, SessionEnd::StoppedForPain, 8, "knee, \"sharp\"; stopped");
    }
    auto store = openOk(file);
    const auto sessions = store->listSessions();
    ASSERT_EQ(sessions.size(), 1u);
    const SessionRecord& s = sessions[0];
    EXPECT_EQ(s.id, id);
    EXPECT_EQ(s.routineId, "si_joint");
    EXPECT_EQ(s.routineTitle, "SI joint: full programme");
    EXPECT_EQ(s.routineHash, "00aa");
    EXPECT_EQ(s.planSteps, 68u);
    EXPECT_EQ(s.startedAt, "2026-11-25T08:05:07Z");
    EXPECT_EQ(s.endedAt.size(), 20u) << s.endedAt;
    EXPECT_EQ(s.end, SessionEnd::StoppedForPain);
    EXPECT_EQ(s.painBefore, 6);
    EXPECT_EQ(s.painAfter, 8);
    EXPECT_EQ(s.note, "knee, \"sharp\"; stopped");
    EXPECT_EQ(s.completedSteps, 1);
    EXPECT_EQ(s.skippedSteps, 1);
    EXPECT_DOUBLE_EQ(s.secondsSpent, 62.5);

    const auto steps = store->steps(id);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].stepIndex, 1u);
    EXPECT_EQ(steps[0].exerciseId, "hamstring_stretch");
    EXPECT_EQ(steps[0].exerciseName, "Hamstring stretch");
    EXPECT_EQ(steps[0].side, Side::Left);
    EXPECT_EQ(steps[0].set, 2);
    EXPECT_EQ(steps[0].reps, 7);
    EXPECT_DOUBLE_EQ(steps[0].seconds, 31.25);
    EXPECT_EQ(steps[0].result, StepResult::Completed);
    EXPECT_EQ(steps[1].side, std::nullopt);
    EXPECT_EQ(steps[1].result, StepResult::Skipped);
}

TEST(HistoryStore, NewDatabaseIsWalAtTheCurrentSchemaVersion) {
    TempDir dir;
    const auto file = dir / "nested" / "data" / "history.sqlite3";
    { auto store = openOk(file); }
    EXPECT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(pragma(file, "journal_mode"), "wal");
    EXPECT_EQ(pragma(file, "user_version"), std::to_string(HistoryStore::kSchemaVersion));
}

TEST(HistoryStore, ASessionIsInterruptedUntilFinished) {
    TempDir dir;
    auto store = openOk(dir / "h.sqlite3");
    const auto id = store->beginSession(startOf("h"));
    store->recordStep(id, stepOf(1, StepResult::Completed));
    auto s = store->session(id);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->end, SessionEnd::Interrupted);
    EXPECT_EQ(s->endedAt, "");
    EXPECT_EQ(s->painAfter, std::nullopt);
    store->finishSession(id, SessionEnd::Completed, std::nullopt, "");
    EXPECT_EQ(store->session(id)->end, SessionEnd::Completed);
}

TEST(HistoryStore, AStepRecordedAgainKeepsOnlyItsLatestOutcome) {
    TempDir dir;
    auto store = openOk(dir / "h.sqlite3");
    const auto id = store->beginSession(startOf("h"));
    store->recordStep(id, stepOf(5, StepResult::Skipped));
    store->recordStep(id, stepOf(5, StepResult::Completed));
    const auto steps = store->steps(id);
    ASSERT_EQ(steps.size(), 1u);
    EXPECT_EQ(steps[0].result, StepResult::Completed);
}

TEST(HistoryStore, PainOutsideZeroToTenIsRejectedAndNothingIsWritten) {
    TempDir dir;
    auto store = openOk(dir / "h.sqlite3");
    EXPECT_THROW(store->beginSession(startOf("h", 11)), HistoryError);
    EXPECT_TRUE(store->listSessions().empty());
    const auto id = store->beginSession(startOf("h", 0));
    EXPECT_THROW(store->finishSession(id, SessionEnd::Completed, -1, ""), HistoryError);
    EXPECT_EQ(store->session(id)->end, SessionEnd::Interrupted);
    EXPECT_THROW(store->finishSession(id + 100, SessionEnd::Completed, 1, ""), HistoryError);
}

TEST(HistoryStore, FindResumableOffersTheLatestInterruptedSessionOfThatRoutineOnly) {
    TempDir dir;
    auto store = openOk(dir / "h.sqlite3");
    EXPECT_FALSE(store->findResumable("abc"));

    auto start = startOf("abc");
    const auto first = store->beginSession(start);
    store->recordStep(first, stepOf(1, StepResult::Completed));
    store->recordStep(first, stepOf(9, StepResult::Completed));
    store->recordStep(first, stepOf(3, StepResult::Completed));
    auto found = store->findResumable("abc");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->sessionId, first);
    EXPECT_EQ(found->lastStepIndex, 9u);
    EXPECT_EQ(found->startedAt, "2026-11-25T08:05:07Z");

    EXPECT_FALSE(store->findResumable("another routine"));

    // A later session of the same routine with nothing recorded yet: nothing to continue.
    start.startedAt += std::chrono::hours{1};
    const auto second = store->beginSession(start);
    EXPECT_FALSE(store->findResumable("abc"));
    // ...and once it finished, the older interrupted one is not offered again either.
    store->recordStep(second, stepOf(1, StepResult::Completed));
    store->finishSession(second, SessionEnd::Completed, std::nullopt, "");
    EXPECT_FALSE(store->findResumable("abc"));
}

TEST(HistoryStore, ReadOnlyAccessDoesNotCreateAnything) {
    TempDir dir;
    const auto file = dir / "none" / "history.sqlite3";
    auto opened = HistoryStore::open(file, HistoryStore::Access::ReadOnly);
    EXPECT_EQ(opened.status, HistoryStore::Status::Missing);
    EXPECT_FALSE(opened.store);
    EXPECT_FALSE(std::filesystem::exists(dir / "none"));
}

TEST(HistoryStore, ReadOnlyAccessReadsWhatAWriterStored) {
    TempDir dir;
    const auto file = dir / "h.sqlite3";
    auto writer = openOk(file);
    const auto id = writer->beginSession(startOf("h", 3));
    auto opened = HistoryStore::open(file, HistoryStore::Access::ReadOnly);
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    const auto sessions = opened.store->listSessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].id, id);
    EXPECT_EQ(sessions[0].painBefore, 3);
    EXPECT_THROW(opened.store->beginSession(startOf("h")), HistoryError);
}

TEST(HistoryStore, TwoConnectionsWriteWithoutLosingEitherSession) {
    TempDir dir;
    const auto file = dir / "h.sqlite3";
    auto a = openOk(file);
    auto b = openOk(file);
    const auto ida = a->beginSession(startOf("a"));
    const auto idb = b->beginSession(startOf("b"));
    a->recordStep(ida, stepOf(1, StepResult::Completed));
    b->recordStep(idb, stepOf(1, StepResult::Skipped));
    EXPECT_EQ(a->listSessions().size(), 2u);
    EXPECT_EQ(b->steps(ida).size(), 1u);
}

TEST(HistoryHash, Fnv1a64MatchesKnownVectorsAndFileBytes) {
    EXPECT_EQ(fnv1a64Hex(""), "cbf29ce484222325");
    EXPECT_EQ(fnv1a64Hex("a"), "af63dc4c8601ec8c");
    EXPECT_EQ(fnv1a64Hex("foobar"), "85944171f73967e8");
    TempDir dir;
    test::writeBytes(dir / "r.json", "foobar");
    EXPECT_EQ(hashRoutineFile(dir / "r.json"), "85944171f73967e8");
    EXPECT_EQ(hashRoutineFile(dir / "missing.json"), "");
}

TEST(HistoryTime, IsoUtcRoundTripsAndRejectsJunk) {
    using namespace std::chrono;
    const sys_seconds t = sys_days{year{2024} / 2 / 29} + hours{23} + minutes{59} + seconds{58};
    EXPECT_EQ(toIsoUtc(t), "2024-02-29T23:59:58Z");
    EXPECT_EQ(parseIsoUtc("2024-02-29T23:59:58Z"), t);
    EXPECT_FALSE(parseIsoUtc("2023-02-29T10:00:00Z"));
    EXPECT_FALSE(parseIsoUtc("2024-02-28T10:00:00"));
    EXPECT_FALSE(parseIsoUtc("yesterday"));
}

TEST(HistoryEnums, EndReasonsRoundTripThroughText) {
    for (auto end : {SessionEnd::Interrupted, SessionEnd::Completed, SessionEnd::Quit, SessionEnd::StoppedForPain})
        EXPECT_EQ(sessionEndFromString(toString(end)), end);
    EXPECT_EQ(std::string(toString(SessionEnd::StoppedForPain)), "stopped_for_pain");
    EXPECT_FALSE(sessionEndFromString("crashed"));
}
