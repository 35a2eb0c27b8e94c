// Hostile environments for the commands that need no window: `plan` and `simulate` with
// $HOME unset or unusable. They read only the routine, so they must print exactly what they
// print normally; `simulate --record` must say it cannot record and still simulate.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using matside::test::ProcessResult;
using matside::test::runMatside;
using matside::test::runProcess;
namespace fs = std::filesystem;

namespace {

const std::string kRoutine = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json";

// Runs matside through env(1) so variables can be removed, not only added: env removes
// `unset` first, then applies `set`, then runs matside.
ProcessResult runWithout(const std::vector<std::string>& unset, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& set = {}) {
    std::vector<std::string> argv = {"/usr/bin/env"};
    for (const auto& name : unset) argv.insert(argv.end(), {"-u", name});
    for (const auto& [name, value] : set) argv.push_back(name + "=" + value);
    argv.push_back(MATSIDE_BINARY);
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv, {}, 30);
}

const std::vector<std::string> kHomeVars = {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "MATSIDE_DATA_DIR"};

class CliHostileEnv : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "matside-env-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        // A HOME no one can write into, root included: a path *through* a regular file, so
        // every mkdir under it fails with ENOTDIR whatever the permissions.
        std::ofstream(m_dir / "not_a_dir") << "x";
        m_badHome = (m_dir / "not_a_dir" / "home").string();
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // The reference output, in an ordinary environment.
    static ProcessResult normal(const std::vector<std::string>& args) { return runMatside(args); }

    fs::path m_dir;
    std::string m_badHome;
};

} // namespace

TEST_F(CliHostileEnv, PlanWithoutHomePrintsTheSamePlan) {
    const auto reference = normal({"plan", kRoutine, "--json"});
    ASSERT_EQ(reference.exitCode, 0) << reference.err;
    const auto r = runWithout(kHomeVars, {"plan", kRoutine, "--json"});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, reference.out);
}

TEST_F(CliHostileEnv, PlanWithUnwritableHomePrintsTheSamePlan) {
    const auto reference = normal({"plan", kRoutine});
    ASSERT_EQ(reference.exitCode, 0) << reference.err;
    const auto r = runWithout(kHomeVars, {"plan", kRoutine},
                              {{"HOME", m_badHome}, {"XDG_DATA_HOME", m_badHome + "/data"},
                               {"XDG_CONFIG_HOME", m_badHome + "/config"}});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, reference.out);
}

TEST_F(CliHostileEnv, SimulateWithoutHomePrintsTheSameSession) {
    const auto reference = normal({"simulate", kRoutine, "--json"});
    ASSERT_EQ(reference.exitCode, 0) << reference.err;
    ASSERT_FALSE(reference.out.empty());
    const auto r = runWithout(kHomeVars, {"simulate", kRoutine, "--json"});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, reference.out);
}

TEST_F(CliHostileEnv, SimulateWithUnwritableHomePrintsTheSameSession) {
    const auto reference = normal({"simulate", kRoutine});
    ASSERT_EQ(reference.exitCode, 0) << reference.err;
    const auto r = runWithout(kHomeVars, {"simulate", kRoutine},
                              {{"HOME", m_badHome}, {"XDG_DATA_HOME", m_badHome + "/data"},
                               {"XDG_CONFIG_HOME", m_badHome + "/config"}});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, reference.out);
}

// Recording needs the data folder; when it cannot be made the session is still simulated
// and printed in full, and stderr says why nothing was recorded, naming the folder.
TEST_F(CliHostileEnv, SimulateRecordWithUnwritableHomeSaysSoAndStillSimulates) {
    const auto reference = normal({"simulate", kRoutine});
    ASSERT_EQ(reference.exitCode, 0) << reference.err;
    const auto r = runWithout(kHomeVars, {"simulate", kRoutine, "--record"},
                              {{"HOME", m_badHome}, {"XDG_DATA_HOME", m_badHome + "/data"},
                               {"XDG_CONFIG_HOME", m_badHome + "/config"}});
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, reference.out);
    EXPECT_NE(r.err.find(m_badHome), std::string::npos) << "the note should name the folder: " << r.err;
    EXPECT_FALSE(fs::exists(m_badHome));
}
