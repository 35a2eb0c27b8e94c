// The player's history panel without a window: pain keys (1 then 0 is 10), check-ins stored
// with the session, the offer to continue and continuing at the right step, history off, and
// the History screen's calendar, streak, chart points and rows.
#include "core/test_routines.h"
#include "history/temp_dir.h"
#include "player/history_panel.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

#include <cstring>

using namespace matside;
using namespace std::chrono_literals;
using test::TempDir;

namespace {

struct PanelFixture {
    TempDir dir;
    Routine routine = test::routineOf({test::stretch("a", 2, 20), test::reps("b", 1, 3, 2)});
    Plan plan = expandPlan(routine);
    std::filesystem::path routineFile = dir / "routine.json";
    std::filesystem::path data = dir / "data";
    PanelFixture() { test::writeBytes(routineFile, "{\"routine\": 1}"); }

    // Drives `session` through the panel's sink until `stop` (or Done), a second at a time.
    template <typename Stop>
    Millis play(Session& session, HistoryPanel& panel, Millis now, Stop stop) {
        while (session.state() != SessionState::Done && !stop(session)) {
            now += 1s;
            panel.sink().onEvents(session.advance(now), session.snapshot(now));
        }
        return now;
    }
    static bool never(const Session&) { return false; }
};

std::size_t finishedWorkSteps(const Session& s) {
    std::size_t n = 0;
    for (auto o : s.outcomes()) n += o != Session::StepOutcome::Pending;
    return n;
}

std::vector<SessionRecord> stored(const std::filesystem::path& data) {
    auto opened = HistoryStore::open(data / "history.sqlite3", HistoryStore::Access::ReadOnly);
    return opened.store ? opened.store->listSessions() : std::vector<SessionRecord>{};
}

} // namespace

TEST(PainKeys, OneThenZeroIsTenAndALoneZeroIsZero) {
    PainKeys keys;
    EXPECT_EQ(keys.press(1, 0ms), 1) << "1 counts at once";
    EXPECT_EQ(keys.press(0, 800ms), 10);
    EXPECT_EQ(keys.press(0, 900ms), 0) << "the 1 was used up by the 10";
    EXPECT_EQ(keys.press(7, 2s), 7);
    EXPECT_EQ(keys.press(1, 3s), 1);
    EXPECT_EQ(keys.press(0, 3s + PainKeys::kTenWindow + 1ms), 0) << "too late for 10";
    EXPECT_EQ(keys.press(1, 10s), 1);
    EXPECT_EQ(keys.press(5, 10100ms), 5);
    EXPECT_EQ(keys.press(0, 10200ms), 0) << "only directly after a 1";
}

TEST(HistoryPanel, PainBeforeAndAfterAndTheNoteAreStoredWithTheSession) {
    PanelFixture f;
    Session session(f.plan);
    HistoryPanel panel(session, f.plan, f.routineFile, f.data);
    EXPECT_TRUE(panel.checkin().notice.empty()) << panel.checkin().notice;
    EXPECT_TRUE(panel.pressDigit(1, 0ms));
    EXPECT_TRUE(panel.pressDigit(0, 500ms));
    EXPECT_EQ(panel.checkin().painBefore, 10);
    panel.checkin().clickedPain = 6; // a click on the row replaces the key's rating
    panel.afterFrame();
    EXPECT_EQ(panel.checkin().painBefore, 6);
    panel.sink().onEvents(session.apply(Command::Start, 1s), session.snapshot(1s));
    EXPECT_FALSE(panel.pressDigit(3, 2s)) << "digits mean nothing during a session";
    f.play(session, panel, 1s, PanelFixture::never);
    ASSERT_EQ(session.state(), SessionState::Done);
    EXPECT_TRUE(panel.pressDigit(3, 100s));
    std::strcpy(panel.checkin().note.data(), "right side easier");
    panel.checkin().noteEdited = true;
    panel.afterFrame();
    auto sessions = stored(f.data);
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].painBefore, 6);
    EXPECT_EQ(sessions[0].painAfter, 3);
    EXPECT_EQ(sessions[0].note, "right side easier");
    EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
    // Clicking the chosen rating again clears it (the rating is optional).
    panel.checkin().clickedPain = 3;
    panel.afterFrame();
    panel.close();
    sessions = stored(f.data);
    EXPECT_FALSE(sessions[0].painAfter.has_value());
    EXPECT_EQ(sessions[0].note, "right side easier");
}

TEST(HistoryPanel, AnInterruptedSessionIsOfferedAndContinuesAtTheRightStep) {
    PanelFixture f;
    {
        Session session(f.plan);
        HistoryPanel panel(session, f.plan, f.routineFile, f.data);
        EXPECT_FALSE(panel.resumeOffered());
        panel.sink().onEvents(session.apply(Command::Start, 0ms), session.snapshot(0ms));
        f.play(session, panel, 0ms, [](const Session& s) { return finishedWorkSteps(s) == 2; });
    } // killed: nothing more is written
    Session session(f.plan);
    HistoryPanel panel(session, f.plan, f.routineFile, f.data);
    ASSERT_TRUE(panel.resumeOffered());
    EXPECT_EQ(panel.checkin().resumeLabel, "Continue at set 3 of 5");
    EXPECT_EQ(panel.checkin().resumeDetail, "Stretch a, left leg, set 2");
    panel.checkin().clickedContinue = true;
    const std::optional<std::size_t> step = panel.afterFrame();
    ASSERT_TRUE(step);
    EXPECT_FALSE(panel.resumeOffered()) << "offered once";
    EXPECT_EQ(f.plan.steps[*step - 1].kind, StepKind::Work) << "right after the last step recorded";
    panel.sink().onEvents(session.startAt(*step, 0ms), session.snapshot(0ms));
    f.play(session, panel, 0ms, PanelFixture::never);
    const auto sessions = stored(f.data);
    ASSERT_EQ(sessions.size(), 1u) << "continuing adds to the interrupted session";
    EXPECT_EQ(sessions[0].end, SessionEnd::Completed);
    EXPECT_EQ(sessions[0].completedSteps, 5);
}

TEST(HistoryPanel, StartingFreshLeavesTheOfferUnusedAndMakesANewSession) {
    PanelFixture f;
    {
        Session session(f.plan);
        HistoryPanel panel(session, f.plan, f.routineFile, f.data);
        panel.sink().onEvents(session.apply(Command::Start, 0ms), session.snapshot(0ms));
        f.play(session, panel, 0ms, [](const Session& s) { return finishedWorkSteps(s) == 1; });
    }
    Session session(f.plan);
    HistoryPanel panel(session, f.plan, f.routineFile, f.data);
    ASSERT_TRUE(panel.resumeOffered());
    panel.sink().onEvents(session.apply(Command::Start, 0ms), session.snapshot(0ms));
    EXPECT_FALSE(panel.acceptResume()) << "no continuing once a fresh session runs";
    f.play(session, panel, 0ms, PanelFixture::never);
    const auto sessions = stored(f.data);
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[0].end, SessionEnd::Interrupted);
    EXPECT_EQ(sessions[1].end, SessionEnd::Completed);
}

TEST(HistoryPanel, HistoryOffGivesOneNoticeAndTheSessionStillPlays) {
    PanelFixture f;
    test::writeBytes(f.dir / "file", "x");
    Session session(f.plan);
    HistoryPanel panel(session, f.plan, f.routineFile, f.dir / "file" / "data");
    EXPECT_NE(panel.checkin().notice.find("History is off"), std::string::npos) << panel.checkin().notice;
    EXPECT_TRUE(panel.pressDigit(4, 0ms));
    panel.sink().onEvents(session.apply(Command::Start, 0ms), session.snapshot(0ms));
    f.play(session, panel, 0ms, PanelFixture::never);
    EXPECT_EQ(session.snapshot(1000s).endReason, EndReason::Completed);
    EXPECT_TRUE(panel.pressDigit(2, 1000s));
    panel.close();
    panel.openHistory();
    ASSERT_TRUE(panel.historyScreen());
    EXPECT_FALSE(panel.historyScreen()->notice.empty()) << "the screen says why it is empty";
}

TEST(HistoryScreenData, CalendarStreakChartAndRowsComeFromTheStoredSessions) {
    using std::chrono::days;
    const std::chrono::sys_days today = std::chrono::sys_days{std::chrono::year{2026} / 11 / 25};
    auto at = [&](int daysAgo, int hour) {
        return toIsoUtc(std::chrono::system_clock::time_point(today - days{daysAgo}) + std::chrono::hours{hour});
    };
    std::vector<SessionRecord> sessions;
    for (int ago : {70, 3, 2, 1}) { // one outside the 8 weeks, then three days in a row
        SessionRecord s;
        s.id = static_cast<int>(sessions.size()) + 1;
        s.routineTitle = "SI joint";
        s.startedAt = at(ago, 12);
        s.end = SessionEnd::Completed;
        s.completedSteps = 14;
        s.painBefore = 8 - static_cast<int>(sessions.size());
        s.painAfter = 5 - static_cast<int>(sessions.size());
        sessions.push_back(s);
    }
    sessions.back().note = "easier";
    sessions.back().skippedSteps = 2;
    const ui::HistoryScreenData data = historyScreenData(sessions, today);
    EXPECT_EQ(data.calendar.trained.size(), 56u);
    EXPECT_EQ(data.calendar.daysTrained, 3);
    EXPECT_EQ(data.streak, 3) << "alive until today ends";
    ASSERT_EQ(data.pain.size(), 3u) << "the chart covers the calendar's 8 weeks";
    EXPECT_EQ(data.pain.front().before, 7);
    EXPECT_EQ(data.pain.back().after, 2);
    ASSERT_EQ(data.rows.size(), 4u);
    EXPECT_EQ(data.rows[0].note, "easier") << "newest first";
    EXPECT_EQ(data.rows[0].steps, "14 done, 2 skipped");
    EXPECT_EQ(data.rows[0].pain, "5 \xE2\x86\x92 2");
    EXPECT_EQ(data.rows[0].outcome, "completed");
}

TEST(HistoryScreenData, WithAPlanEachDayIsMarkedAndAdherenceIsSaid) {
    using std::chrono::days;
    setenv("TZ", "UTC", 1); // the test's instants are UTC midnights plus hours
    tzset();
    const std::chrono::sys_days today = std::chrono::sys_days{std::chrono::year{2026} / 11 / 25}; // a Wednesday
    auto session = [](std::int64_t id, std::chrono::sys_days day, int hour, const char* routine) {
        SessionRecord s;
        s.id = id;
        s.routineId = routine;
        s.startedAt = toIsoUtc(std::chrono::system_clock::time_point(day) + std::chrono::hours{hour});
        s.end = SessionEnd::Completed;
        s.completedSteps = 5;
        return s;
    };
    WeeklyPlan plan = parsePlan("mon,tue,wed,thu", "08:00,18:00").plan.value();
    plan.from = today - days{2}; // planned from Monday
    const Schedule schedule{{"si", plan}};
    const std::vector<SessionRecord> sessions = {
        session(1, today - days{3}, 10, "si"), // Sunday: not planned
        session(2, today - days{2}, 8, "si"),  // Monday: both
        session(3, today - days{2}, 17, "si"),
        session(4, today - days{1}, 9, "si"), // Tuesday: one of two
        session(5, today, 8, "si"),           // today: the morning, evening to come
    };
    const WallTime now = std::chrono::system_clock::time_point(today) + std::chrono::hours{12};
    const ui::HistoryScreenData data = historyScreenData(sessions, today, schedule, now);
    ASSERT_EQ(data.marks.size(), data.calendar.trained.size());
    const auto index = [&](std::chrono::sys_days day) {
        return static_cast<std::size_t>((day - data.calendar.firstDay).count());
    };
    EXPECT_EQ(data.marks[index(today - days{3})], DayMark::Unplanned);
    EXPECT_EQ(data.marks[index(today - days{2})], DayMark::Done);
    EXPECT_EQ(data.marks[index(today - days{1})], DayMark::Partly);
    EXPECT_EQ(data.marks[index(today)], DayMark::Done);
    EXPECT_EQ(data.marks[index(today - days{9})], DayMark::None);     // a Monday before the plan
    EXPECT_EQ(data.marks[index(today + days{1})], DayMark::Upcoming); // Thursday
    EXPECT_EQ(data.adherence, "Last 7 days: 4 of 5 planned sessions  \xC2\xB7  last 28 days: 4 of 5 planned sessions");
    // Nothing planned: the calendar of days trained only.
    EXPECT_TRUE(historyScreenData(sessions, today).marks.empty());
    EXPECT_TRUE(historyScreenData(sessions, today).adherence.empty());
}
