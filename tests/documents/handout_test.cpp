// `matside handout` read back with poppler-utils: every name, dose, red flag and the
// disclaimer as real text; every pose an embedded image where the layout put it; fonts
// embedded; A4 and Letter; each exercise whole on one page; page numbers; the tick log.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dose_text.h"
#include "core/paths.h"
#include "core/routine_json.h"
#include "documents/handout.h"
#include "documents/pdf_tools.h"
#include "documents/tick_log.h"
#include "support/run_process.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <map>
#include <regex>

using namespace matside;
using matside::test::runMatside;

namespace {

const std::string kRoutine = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json";

class Handout : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (std::filesystem::temp_directory_path() / "matside-handout-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        dir = pattern;
        LoadResult loaded = loadRoutineFile(kRoutine, {assetsDir()});
        ASSERT_TRUE(loaded.ok());
        routine = std::move(*loaded.routine);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    std::filesystem::path make(const std::vector<std::string>& extra = {}) {
        const auto pdf = dir / "handout.pdf";
        std::vector<std::string> args{"handout", kRoutine, "-o", pdf.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = runMatside(args, env());
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_NE(r.out.find("wrote " + pdf.string()), std::string::npos) << r.out;
        return pdf;
    }
    // A private config folder: the person's own weekly plans must not change the sheet.
    std::map<std::string, std::string> env() const {
        return {{"LC_ALL", ""},
                {"LANG", ""},
                {"LC_PAPER", ""},
                {"TZ", "UTC"},
                {"XDG_CONFIG_HOME", (dir / "config").string()}};
    }
    std::filesystem::path dir;
    Routine routine;
};

// pdftotext breaks lines where the layout wrapped them: compare with all whitespace as one space.
std::string squashed(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

std::string pageText(const std::vector<test::Word>& words, int page) {
    std::string out;
    for (const auto& w : words)
        if (w.page == page) out += w.text + " ";
    return out;
}

TEST_F(Handout, HoldsEveryNameDosePhraseRedFlagAndTheDisclaimer) {
    const std::string text = squashed(test::pdfText(make()));
    EXPECT_NE(text.find(routine.title), std::string::npos);
    EXPECT_NE(text.find(formatDuration(expandPlan(routine).totalSeconds()) + " in total"), std::string::npos) << text;
    for (const Exercise& e : routine.exercises) {
        EXPECT_NE(text.find(e.name), std::string::npos) << e.name;
        EXPECT_NE(text.find(exerciseDoseText(e)), std::string::npos) << exerciseDoseText(e);
        for (const auto& point : e.keyPoints) EXPECT_NE(text.find(squashed(point)), std::string::npos) << point;
    }
    ASSERT_FALSE(routine.redFlags.empty());
    for (const auto& flag : routine.redFlags) EXPECT_NE(text.find(squashed(flag)), std::string::npos) << flag;
    EXPECT_NE(text.find(squashed(routine.disclaimer)), std::string::npos) << routine.disclaimer;
    EXPECT_NE(text.find("See a doctor if"), std::string::npos);
}

TEST_F(Handout, RedFlagsAndDisclaimerAreOnTheFirstPage) {
    const auto words = test::pdfWords(make());
    const std::string first = squashed(pageText(words, 0));
    for (const auto& flag : routine.redFlags) EXPECT_NE(first.find(squashed(flag)), std::string::npos) << flag;
    EXPECT_NE(first.find(squashed(routine.disclaimer)), std::string::npos);
    EXPECT_NE(first.find("You need:"), std::string::npos);
}

TEST_F(Handout, EveryExerciseIsWholeOnOnePage) {
    const auto pdf = make();
    const auto words = test::pdfWords(pdf);
    const int pages = test::pdfPages(pdf);
    for (const Exercise& e : routine.exercises) {
        int holding = 0;
        for (int p = 0; p < pages; ++p) {
            const std::string t = squashed(pageText(words, p));
            bool all = t.find(e.name) != std::string::npos && t.find(exerciseDoseText(e)) != std::string::npos;
            for (const auto& point : e.keyPoints) all = all && t.find(squashed(point)) != std::string::npos;
            holding += all;
        }
        EXPECT_EQ(holding, 1) << e.name << ": name, dose and every key point must share one page";
    }
}

TEST_F(Handout, EveryPageHasItsNumberAndTheRoutineName) {
    const auto pdf = make();
    const auto words = test::pdfWords(pdf);
    const int pages = test::pdfPages(pdf);
    ASSERT_GE(pages, 3);
    for (int p = 0; p < pages; ++p) {
        const std::string t = pageText(words, p);
        EXPECT_NE(t.find("Page " + std::to_string(p + 1) + " of " + std::to_string(pages)), std::string::npos) << t;
        EXPECT_NE(t.find(routine.title), std::string::npos) << "page " << p + 1;
    }
}

TEST_F(Handout, BodyTextIsAtLeastTenPoints) {
    const auto words = test::pdfWords(make());
    ASSERT_GT(words.size(), 200u);
    // A word's box spans the font's ascent and descent: about 1.16 times its size for DejaVu.
    for (const auto& w : words) EXPECT_GE(w.yMax - w.yMin, 10.0 * 1.1) << "'" << w.text << "' on page " << w.page + 1;
}

TEST_F(Handout, EveryPoseIsAnEmbeddedImage) {
    const std::string list = test::poppler({"pdfimages", "-list", make().string()});
    int images = 0;
    std::istringstream in(list);
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, std::regex("^\\s*\\d+\\s+\\d+\\s+image\\s"))) ++images;
    EXPECT_GE(images, static_cast<int>(routine.exercises.size() * 2)) << list;
}

TEST_F(Handout, EveryFontIsEmbedded) {
    const std::string fonts = test::poppler({"pdffonts", make().string()});
    std::istringstream in(fonts);
    std::string line;
    std::getline(in, line);
    std::getline(in, line); // header and rule
    int count = 0;
    while (std::getline(in, line)) {
        ++count;
        EXPECT_TRUE(std::regex_search(line, std::regex("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")))
            << line;
    }
    EXPECT_GE(count, 1) << fonts;
}

TEST_F(Handout, PaperIsA4OrLetterFromTheFlagElseTheLocale) {
    EXPECT_NE(test::pdfInfo(make({"--paper", "a4"})).find("595.276 x 841.89 pts (A4)"), std::string::npos);
    EXPECT_NE(test::pdfInfo(make({"--paper", "letter"})).find("612 x 792 pts (letter)"), std::string::npos);
    const auto pdf = dir / "l.pdf";
    auto run = [&](const std::string& lcPaper) {
        const auto r = runMatside({"handout", kRoutine, "-o", pdf.string()},
                                  {{"LC_ALL", ""}, {"LANG", "de_DE.UTF-8"}, {"LC_PAPER", lcPaper}});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return test::pdfInfo(pdf);
    };
    EXPECT_NE(run("en_US.UTF-8").find("612 x 792"), std::string::npos);
    EXPECT_NE(run("de_DE.UTF-8").find("595.276 x 841.89"), std::string::npos);
    EXPECT_NE(run("").find("595.276 x 841.89"), std::string::npos); // LANG de_DE: A4
    const auto bad = runMatside({"handout", kRoutine, "-o", pdf.string(), "--paper", "a5"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("expected a4 or letter"), std::string::npos) << bad.err;
}

TEST_F(Handout, TheTickLogHasARowPerDayForTheWeeksAsked) {
    const auto pdf = make({"--weeks", "3"});
    const auto words = test::pdfWords(pdf);
    const int pages = test::pdfPages(pdf);
    int tenths = 0, logPage = -1;
    for (const auto& w : words) {
        tenths += w.text == "/10";
        if (w.text == "Tick" && logPage < 0) logPage = w.page;
    }
    EXPECT_EQ(tenths, 3 * 7 * 2); // pain before and after on each of 21 days
    EXPECT_GE(logPage, 1);
    EXPECT_LE(logPage, pages - 1);
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::string text = squashed(test::pdfText(pdf));
    EXPECT_NE(text.find(documents::dayText(today + std::chrono::days(20))), std::string::npos);
    EXPECT_NE(text.find("Week 3"), std::string::npos);
    EXPECT_EQ(runMatside({"handout", kRoutine, "-o", pdf.string(), "--weeks", "0"}).exitCode, 2);
}

// Where a second box would be on each Monday row of the tick log: its share of dark ink.
std::vector<double> mondaySecondBoxInk(const std::filesystem::path& pdf) {
    const auto words = test::pdfWords(pdf);
    int logPage = -1;
    double done = -1;
    for (const auto& w : words) {
        if (w.text == "Tick" && logPage < 0) logPage = w.page;
        if (w.page == logPage && w.text == "Done" && done < 0) done = w.xMin;
    }
    std::vector<double> ink;
    if (logPage < 0 || done < 0) return ink;
    const test::Raster page = test::renderPage(pdf, logPage + 1, 72); // 1 pixel a point
    for (const auto& w : words)
        if (w.page == logPage && w.text == "Mon") // boxes are 14 points, 22 apart
            ink.push_back(page.inkShare(int(done) + 21, int(w.yMin) - 2, int(done) + 38, int(w.yMin) + 14));
    return ink;
}

// With a weekly plan (Mondays and Wednesdays, twice), two weeks hold 4 planned days with two
// boxes each and 10 rest days that say so; without one, one box a day and no rest day.
TEST_F(Handout, TheTickLogFollowsTheRoutinesWeeklyPlan) {
    const auto plain = make();
    int rest = 0;
    for (const auto& w : test::pdfWords(plain)) rest += w.text == "rest";
    EXPECT_EQ(rest, 0);
    const auto plainInk = mondaySecondBoxInk(plain);
    ASSERT_FALSE(plainInk.empty());
    for (double ink : plainInk) EXPECT_LT(ink, 0.02) << "one box a day without a plan";

    const auto set = runMatside({"schedule", "set", "si_joint", "--days", "mon,wed", "--times", "08:00,18:00"}, env());
    ASSERT_EQ(set.exitCode, 0) << set.err;
    const auto planned = make();
    // Every "rest day" is on the row of a day that is not planned.
    const auto words = test::pdfWords(planned);
    rest = 0;
    for (const auto& w : words) {
        if (w.text != "rest") continue;
        ++rest;
        for (const auto& day : words) {
            if (day.page == w.page && std::abs(day.yMin - w.yMin) < 4 && day.xMin < w.xMin) {
                EXPECT_TRUE(day.text != "Mon" && day.text != "Wed") << day.text << " is planned";
            }
        }
    }
    EXPECT_EQ(rest, 10);
    const auto plannedInk = mondaySecondBoxInk(planned);
    ASSERT_FALSE(plannedInk.empty());
    for (double ink : plannedInk) EXPECT_GT(ink, 0.1) << "two boxes on a planned Monday";
}

// The library's own placements, checked against the rendered page's pixels.
TEST_F(Handout, EachPictureIsDrawnWhereTheLayoutPutsIt) {
    const Plan plan = expandPlan(routine);
    documents::HandoutOptions options;
    options.firstDay = std::chrono::sys_days(std::chrono::year(2026) / 11 / 30);
    options.assetDirs = {assetsDir()};
    const auto pdf = dir / "placed.pdf";
    const auto result = documents::writeHandout(plan, options, pdf);
    ASSERT_FALSE(result.error) << *result.error;
    ASSERT_EQ(result.pictures.size(), routine.exercises.size() * 2);
    for (std::size_t i = 0; i < result.pictures.size(); i += 2) {
        const auto& start = result.pictures[i];
        const auto& end = result.pictures[i + 1];
        EXPECT_FALSE(start.endPose);
        EXPECT_TRUE(end.endPose);
        EXPECT_GE(start.width, 5 / 2.54 * 72) << "at least 5 cm wide";
        EXPECT_EQ(start.page, end.page);
        EXPECT_DOUBLE_EQ(start.y, end.y) << "side by side";
        EXPECT_GE(end.x, start.x + start.width);
    }
    // Exercise 2's poses, rendered at 72 dpi (one pixel a point): line art in each picture's
    // box (dark outlines and the coloured limb), white paper beside the end pose.
    for (std::size_t k : {std::size_t{2}, std::size_t{3}}) {
        const auto& p = result.pictures[k];
        const test::Raster page = test::renderPage(pdf, p.page + 1, 72);
        const int x0 = static_cast<int>(p.x) + 3, y0 = static_cast<int>(p.y) + 3;
        const int x1 = static_cast<int>(p.x + p.width) - 3, y1 = static_cast<int>(p.y + p.height) - 3;
        EXPECT_GT(page.inkShare(x0, y0, x1, y1), 0.03) << "pose " << k;
        EXPECT_GT(page.colourShare(x0, y0, x1, y1), 0.005) << "pose " << k;
        if (p.endPose) {
            EXPECT_LT(page.inkShare(x1 + 10, y0, page.width - 50, y1), 0.001) << "blank right of the pictures";
        }
    }
}

TEST_F(Handout, TheDefaultRoutineIsSmallAndQuick) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto pdf = make();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(std::filesystem::file_size(pdf), 3u * 1024 * 1024);
    EXPECT_LT(seconds, 3.0) << "the target is 1 s on a quiet machine (bench/documents); 3 s under a loaded test run";
}

} // namespace
