// The screen stays awake on real desktops (issue 12): the real player on a private session
// bus (dbus-run-session) where a stand-in org.freedesktop.ScreenSaver records every call.
// Inhibit must arrive at start and resume, UnInhibit at pause and done, from the player's pid.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/player_run.h"
#include "support/text_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace matside {
namespace {

namespace fs = std::filesystem;

struct BusCall {
    double at = 0; // seconds after the player was launched
    std::string method, pid, cookie, reason;
};

std::string field(const std::string& line, const std::string& key) {
    const auto at = line.find(" " + key + "=");
    if (at == std::string::npos) return {};
    const auto start = at + key.size() + 2;
    const auto end = key == "reason" ? std::string::npos : line.find(' ', start);
    return line.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::vector<BusCall> readCalls(const fs::path& log, long long launchMs) {
    std::vector<BusCall> calls;
    std::istringstream in(test::readText(log));
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        long long ms = 0;
        BusCall c;
        words >> ms >> c.method;
        c.at = double(ms - launchMs) / 1000.0;
        c.pid = field(line, "pid");
        c.cookie = field(line, "cookie");
        c.reason = field(line, "reason");
        calls.push_back(c);
    }
    return calls;
}

class ScreenInhibit : public test::PlayerTestDir {
protected:
    // Runs the player under a private bus with the stand-in service; `events` is its script.
    test::ProcessResult run(const std::string& events, double exitAfter, bool withService = true) {
        const std::string d = dir.string();
        std::string script;
        if (withService) {
            script += std::string(FAKE_SCREENSAVER) + " " + d + "/calls.log " + d + "/ready & ";
            script += "i=0; while [ ! -e " + d + "/ready ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; ";
        }
        script += "date +%s%3N > " + d + "/launch; ";
        script += std::string(MATSIDE_BINARY) + " play --size 640x480 --events '" + events + "' --exit-after " +
                  std::to_string(exitAfter) + " --log-events " + d +
                  "/events.jsonl " MATSIDE_TEST_DATA_DIR "/minimal.json & echo $! > " + d + "/pid; wait $!";
        std::vector<std::string> argv{DBUS_RUN_SESSION, "--"};
        const auto x = test::underXvfb(script, "800x600x24");
        argv.insert(argv.end(), x.begin(), x.end());
        return test::runProcess(argv,
                                {{"XDG_CONFIG_HOME", d + "/config"},
                                 {"XDG_DATA_HOME", d + "/data"},
                                 {"MATSIDE_NO_INTRO", "1"},
                                 {"ALSOFT_DRIVERS", "null"}},
                                90);
    }
    long long launchMs() { return std::stoll(test::readText(dir / "launch")); }
    std::string playerPid() {
        std::string p = test::readText(dir / "pid");
        return p.substr(0, p.find('\n'));
    }
    // When the event log says the session entered `state` (the n-th time), in seconds.
    double stateAt(const std::string& state, int n = 1) {
        for (const auto& line : test::jsonLines(test::readText(dir / "events.jsonl")))
            if (line["event"] == "state" && line["state"] == state && --n == 0) return line["t"].get<double>();
        ADD_FAILURE() << "no state " << state << " in\n" << test::readText(dir / "events.jsonl");
        return -1;
    }
};

TEST_F(ScreenInhibit, HeldWhileStepsRunReleasedOnPauseAndDone) {
    // minimal.json: get-ready, then side plank reps; `next` walks it to its end.
    const auto r = run("1:start,3:pause,5:resume,7:next,7.3:next,7.6:next,7.9:next,8.2:next,8.5:next", 11);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("screen saver"), std::string::npos) << "the service was there: " << r.err;
    const auto calls = readCalls(dir / "calls.log", launchMs());
    ASSERT_EQ(calls.size(), 4u) << test::readText(dir / "calls.log");
    const char* expected[] = {"Inhibit", "UnInhibit", "Inhibit", "UnInhibit"};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(calls[i].method, expected[i]) << i;
        EXPECT_EQ(calls[i].pid, playerPid()) << "call " << i << " came from another process";
    }
    EXPECT_EQ(calls[0].reason, "An exercise session is running");
    EXPECT_EQ(calls[1].cookie, calls[0].cookie) << "UnInhibit must hand back the cookie Inhibit gave";
    EXPECT_EQ(calls[3].cookie, calls[2].cookie);
    EXPECT_NE(calls[2].cookie, calls[0].cookie) << "resume takes a new inhibit";

    // Each call follows its state change in the player's own event log by well under a second
    // (the launch stamp is taken just before exec, so the difference can only be larger).
    const double started = stateAt("prepare"), paused = stateAt("paused"), done = stateAt("done");
    const double lag0 = calls[0].at - started;
    EXPECT_GT(lag0, -0.05);
    EXPECT_LT(lag0, 1.0) << "Inhibit came " << lag0 << " s after the start";
    EXPECT_LT(calls[1].at - paused, 1.0);
    EXPECT_GT(calls[2].at, calls[1].at + 1.5) << "Inhibit again only on resume, 2 s after the pause";
    const double lagDone = calls[3].at - done;
    EXPECT_GT(lagDone, -0.05);
    EXPECT_LT(lagDone, 1.0) << "UnInhibit came " << lagDone << " s after done, not at it";
}

TEST_F(ScreenInhibit, QuitMidSessionReleasesIt) {
    const auto r = run("1:start", 3);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto calls = readCalls(dir / "calls.log", launchMs());
    ASSERT_EQ(calls.size(), 2u) << test::readText(dir / "calls.log");
    EXPECT_EQ(calls[0].method, "Inhibit");
    EXPECT_EQ(calls[1].method, "UnInhibit");
    EXPECT_EQ(calls[1].cookie, calls[0].cookie);
    EXPECT_GT(calls[1].at, 2.5) << "released at quit (3 s), not before";
}

TEST_F(ScreenInhibit, NoServiceOneLineAndTheSessionPlaysOn) {
    const auto r = run("0.5:start,1:next,1.3:next,1.6:next,1.9:next,2.2:next,2.5:next,3:restart,3.3:start", 4.5,
                       /*withService=*/false);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::size_t n = 0;
    for (std::size_t at = 0; (at = r.err.find("matside: screen saver:", at)) != std::string::npos; ++at) ++n;
    EXPECT_EQ(n, 1u) << "once, though the session inhibited twice:\n" << r.err;
    EXPECT_NE(r.err.find("org.freedesktop.ScreenSaver"), std::string::npos) << r.err;
    EXPECT_GT(stateAt("done"), 0);
}

} // namespace
} // namespace matside
