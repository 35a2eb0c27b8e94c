// The schedule in the real player under xvfb-run: a plan set through Plan my week (W) lands in
// settings.json, the ready screen's line and pixels follow the plan, and the first finished
// session is followed by one offer whose suggestion Enter saves.
#include "support/player_run.h"
#include "support/screenshot.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace matside {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class ScheduleWindow : public test::PlayerTestDir {
protected:
    std::map<std::string, std::string> env() const {
        return {{"XDG_CONFIG_HOME", (dir / "config").string()}, {"MATSIDE_NO_INTRO", "1"}, {"TZ", "UTC"}};
    }
    test::ProcessResult play(std::vector<std::string> args) {
        args.insert(args.begin(), {"--data-dir", (dir / "data").string(), "--size", "1280x800"});
        return test::playUnderXvfb(args, env(), 60, "1280x800x24");
    }
    void schedule(const std::vector<std::string>& args) {
        std::vector<std::string> all = {"schedule", "set"};
        all.insert(all.end(), args.begin(), args.end());
        const auto r = test::runMatside(all, env());
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    json settings() const {
        std::ifstream in(dir / "config" / "matside" / "settings.json");
        return json::parse(in);
    }
};

TEST_F(ScheduleWindow, PlanMyWeekSetsDaysAndTimesInTheSettingsFile) {
    schedule({"--days", "daily", "--times", "08:00"});
    // W opens on the stored plan; 3 and 5 turn Wednesday and Friday off; + + makes it 08:30;
    // 8 adds a time (11:30), Space goes back to the first... and Enter saves.
    const auto r = play({"--keys", "0.3:w,0.5:3,0.6:5,0.7:+,0.8:+,0.9:8,1.1:enter", "--exit-after", "1.6"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("matside: schedule: saved mon,tue,thu,sat,sun at 08:30,11:30"), std::string::npos) << r.err;
    const json plan = settings()["schedule"]["si_joint"];
    EXPECT_EQ(plan["days"], json({"mon", "tue", "thu", "sat", "sun"}));
    EXPECT_EQ(plan["times"], json({"08:30", "11:30"}));
    EXPECT_EQ(settings()["schedule_offered"], true);
}

TEST_F(ScheduleWindow, EscapeLeavesThePlanAsItWas) {
    schedule({"--days", "mon", "--times", "07:00"});
    const auto r = play({"--keys", "0.3:w,0.5:2,0.6:+,0.8:esc", "--exit-after", "1.3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(settings()["schedule"]["si_joint"]["days"], json({"mon"}));
    EXPECT_EQ(settings()["schedule"]["si_joint"]["times"], json({"07:00"}));
}

TEST_F(ScheduleWindow, TheReadyScreenSaysWhereTodayStands) {
    const fs::path none = dir / "none.png", planned = dir / "planned.png";
    auto r = play({"--exit-after", "1.0", "--screenshot", none.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("matside: schedule:"), std::string::npos) << "nothing planned, nothing said: " << r.err;
    // Another routine planned: this one is still not planned today.
    schedule({"si_joint_strength", "--days", "daily", "--times", "07:00"});
    r = play({"--exit-after", "1.0", "--screenshot", none.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("matside: schedule: Not planned today\n"), std::string::npos) << r.err;
    // 00:00 UTC has always passed today (TZ=UTC): nothing is next, nothing is done.
    schedule({"--days", "daily", "--times", "00:00"});
    r = play({"--exit-after", "1.0", "--screenshot", planned.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("matside: schedule: Today: 0 of 1 done\n"), std::string::npos) << r.err;
    // Both draw the line in the accent colour under the equipment, with different words.
    const test::Screenshot a = test::readScreenshot(none), b = test::readScreenshot(planned);
    ASSERT_EQ(a.w, 1280);
    ASSERT_EQ(b.w, 1280);
    const ui::Rgb accent = ui::paletteFor(ui::Phase::Neutral).accent;
    EXPECT_GT(a.countIn(accent, 0.0f, 0.5f, 0.26f, 0.34f, 40), 500);
    EXPECT_GT(b.countIn(accent, 0.0f, 0.5f, 0.26f, 0.34f, 40), 500);
    int differ = 0, elsewhere = 0;
    for (int y = 0; y < a.h; ++y)
        for (int x = 0; x < a.w / 2; ++x) {
            const bool inRow = y >= a.h * 26 / 100 && y < a.h * 34 / 100;
            if (!test::near(a.at(x, y), b.at(x, y), 40)) ++(inRow ? differ : elsewhere);
        }
    EXPECT_GT(differ, 500) << "the today row looks the same with and without a plan";
    EXPECT_EQ(elsewhere, 0) << "only the today row may change";
}

TEST_F(ScheduleWindow, TheFirstFinishedSessionOffersAPlanOnce) {
    // One 1-second hold, no get-ready: the session is done about a second after Start.
    const fs::path routine = dir / "short.json";
    std::ofstream(routine) << R"({"format": 1, "id": "short", "title": "Short routine",
      "defaults": {"prepare_seconds": 0},
      "exercises": [{"id": "hold", "name": "Hold", "hold_seconds": 1,
        "illustrations": {"start": "illustrations/side_plank_start.png", "end": "illustrations/side_plank_end.png"}}]})";
    const auto r = play({routine.string(), "--events", "0.3:start", "--keys", "2.6:enter", "--exit-after", "3.2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("matside: schedule: offered daily at "), std::string::npos) << r.err;
    const json plan = settings()["schedule"]["short"];
    EXPECT_EQ(plan["days"], "daily");
    ASSERT_EQ(plan["times"].size(), 1u);
    EXPECT_EQ(settings()["schedule_offered"], true);
    // A second session asks nothing.
    const auto again = play({routine.string(), "--events", "0.3:start", "--exit-after", "2.6"});
    EXPECT_EQ(again.err.find("offered"), std::string::npos) << again.err;
}

} // namespace
} // namespace matside
