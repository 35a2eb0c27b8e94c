// The production clock is the monotonic one: a wall-clock jump (NTP, a user changing the
// time, DST) cannot move a session's deadlines. Changing the real system time from a test
// would disturb the whole machine, so these pin the clock source instead (see
// the README, "System clock jumps").
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/plan.h"
#include "core/session.h"
#include "test_routines.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace matside;

static_assert(std::chrono::steady_clock::is_steady, "the session clock must never run backwards");

TEST(SteadyClock, ReadsTheMonotonicClockNotTheWallClock) {
    const SteadyClock clock;
    const auto steady = std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
    const auto wall = std::chrono::duration_cast<Millis>(std::chrono::system_clock::now().time_since_epoch());
    const Millis ours = clock.now();
    // Same time line as steady_clock (boot-relative on Linux), decades away from the wall
    // clock's 1970 epoch, so a wall-clock source would fail this by years.
    EXPECT_LE((ours - steady).count(), 1000);
    EXPECT_GE((ours - steady).count(), 0);
    EXPECT_GT((wall - ours).count(), 24LL * 3600 * 1000 * 365) << "SteadyClock looks like the wall clock";
}

TEST(SteadyClock, NeverRunsBackwardsOverManyReads) {
    const SteadyClock clock;
    Millis last = clock.now();
    for (int i = 0; i < 200000; ++i) {
        const Millis t = clock.now();
        ASSERT_GE(t, last) << "read " << i;
        last = t;
    }
}

TEST(SteadyClock, AdvancesWithRealTime) {
    const SteadyClock clock;
    const Millis before = clock.now();
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    const Millis after = clock.now();
    EXPECT_GE((after - before).count(), 30);
    EXPECT_LT((after - before).count(), 5000);
}

// What a backwards jump would look like to the core if a caller ever passed a smaller `now`:
// the session keeps its own time line and the step's remaining time does not grow.
TEST(SteadyClock, SessionIgnoresTimeGoingBackwards) {
    const Routine routine = test::routineOf({test::stretch("a", 1, 30)});
    const Plan plan = expandPlan(routine);
    Session session(plan);
    session.apply(Command::Start, Millis{0});
    session.advance(Millis{4000});
    const Millis left = session.snapshot(Millis{4000}).stepRemaining;
    session.advance(Millis{4000} - std::chrono::hours(1));
    EXPECT_LE(session.snapshot(Millis{4000} - std::chrono::hours(1)).stepRemaining, left);
    EXPECT_EQ(session.snapshot(Millis{5000}).stepRemaining, left - Millis{1000});
}
