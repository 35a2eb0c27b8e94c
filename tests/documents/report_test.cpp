// `matside report` over histories made by `simulate --record` on chosen days (faketime), with
// pain ratings, a skipped exercise and a stop for pain: the counts, the dates, the note, and
// a chart that is really drawn.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdf_tools.h"
#include "documents/report.h"
#include "documents/report_data.h"
#include "support/run_process.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>

using namespace matside;
using matside::test::runMatside;
using matside::test::runProcess;

namespace {

const std::string kRoutine = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json";

std::string squashed(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

class Report : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-report-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        dir = pattern;
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    // One simulated session recorded at `when` (UTC), through the real binary.
    void session(const std::string& when, std::vector<std::string> extra) {
        std::vector<std::string> argv{"/usr/bin/faketime", when,         MATSIDE_BINARY,         "simulate", kRoutine,
                                      "--record",          "--data-dir", (dir / "data").string()};
        argv.insert(argv.end(), extra.begin(), extra.end());
        const auto r = runProcess(argv, fakedEnv());
        ASSERT_EQ(r.exitCode, 0) << r.err << " (faketime: Debian package faketime)";
        ASSERT_NE(r.err.find("recorded session"), std::string::npos) << r.err;
    }
    // faketime preloads its library: a sanitized matside must accept it ahead of its runtime.
    std::map<std::string, std::string> fakedEnv() const {
        std::map<std::string, std::string> env = privateEnv();
        const char* asan = std::getenv("ASAN_OPTIONS");
        env["ASAN_OPTIONS"] = std::string(asan ? asan : "") + ":verify_asan_link_order=0";
        return env;
    }
    // UTC, and private config and data folders: the person's own plans must not change a report.
    std::map<std::string, std::string> privateEnv() const {
        return {
            {"TZ", "UTC"}, {"XDG_CONFIG_HOME", (dir / "config").string()}, {"XDG_DATA_HOME", (dir / "xdg").string()}};
    }
    // `matside ARGS` as if it were `when` (UTC).
    test::ProcessResult at(const std::string& when, std::vector<std::string> args) {
        std::vector<std::string> argv{"/usr/bin/faketime", when, MATSIDE_BINARY};
        argv.insert(argv.end(), args.begin(), args.end());
        return runProcess(argv, fakedEnv());
    }
    void fourSessions() {
        session("2026-11-20 09:00:00", {"--pain-before", "6", "--pain-after", "4"});
        session("2026-11-22 09:00:00", {"--events", "0:start,100:skip_exercise", "--pain-before", "5"});
        session("2026-11-23 09:00:00", {"--pain-before", "4", "--pain-after", "3"});
        session("2026-11-24 18:00:00", {"--events", "0:start,200:stop_for_pain", "--pain-before", "5", "--pain-after",
                                        "8", "--note", "Sharp pain in the left hip"});
    }
    test::ProcessResult report(std::vector<std::string> extra) {
        std::vector<std::string> args{"report", "--data-dir", (dir / "data").string(), "-o", pdf().string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return runMatside(args, privateEnv());
    }
    std::filesystem::path pdf() const { return dir / "report.pdf"; }
    std::filesystem::path dir;
};

TEST_F(Report, ShowsTheCountsTheDatesAndTheNote) {
    fourSessions();
    const auto r = report({"--until", "2026-11-26"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = squashed(test::pdfText(pdf()));
    EXPECT_NE(text.find("20 Nov 2026 to 26 Nov 2026"), std::string::npos) << text;
    EXPECT_NE(text.find("4 started, 3 completed, 1 stopped for pain"), std::string::npos) << text;
    EXPECT_NE(text.find("4 of 7 days"), std::string::npos) << text;
    EXPECT_NE(text.find("no schedule set"), std::string::npos) << text;
    // Hamstring stretch: 6 sets a session, 4 sessions; 4 skipped in one, 1 done before the stop.
    EXPECT_TRUE(std::regex_search(text, std::regex("Hamstring stretch 19 / 24 4 1 "))) << text;
    EXPECT_TRUE(std::regex_search(text, std::regex("Squat with ball 9 / 12 0 0 "))) << text;
    EXPECT_NE(text.find("Tue 24 Nov 18:00, during Hamstring stretch"), std::string::npos) << text;
    EXPECT_NE(text.find("Sharp pain in the left hip"), std::string::npos) << text;
    // 16:20 + 14:30 + 16:20 + 2:30 of work = 49:40.
    EXPECT_NE(text.find("50 min"), std::string::npos) << text;
    EXPECT_EQ(test::pdfPages(pdf()), 1);
}

// With a weekly plan set on Monday 16 Nov (Mon and Wed at 08:00 and 18:00), on Wednesday
// 25 Nov at noon: 7 slots have come due (that evening has not); 3 have a session that counts
// (a second session near the same slot is extra, a Tuesday session is unplanned).
TEST_F(Report, WithAWeeklyPlanSaysPlannedAndAdherence) {
    const auto set =
        at("2026-11-16 07:00:00", {"schedule", "set", "si_joint", "--days", "mon,wed", "--times", "08:00,18:00"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    session("2026-11-13 08:00:00", {}); // before the plan: not counted
    session("2026-11-16 08:05:00", {});
    session("2026-11-18 18:10:00", {});
    session("2026-11-23 07:55:00", {});
    session("2026-11-23 09:00:00", {});
    session("2026-11-24 08:00:00", {});
    std::vector<std::string> args{"report", "--data-dir", (dir / "data").string(), "-o", pdf().string()};
    for (const std::vector<std::string>& extra :
         {std::vector<std::string>{}, std::vector<std::string>{"--routine", "si_joint"}}) {
        std::vector<std::string> all = args;
        all.insert(all.end(), extra.begin(), extra.end());
        const auto r = at("2026-11-25 12:00:00", all);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string text = squashed(test::pdfText(pdf()));
        EXPECT_NE(text.find("13 Nov 2026 to 25 Nov 2026"), std::string::npos) << text;
        EXPECT_NE(text.find("3 of 7 planned sessions done; adherence 43 %"), std::string::npos) << text;
    }
    // The last 7 days agree with `matside history --json`: Mon 23 twice and Wed 25 morning.
    std::vector<std::string> week = args;
    week.insert(week.end(), {"--since", "2026-11-19"});
    ASSERT_EQ(at("2026-11-25 12:00:00", week).exitCode, 0);
    EXPECT_NE(squashed(test::pdfText(pdf())).find("1 of 3 planned sessions done; adherence 33 %"), std::string::npos);
    const auto history = at("2026-11-25 12:00:00", {"history", "--json", "--data-dir", (dir / "data").string()});
    ASSERT_EQ(history.exitCode, 0) << history.err;
    EXPECT_NE(history.out.find("1 of 3 planned sessions"), std::string::npos) << history.out;
}

TEST_F(Report, DatesAndTimesAreThePersonsLocalOnes) {
    session("2026-11-24 03:00:00", {"--pain-before", "2"}); // 22:00 the day before in New York
    const auto r =
        runMatside({"report", "--data-dir", (dir / "data").string(), "-o", pdf().string(), "--until", "2026-11-24"},
                   {{"TZ", "America/New_York"}});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = squashed(test::pdfText(pdf()));
    EXPECT_NE(text.find("23 Nov 2026 to 24 Nov 2026"), std::string::npos) << text;
    EXPECT_NE(text.find("1 of 2 days"), std::string::npos) << text;
}

TEST_F(Report, ThePeriodLeavesOutSessionsOutsideIt) {
    fourSessions();
    ASSERT_EQ(report({"--since", "2026-11-23", "--until", "2026-11-23"}).exitCode, 0);
    const std::string text = squashed(test::pdfText(pdf()));
    EXPECT_NE(text.find("23 Nov 2026 to 23 Nov 2026"), std::string::npos) << text;
    EXPECT_NE(text.find("1 started, 1 completed, 0 stopped for pain"), std::string::npos) << text;
    EXPECT_EQ(text.find("Sharp pain"), std::string::npos) << text;
}

TEST_F(Report, AnEmptyHistorySaysSo) {
    const auto r = report({"--since", "2026-11-01", "--until", "2026-11-30"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = squashed(test::pdfText(pdf()));
    EXPECT_NE(text.find("No sessions were recorded in this period (1 Nov 2026 to 30 Nov 2026)"), std::string::npos)
        << text;
}

TEST_F(Report, BadDatesAreUsageErrors) {
    for (const std::string bad : {"2026-13-01", "yesterday", "2026-02-30"}) {
        const auto r = report({"--since", bad});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_NE(r.err.find("expected a date as YYYY-MM-DD"), std::string::npos) << r.err;
    }
    EXPECT_EQ(report({"--since", "2026-11-05", "--until", "2026-11-01"}).exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(pdf()));
}

// The chart through the library: its plot area holds both coloured series, and a missing
// rating is a gap in its line, not a drop to zero.
TEST_F(Report, TheChartIsDrawnInItsArea) {
    using namespace std::chrono;
    documents::ReportData data;
    data.since = sys_days(year(2026) / 11 / 1);
    data.until = sys_days(year(2026) / 11 / 10);
    data.sessions = 4;
    data.routineTitle = "Test routine";
    for (int d : {1, 3, 5, 8}) {
        const auto at = sys_seconds(data.since + days(d - 1)) + hours(9);
        data.pain.push_back({at, 7 - d / 2, d == 5 ? std::optional<int>() : std::optional<int>(3)});
    }
    const auto result = documents::writeReport(data, documents::Paper::A4, pdf());
    ASSERT_FALSE(result.error) << *result.error;
    ASSERT_GE(result.chartPage, 0);
    const test::Raster page = test::renderPage(pdf(), result.chartPage + 1, 72);
    const auto& a = result.chart;
    EXPECT_GT(page.colourShare(int(a.x), int(a.y), int(a.x + a.width), int(a.y + a.height)), 0.002);
    // No "after" mark at a zero on the day without a rating: the bottom band there stays clear
    // of orange. (The 'after' series sits at 3; zero would be the axis line.)
    const double dayW = a.width / 10;
    const int x5 = int(a.x + dayW * 4.375);
    EXPECT_LT(page.colourShare(x5 - 4, int(a.y + a.height) - 8, x5 + 4, int(a.y + a.height) - 1), 0.01);
    EXPECT_EQ(documents::seriesRuns({1, 2, std::nullopt, 3}).size(), 2u);
}

TEST_F(Report, ACorruptHistoryIsOneLineAndNoPdf) {
    std::filesystem::create_directories(dir / "data");
    std::ofstream(dir / "data" / "history.sqlite3") << "this is not a database, just words and more words";
    const auto r = report({});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("history.sqlite3"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(pdf()));
}

} // namespace
