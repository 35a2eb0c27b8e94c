// The Help overlay and the quit question in the real player under xvfb-run, driven by --keys:
// H covers the screen with the key table and Esc takes it away; Q during a session only asks
// (the session runs on), Q twice quits with exit 0 long before --exit-after.
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;

struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> rgb;
};

Image readImage(const fs::path& file) {
    Image img;
    int n = 0;
    if (unsigned char* data = stbi_load(file.c_str(), &img.w, &img.h, &n, 3)) {
        img.rgb.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 3);
        stbi_image_free(data);
    }
    return img;
}

// Share of pixels in the centre half of the picture that differ by more than a little.
double changedShare(const Image& a, const Image& b) {
    if (a.w != b.w || a.h != b.h || a.rgb.empty()) return -1;
    int changed = 0, total = 0;
    for (int y = a.h / 4; y < a.h * 3 / 4; ++y)
        for (int x = a.w / 4; x < a.w * 3 / 4; ++x, ++total) {
            const std::size_t i = (static_cast<std::size_t>(y) * a.w + x) * 3;
            int d = 0;
            for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(int(a.rgb[i + c]) - int(b.rgb[i + c])));
            changed += d > 10;
        }
    return double(changed) / total;
}

// The session summary's elapsed seconds from an --log-events file, if it ended.
std::optional<double> summaryElapsed(const fs::path& log) {
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded() && j.value("event", "") == "summary") return j.value("elapsed_seconds", -1.0);
    }
    return std::nullopt;
}

class OverlayWindow : public ::testing::Test {
protected:
    fs::path dir;
    void SetUp() override {
        dir = fs::temp_directory_path() / ("matside-overlay-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    test::ProcessResult play(std::vector<std::string> args) {
        std::vector<std::string> argv{XVFB_RUN, "-a", "-s", "-screen 0 1920x1080x24", MATSIDE_BINARY, "play", "--size",
                                      "800x600"};
        argv.insert(argv.end(), args.begin(), args.end());
        return test::runProcess(argv,
                                {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                 {"XDG_DATA_HOME", (dir / "data").string()},
                                 {"MATSIDE_NO_INTRO", "1"}},
                                60);
    }

    Image shot(const std::string& keys) {
        const fs::path file = dir / "shot.png";
        fs::remove(file);
        std::vector<std::string> args{"--exit-after", "1.2", "--screenshot", file.string()};
        if (!keys.empty()) args.insert(args.end(), {"--keys", keys});
        const auto r = play(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return readImage(file);
    }
};

TEST_F(OverlayWindow, HOpensTheHelpOverTheReadyScreenAndEscClosesIt) {
    const Image ready = shot("");
    const Image help = shot("0.3:h");
    const Image closed = shot("0.3:h,0.7:esc");
    ASSERT_FALSE(ready.rgb.empty());
    EXPECT_GT(changedShare(ready, help), 0.25) << "the key table covers the middle of the screen";
    EXPECT_LT(changedShare(ready, closed), 0.01) << "Esc leaves the ready screen as it was";
}

TEST_F(OverlayWindow, QDuringASessionOnlyAsksAndTheSessionRunsOn) {
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--events", "0:start", "--keys", "0.5:q", "--exit-after", "2.5", "--log-events", log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto elapsed = summaryElapsed(log);
    ASSERT_TRUE(elapsed) << "the summary line";
    EXPECT_GE(*elapsed, 2.3) << "one Q asks; the player ran on to --exit-after";
}

TEST_F(OverlayWindow, QTwiceQuitsWithExitZeroBeforeExitAfter) {
    const fs::path log = dir / "events.jsonl";
    const auto r = play({"--events", "0:start", "--keys", "0.5:q,0.8:q", "--exit-after", "6", "--log-events", log.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto elapsed = summaryElapsed(log);
    ASSERT_TRUE(elapsed) << "the summary line";
    EXPECT_LT(*elapsed, 2.0) << "the second Q quits at once";
    EXPECT_GE(*elapsed, 0.7);
}

} // namespace
} // namespace matside
