// P in the real player under xvfb-run: the handout (ready screen) and the report (History
// screen) land in the documents folder that xdg-user-dir names, and are handed to xdg-open
// (a stand-in on PATH that records what it was asked to open); with no viewer the PDF is
// still written and the player carries on.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdf_tools.h"
#include "support/player_run.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

namespace matside {
namespace {

namespace fs = std::filesystem;

class PrintWindow : public test::PlayerTestDir {
protected:
    void SetUp() override {
        test::PlayerTestDir::SetUp();
        home = dir / "home";
        fs::create_directories(home / "Papers");
        fs::create_directories(dir / "config");
        std::ofstream(dir / "config" / "user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n";
        // A viewer that only writes down what it was given.
        fs::create_directories(dir / "bin");
        fs::create_symlink("/usr/bin/xdg-user-dir", dir / "bin" / "xdg-user-dir");
        std::ofstream(dir / "bin" / "xdg-open")
            << "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"" << (dir / "opened").string() << "\"\n";
        fs::permissions(dir / "bin" / "xdg-open", fs::perms::owner_all);
    }
    test::ProcessResult play(const std::string& keys, const std::string& path) {
        // PATH is the player's alone: xvfb-run itself needs the system's.
        const std::string script = "PATH='" + path + "' exec '" + MATSIDE_BINARY + "' play --data-dir '" +
                                   (dir / "data").string() + "' --keys '" + keys + "' --exit-after 3";
        return test::runProcess(test::underXvfb(script, "1280x800x24"),
                                {{"HOME", home.string()},
                                 {"XDG_CONFIG_HOME", (dir / "config").string()},
                                 {"MATSIDE_NO_INTRO", "1"},
                                 {"TZ", "UTC"}},
                                60);
    }
    std::string opened() {
        // The stand-in runs in the background: give it a moment.
        for (int i = 0; i < 40 && !fs::exists(dir / "opened"); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::ifstream in(dir / "opened");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    fs::path home;
};

TEST_F(PrintWindow, POnTheReadyScreenWritesTheHandoutAndOpensIt) {
    const auto r = play("0.5:p", (dir / "bin").string() + ":/usr/bin:/bin");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const fs::path pdf = home / "Papers" / "si_joint-handout.pdf";
    EXPECT_NE(r.err.find("matside: Handout saved to " + pdf.string() + "\n"), std::string::npos) << r.err;
    ASSERT_TRUE(fs::exists(pdf)) << r.err;
    EXPECT_GE(test::pdfPages(pdf), 3);
    EXPECT_NE(test::pdfText(pdf).find("See a doctor if"), std::string::npos);
    EXPECT_EQ(opened(), pdf.string() + "\n");
}

TEST_F(PrintWindow, POnTheHistoryScreenWritesTheReport) {
    const auto r = play("0.5:l,1:p", (dir / "bin").string() + ":/usr/bin:/bin");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    fs::path pdf;
    for (auto& e : fs::directory_iterator(home / "Papers")) pdf = e.path();
    ASSERT_FALSE(pdf.empty()) << r.err;
    EXPECT_EQ(pdf.filename().string().rfind("matside-report-", 0), 0u) << pdf;
    const std::string text = test::pdfText(pdf);
    EXPECT_NE(text.find("Progress report"), std::string::npos);
    EXPECT_NE(text.find("No sessions were recorded"), std::string::npos) << text;
    EXPECT_EQ(opened(), pdf.string() + "\n");
}

TEST_F(PrintWindow, WithNoViewerThePathIsShownAndNothingFails) {
    fs::create_directories(dir / "empty");
    const auto r = play("0.5:p", (dir / "empty").string()); // neither xdg-user-dir nor xdg-open
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const fs::path pdf = home / "si_joint-handout.pdf"; // no xdg-user-dir: $HOME
    EXPECT_TRUE(fs::exists(pdf)) << r.err;
    EXPECT_NE(r.err.find("Handout saved to " + pdf.string() + "  (no PDF viewer found to open it)"), std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir / "opened"));
}

} // namespace
} // namespace matside
