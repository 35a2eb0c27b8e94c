// `matside plan` and `matside simulate`, run as a user would: exit codes, output shape, errors.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using matside::test::runMatside;
using nlohmann::json;

namespace {

const std::string kRoutine = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json";

std::vector<json> jsonLines(const std::string& text) {
    std::vector<json> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(json::parse(line));
    return out;
}

} // namespace

TEST(CliPlan, JsonHasTheDocumentedShapeAndTotalIsTheSumOfSteps) {
    const auto r = runMatside({"plan", kRoutine, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["routine"], "SI joint: full programme");
    int sum = 0;
    for (const auto& step : j["steps"]) {
        for (const char* key : {"index", "kind", "exercise", "side", "set", "sets", "reps", "hold_seconds", "seconds"})
            EXPECT_TRUE(step.contains(key)) << key;
        sum += step["seconds"].get<int>();
    }
    EXPECT_EQ(j["total_seconds"], sum);
    EXPECT_EQ(j["total_seconds"], 1390);
    ASSERT_EQ(j["steps"].size(), 68u);
    EXPECT_EQ(j["steps"][0]["kind"], "prepare");
    EXPECT_EQ(j["steps"][0]["exercise"], "Hamstring stretch");
    EXPECT_EQ(j["steps"][1]["kind"], "work");
    EXPECT_EQ(j["steps"][1]["side"], "left");
    EXPECT_EQ(j["steps"][1]["set"], 1);
    EXPECT_EQ(j["steps"][1]["sets"], 3);
    EXPECT_EQ(j["steps"][1]["hold_seconds"], 30);
    EXPECT_TRUE(j["steps"][1]["reps"].is_null());
    const json& last = j["steps"].back();
    EXPECT_EQ(last["exercise"], "Squat with ball");
    EXPECT_TRUE(last["side"].is_null());
    EXPECT_EQ(last["reps"], 10);
}

TEST(CliPlan, TableShowsStepsAndTheTotalAsMinutesAndSeconds) {
    const auto r = runMatside({"plan", kRoutine});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Side plank"), std::string::npos);
    EXPECT_NE(r.out.find("5 reps of 5 s"), std::string::npos);
    EXPECT_NE(r.out.find("total 23:10"), std::string::npos) << r.out;
}

TEST(CliPlan, DefaultRoutineWhenNoFileIsGiven) {
    const auto r = runMatside({"plan", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["total_seconds"], 1390);
}

TEST(CliPlan, MissingFileIsAnErrorNamingTheFile) {
    const auto r = runMatside({"plan", "/nonexistent/routine.json"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.signal, 0);
    EXPECT_NE(r.err.find("/nonexistent/routine.json: error:"), std::string::npos) << r.err;
}

TEST(CliSimulate, WithoutEventsTheWholeSessionPlaysToItsPlannedEnd) {
    const auto r = runMatside({"simulate", kRoutine, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto lines = jsonLines(r.out);
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(lines.front(), json::parse(R"({"t":0,"event":"state","state":"ready","step":null})"));
    EXPECT_EQ(lines[1], json::parse(R"({"t":0,"event":"command","command":"start"})"));
    const json& summary = lines.back();
    EXPECT_EQ(summary["event"], "summary");
    EXPECT_EQ(summary["completed_steps"], 31);
    EXPECT_EQ(summary["skipped_steps"], 0);
    EXPECT_EQ(summary["elapsed_seconds"], 1390);
    int reps = 0, countdowns = 0;
    json lastState;
    for (const auto& l : lines) {
        reps += l["event"] == "rep";
        countdowns += l["event"] == "cue" && l["cue"] == "countdown";
        if (l["event"] == "state") lastState = l;
    }
    EXPECT_EQ(reps, 6 * 10 + 2 * 5 + 2 * 5 + 3 * 10);
    EXPECT_GT(countdowns, 0);
    EXPECT_EQ(lastState["state"], "done");
    EXPECT_EQ(lastState["t"], 1390);
}

TEST(CliSimulate, ScriptedEventsPauseResumeAndSkip) {
    const auto r = runMatside({"simulate", kRoutine, "--json", "--events", "0:start,40:pause,100:resume,130:next"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::vector<std::pair<double, std::string>> commands;
    std::vector<json> stateChanges;
    for (const auto& l : jsonLines(r.out)) {
        if (l["event"] == "command") commands.emplace_back(l["t"].get<double>(), l["command"]);
        if (l["event"] == "state") stateChanges.push_back(l);
    }
    const std::vector<std::pair<double, std::string>> want = {
        {0, "start"}, {40, "pause"}, {100, "resume"}, {130, "next"}};
    EXPECT_EQ(commands, want);
    // At 40 s the person is in the switch-sides pause after L1 (10 s prepare + 30 s hold).
    bool sawPause = false;
    for (const auto& st : stateChanges)
        if (st["state"] == "paused") {
            sawPause = true;
            EXPECT_EQ(st["t"], 40);
            EXPECT_EQ(st["step"], 2);
        }
    EXPECT_TRUE(sawPause);
    const json summary = jsonLines(r.out).back();
    EXPECT_EQ(summary["skipped_steps"], 1) << "the 'next' at 130 s skipped a set";
    EXPECT_EQ(summary["completed_steps"], 30);
}

TEST(CliSimulate, ReadableOutputWithoutJson) {
    const auto r = runMatside({"simulate", kRoutine, "--events", "0:start,5:quit"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("command  quit"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("state    done"), std::string::npos);
    EXPECT_NE(r.out.find("summary  0 sets completed"), std::string::npos);
}

TEST(CliSimulate, UnknownCommandIsAClearErrorNotASilentIgnore) {
    const auto r = runMatside({"simulate", kRoutine, "--events", "0:start,10:jump"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown command 'jump'"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << "nothing is simulated on a bad script";
}

TEST(CliSimulate, MalformedSpecsAreErrors) {
    for (const std::string spec : {"start", "x:start", "-1:start", "10:start,5:pause", ",", "10:"}) {
        SCOPED_TRACE(spec);
        const auto r = runMatside({"simulate", kRoutine, "--events", spec});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_NE(r.err.find("--events"), std::string::npos) << r.err;
    }
}

TEST(CliSimulate, IgnoredCommandsAreReportedOnStderr) {
    const auto r = runMatside({"simulate", kRoutine, "--json", "--events", "0:start,1:resume"});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_NE(r.err.find("'resume' does not apply in state prepare"), std::string::npos) << r.err;
}

TEST(Cli, UnknownSubcommandIsAUsageError) {
    const auto r = runMatside({"dance"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.signal, 0);
}

TEST(Cli, HelpListsEveryCommand) {
    const auto r = runMatside({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* c : {"play", "validate", "plan", "simulate"}) EXPECT_NE(r.out.find(c), std::string::npos) << c;
}
