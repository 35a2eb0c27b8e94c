// The weekly plans in settings.json: round trip, a hostile "schedule" dropped entry by entry
// with its place named, and the defaults (nothing planned, no quiet hours, not yet offered).
#include "history/settings.h"
#include "temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace matside;
using matside::test::TempDir;

namespace {

WeeklyPlan plan(const char* days, const char* times) { return parsePlan(days, times).plan.value(); }

} // namespace

TEST(ScheduleSettings, DefaultsPlanNothing) {
    const Settings s;
    EXPECT_TRUE(s.schedule.empty());
    EXPECT_FALSE(s.quietHours);
    EXPECT_FALSE(s.scheduleOffered);
}

TEST(ScheduleSettings, PlansQuietHoursAndTheOfferRoundTrip) {
    TempDir dir;
    Settings s;
    s.schedule["si_joint"] = plan("mon,wed,fri", "08:00,18:30");
    s.schedule["si_joint"].from = std::chrono::sys_days{std::chrono::year{2026} / 11 / 30};
    s.schedule["si_joint_stretches"] = plan("daily", "12:00");
    s.quietHours = QuietHours{22 * 60, 7 * 60};
    s.scheduleOffered = true;
    ASSERT_EQ(saveSettings(s, dir / "settings.json"), "");
    // The file says it in the documented form.
    const auto written = nlohmann::json::parse(test::readBytes(dir / "settings.json"));
    EXPECT_EQ(written["schedule"]["si_joint"].dump(), R"({"days":["mon","wed","fri"],"from":"2026-11-30","times":["08:00","18:30"]})");
    EXPECT_EQ(written["schedule"]["si_joint_stretches"]["days"], "daily");
    EXPECT_EQ(written["quiet_hours"].dump(), R"({"end":"07:00","start":"22:00"})");
    const LoadedSettings loaded = loadSettings(dir / "settings.json");
    EXPECT_EQ(loaded.notice, "");
    EXPECT_EQ(loaded.settings.schedule, s.schedule);
    EXPECT_EQ(loaded.settings.quietHours, s.quietHours);
    EXPECT_TRUE(loaded.settings.scheduleOffered);
}

TEST(ScheduleSettings, AHostilePlanIsDroppedAndNamedTheOthersKept) {
    TempDir dir;
    test::writeBytes(dir / "settings.json", R"({
      "mute": true,
      "schedule": {
        "good": {"days": ["tue"], "times": ["07:30"]},
        "bad_day": {"days": ["mon", "funday"], "times": ["08:00"]},
        "bad_time": {"days": "daily", "times": ["08:00", "8 pm"]},
        "too_many": {"days": "daily", "times": ["01:00","02:00","03:00","04:00","05:00","06:00","07:00"]},
        "not_object": 3,
        "bad_from": {"days": "daily", "times": ["08:00"], "from": "2026-02-30"}
      },
      "quiet_hours": {"start": "late", "end": "07:00"},
      "schedule_offered": "yes"
    })");
    const LoadedSettings loaded = loadSettings(dir / "settings.json");
    const Settings& s = loaded.settings;
    EXPECT_TRUE(s.mute);
    ASSERT_EQ(s.schedule.size(), 1u);
    EXPECT_EQ(formatTimes(s.schedule.at("good")), "07:30");
    EXPECT_FALSE(s.quietHours);
    EXPECT_FALSE(s.scheduleOffered);
    for (const char* part :
         {"schedule.bad_day/days/1", "\"funday\"", "schedule.bad_time/times/1", "\"8 pm\"", "schedule.too_many/times",
          "found 7 times", "schedule.not_object", "schedule.bad_from/from", "quiet_hours", "schedule_offered"})
        EXPECT_NE(loaded.notice.find(part), std::string::npos) << part << " in: " << loaded.notice;
    EXPECT_EQ(loaded.notice.find('\n'), std::string::npos); // one line
    EXPECT_FALSE(std::filesystem::exists(dir / "settings.json.bad"));
}

TEST(ScheduleSettings, AScheduleThatIsNotAnObjectKeepsTheRest) {
    TempDir dir;
    test::writeBytes(dir / "settings.json", R"({"schedule": ["daily"], "voice": false, "quiet_hours": null})");
    const LoadedSettings loaded = loadSettings(dir / "settings.json");
    EXPECT_TRUE(loaded.settings.schedule.empty());
    EXPECT_FALSE(loaded.settings.voice);
    EXPECT_FALSE(loaded.settings.quietHours);
    EXPECT_NE(loaded.notice.find("schedule"), std::string::npos);
    EXPECT_EQ(loaded.notice.find("quiet_hours"), std::string::npos); // null is "none", not bad
}
