// SIGKILL mid-session: a child plays a session on a slowed virtual clock, recording every
// step and telling the parent (through a pipe) each time a step finished and onEvents
// returned. The parent kills it at several points; the database must pass integrity_check,
// hold every step reported before the kill, and offer to resume right after the last one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/test_routines.h"
#include "history/session_recorder.h"
#include "support/sqlite_check.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

using namespace matside;
using matside::test::TempDir;
using namespace std::chrono_literals;

namespace {

Routine crashRoutine() {
    return test::routineOf({test::stretch("a", 3, 20), test::reps("b", 2, 5, 2), test::stretch("c", 2, 15)});
}

// The child: never returns. Writes one byte per finished work step, after it is recorded.
[[noreturn]] void playAndReport(const std::filesystem::path& file, int reportFd) {
    auto opened = HistoryStore::open(file);
    if (!opened.store) _exit(10);
    const Routine routine = crashRoutine();
    const Plan plan = expandPlan(routine);
    Session session{plan};
    SessionRecorder recorder{opened.store.get(), plan, "crash"};
    Millis now{0};
    std::size_t reported = 0;
    auto feed = [&](const std::vector<SessionEvent>& events) {
        recorder.onEvents(events, session);
        std::size_t finished = 0;
        for (auto o : session.outcomes()) finished += o != Session::StepOutcome::Pending;
        for (; reported < finished; ++reported) (void)!::write(reportFd, "s", 1);
    };
    feed(session.apply(Command::Start, now));
    while (session.state() != SessionState::Done) {
        now += 1s;
        feed(session.advance(now));
        std::this_thread::sleep_for(1ms); // one virtual second per real millisecond
    }
    (void)!::write(reportFd, "D", 1);
    for (;;) pause(); // wait for the kill like a frozen process would
}

using test::integrityCheck;

} // namespace

TEST(HistoryCrash, ASigkillAtAnyPointKeepsEveryReportedStepAndOffersTheNextOne) {
    const Routine routine = crashRoutine();
    const Plan plan = expandPlan(routine);
    std::vector<std::size_t> work;
    for (const auto& s : plan.steps)
        if (s.kind == StepKind::Work) work.push_back(s.index);

    int killedMidSession = 0;
    for (int killAfterMs : {15, 60, 110, 170, 240, 320, 420}) {
        TempDir dir;
        const auto file = dir / "history.sqlite3";
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(fds[0]);
            playAndReport(file, fds[1]);
        }
        ::close(fds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(killAfterMs));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
        std::string reports;
        char buf[256];
        for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) reports.append(buf, static_cast<std::size_t>(n));
        ::close(fds[0]);
        const std::size_t reported = static_cast<std::size_t>(std::count(reports.begin(), reports.end(), 's'));
        const bool done = reports.find('D') != std::string::npos;

        SCOPED_TRACE("killed after " + std::to_string(killAfterMs) + " ms, " + std::to_string(reported) + " steps reported");
        if (!std::filesystem::exists(file) || std::filesystem::file_size(file) == 0) {
            EXPECT_EQ(reported, 0u); // killed before the database was created
            continue;
        }
        auto opened = HistoryStore::open(file);
        ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
        ASSERT_EQ(integrityCheck(file), "ok");
        const auto sessions = opened.store->listSessions();
        if (sessions.empty()) {
            EXPECT_EQ(reported, 0u); // killed before the session row was written
            continue;
        }
        ASSERT_EQ(sessions.size(), 1u);
        const auto steps = opened.store->steps(sessions[0].id);
        // Every step reported is there (one more may have been written just before the kill).
        ASSERT_GE(steps.size(), reported);
        ASSERT_LE(steps.size(), reported + 1);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            EXPECT_EQ(steps[i].stepIndex, work[i]);
            EXPECT_EQ(steps[i].result, StepResult::Completed);
        }
        // The end is written before 'D' is reported, so a kill between the two leaves a
        // completed session that the parent has not heard of: complete only with every step.
        if (done || sessions[0].end == SessionEnd::Completed) {
            EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
            EXPECT_EQ(steps.size(), work.size());
            EXPECT_FALSE(opened.store->findResumable("crash"));
            continue;
        }
        EXPECT_EQ(sessions[0].end, SessionEnd::Interrupted);
        if (steps.empty()) continue;
        ++killedMidSession;
        const auto resumable = opened.store->findResumable("crash");
        ASSERT_TRUE(resumable);
        EXPECT_EQ(resumable->lastStepIndex, steps.back().stepIndex);
        if (steps.size() < work.size()) {
            const auto target = resumeTarget(plan, *resumable);
            ASSERT_TRUE(target);
            EXPECT_EQ(target->stepIndex, steps.back().stepIndex + 1);
            EXPECT_EQ(target->workStepNumber, steps.size() + 1);
        }
    }
    EXPECT_GE(killedMidSession, 3) << "too few kills landed mid-session for the test to mean anything";
}
