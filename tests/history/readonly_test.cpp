// A data folder we cannot write: history is off with one notice and everything else carries on.
// Tests run as root in CI, where chmod 0555 stops nothing. So: a path *under a regular file*
// (ENOTDIR, fails for root too); chmod cases in a child that drops to user "nobody" first;
// and a full disk simulated with RLIMIT_FSIZE, which binds root as well.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/test_routines.h"
#include "history/data_dir.h"
#include "history/session_recorder.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace matside;
using matside::test::TempDir;
using namespace std::chrono_literals;

namespace {

// Plays a whole session through a recorder; returns the session's end reason.
EndReason playThrough(SessionRecorder& recorder, const Plan& plan) {
    Session session{plan};
    Millis now{0};
    recorder.onEvents(session.apply(Command::Start, now), session);
    while (session.state() != SessionState::Done) {
        now += 1s;
        recorder.onEvents(session.advance(now), session);
    }
    return session.snapshot(now).endReason;
}

} // namespace

TEST(HistoryReadOnly, AFolderUnderARegularFileTurnsHistoryOffWithANotice) {
    TempDir dir;
    test::writeBytes(dir / "plain-file", "not a folder");
    const auto file = historyDbPath(dir / "plain-file" / "matside");
    auto opened = HistoryStore::open(file);
    EXPECT_EQ(opened.status, HistoryStore::Status::Off);
    EXPECT_FALSE(opened.store);
    EXPECT_NE(opened.notice.find("History is off"), std::string::npos) << opened.notice;
    EXPECT_NE(opened.notice.find("cannot create the folder"), std::string::npos) << opened.notice;

    // The session plays to the end with the recorder switched off.
    Routine routine = test::routineOf({test::stretch("a", 1, 20)});
    Plan plan = expandPlan(routine);
    SessionRecorder recorder{opened.store.get(), plan, "h"};
    EXPECT_EQ(playThrough(recorder, plan), EndReason::Completed);
    EXPECT_EQ(test::readBytes(dir / "plain-file"), "not a folder");
}

// Runs `body` in a child process without root's powers (root ignores permission bits, so
// the child switches to "nobody" first). Returns the child's exit code, or -signal.
template <typename Body>
int runUnprivileged(Body body) {
    const pid_t child = fork();
    if (child == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(90);
        _exit(body());
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

// A folder nobody may write in, readable by all (so the unprivileged child can look in).
void makeReadOnlyFolder(const std::filesystem::path& dir) {
    using std::filesystem::perms;
    std::filesystem::permissions(dir.parent_path(), perms(0755));
    std::filesystem::permissions(dir, perms(0555));
}

TEST(HistoryReadOnly, AChmodReadOnlyFolderTurnsHistoryOff) {
    TempDir dir;
    std::filesystem::create_directory(dir / "ro");
    makeReadOnlyFolder(dir / "ro");
    const int code = runUnprivileged([&] {
        auto opened = HistoryStore::open(dir / "ro" / "history.sqlite3");
        if (opened.status != HistoryStore::Status::Off) return 1;
        if (opened.notice.find("History is off") == std::string::npos) return 2;
        return 0;
    });
    EXPECT_EQ(code, 0) << "1: not off, 2: no notice, 90: could not drop root";
    EXPECT_FALSE(std::filesystem::exists(dir / "ro" / "history.sqlite3"));
}

// `matside history` on a copy in a folder it cannot write (a USB stick mounted read-only):
// the sessions are still listed, and nothing is created beside the file.
TEST(HistoryReadOnly, ReadOnlyAccessListsAHistoryInAFolderItCannotWrite) {
    TempDir dir;
    std::filesystem::create_directory(dir / "ro");
    const auto file = dir / "ro" / "history.sqlite3";
    {
        auto opened = HistoryStore::open(file);
        SessionStart start;
        start.routineId = "r";
        start.routineTitle = "R";
        start.routineHash = "h";
        opened.store->beginSession(start);
    }
    ASSERT_FALSE(std::filesystem::exists(file.string() + "-shm")); // closed cleanly
    std::filesystem::permissions(file, std::filesystem::perms(0644));
    makeReadOnlyFolder(dir / "ro");
    const int code = runUnprivileged([&] {
        auto opened = HistoryStore::open(file, HistoryStore::Access::ReadOnly);
        if (opened.status != HistoryStore::Status::Ok) return 1;
        if (opened.store->listSessions().size() != 1) return 2;
        return 0;
    });
    EXPECT_EQ(code, 0) << "1: refused, 2: wrong sessions, 90: could not drop root";
    EXPECT_FALSE(std::filesystem::exists(file.string() + "-shm"));
}

// The disk fills up mid-session (RLIMIT_FSIZE makes every write past the limit fail with
// EFBIG, for root as well): the recorder gives one notice and the session still completes.
// Runs in a child so the limit does not touch the test runner.
TEST(HistoryReadOnly, AFailingWriteMidSessionGivesOneNoticeAndTheSessionCarriesOn) {
    TempDir dir;
    const auto file = dir / "h.sqlite3";
    { HistoryStore::open(file); } // created at full size limits
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        auto opened = HistoryStore::open(file);
        if (!opened.store) _exit(10);
        Routine routine = test::routineOf({test::stretch("a", 3, 20), test::stretch("b", 3, 20)});
        Plan plan = expandPlan(routine);
        SessionRecorder recorder{opened.store.get(), plan, "h"};
        recorder.begin(2);
        // Nothing more may grow any file from here on.
        rlimit limit{0, RLIM_INFINITY};
        limit.rlim_cur = static_cast<rlim_t>(std::filesystem::file_size(file) + 1);
        std::error_code ec;
        const auto wal = std::filesystem::path(file.string() + "-wal");
        if (std::filesystem::exists(wal, ec)) limit.rlim_cur = std::max<rlim_t>(limit.rlim_cur, std::filesystem::file_size(wal) + 1);
        setrlimit(RLIMIT_FSIZE, &limit);
        const EndReason end = playThrough(recorder, plan);
        if (end != EndReason::Completed) _exit(11);
        if (recorder.notice().find("History is off for this session") == std::string::npos) _exit(12);
        if (recorder.enabled()) _exit(13);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status)) << "child killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0) << "10: no store, 11: session did not complete, 12: no notice, 13: still on";
}

TEST(DataDir, FlagBeatsEnvironmentBeatsXdgBeatsHome) {
    const char* keys[] = {"MATSIDE_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME"};
    std::map<std::string, std::optional<std::string>> saved;
    for (const char* k : keys) saved[k] = std::getenv(k) ? std::optional<std::string>(std::getenv(k)) : std::nullopt;

    setenv("HOME", "/home/pat", 1);
    unsetenv("MATSIDE_DATA_DIR");
    unsetenv("XDG_DATA_HOME");
    unsetenv("XDG_CONFIG_HOME");
    EXPECT_EQ(resolveDataDir(), "/home/pat/.local/share/matside");
    EXPECT_EQ(resolveConfigDir(), "/home/pat/.config/matside");
    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    EXPECT_EQ(resolveDataDir(), "/home/pat/.local/share/matside");
    setenv("XDG_DATA_HOME", "/xdg/data", 1);
    setenv("XDG_CONFIG_HOME", "/xdg/config", 1);
    EXPECT_EQ(resolveDataDir(), "/xdg/data/matside");
    EXPECT_EQ(resolveConfigDir(), "/xdg/config/matside");
    setenv("MATSIDE_DATA_DIR", "/env/dir", 1);
    EXPECT_EQ(resolveDataDir(), "/env/dir");
    EXPECT_EQ(resolveDataDir("/flag/dir"), "/flag/dir");
    EXPECT_EQ(historyDbPath("/flag/dir"), "/flag/dir/history.sqlite3");
    EXPECT_EQ(settingsPath("/xdg/config/matside"), "/xdg/config/matside/settings.json");

    for (const auto& [k, v] : saved) v ? setenv(k.c_str(), v->c_str(), 1) : unsetenv(k.c_str());
}
