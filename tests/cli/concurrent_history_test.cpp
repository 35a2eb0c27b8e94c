// Many matside processes writing one history at once (simulate --record, 6 at a time, with
// `history --json` reading alongside): SQLite's locking must queue them, so every session
// lands whole, none is lost or refused, and the file stays intact.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "support/run_process.h"
#include "support/sqlite_check.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

TEST(ConcurrentHistory, SessionsRecordedByManyProcessesAtOnceAreAllKeptWhole) {
    std::string pattern = (fs::temp_directory_path() / "matside-concurrent-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    const fs::path dir = pattern;
    const std::string m = std::string("\"") + MATSIDE_BINARY + "\"";
    const std::string routine = std::string("\"") + MATSIDE_SOURCE_DIR + "/data/si_joint.json\"";
    const std::string data = "\"" + (dir / "data").string() + "\"";
    constexpr int kRounds = 3, kAtOnce = 6;
    const std::string script =
        "for r in $(seq " + std::to_string(kRounds) + "); do for i in $(seq " + std::to_string(kAtOnce) + "); do " + m +
        " simulate " + routine + " --record --data-dir " + data + " >/dev/null & done; " + m +
        " history --json --data-dir " + data + " >/dev/null || echo reader-failed; wait; done";
    const auto r = matside::test::runProcess({"/bin/sh", "-c", script}, {}, 120);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("reader-failed"), std::string::npos) << "a reader was refused while sessions were written";

    // Every writer said which session it recorded, and nothing else (no "History is off").
    std::istringstream lines(r.err);
    std::set<std::string> said;
    for (std::string line; std::getline(lines, line);) {
        EXPECT_EQ(line.rfind("matside simulate: recorded session ", 0), 0u) << line;
        said.insert(line);
    }
    EXPECT_EQ(said.size(), static_cast<std::size_t>(kRounds * kAtOnce)) << r.err;

    const fs::path file = dir / "data" / "history.sqlite3";
    EXPECT_EQ(matside::test::integrityCheck(file), "ok");
    auto opened = matside::HistoryStore::open(file);
    ASSERT_EQ(opened.status, matside::HistoryStore::Status::Ok) << opened.notice;
    const auto sessions = opened.store->listSessions();
    ASSERT_EQ(sessions.size(), static_cast<std::size_t>(kRounds * kAtOnce));
    for (const auto& s : sessions) {
        SCOPED_TRACE("session " + std::to_string(s.id));
        EXPECT_EQ(s.end, matside::SessionEnd::Completed);
        EXPECT_EQ(s.completedSteps, 31) << "the SI routine has 31 work steps";
        EXPECT_EQ(opened.store->steps(s.id).size(), 31u);
    }
    fs::remove_all(dir);
}

} // namespace
