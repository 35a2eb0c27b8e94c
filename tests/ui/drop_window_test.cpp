// A routine file dropped on the player's window (issue 15), the way a file manager drops it:
// over XDND, by tests/support/xdnd_drop. The .matside is checked and installed like
// `matside import`, the picker lists it at once, and a file of another kind is refused.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/player_run.h"
#include "support/text_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace matside {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRoutine = R"({
  "format": 1,
  "id": "knee_care",
  "title": "Knee care",
  "exercises": [
    {"id": "wall_sit", "name": "Wall sit", "sets": 2, "hold_seconds": 40, "key_points": ["Back flat on the wall"]}
  ]
})";

class DropWindow : public test::PlayerTestDir {
protected:
    // The player at 800x600 with `paths` dropped on its window two seconds in.
    test::ProcessResult playAndDrop(const std::vector<fs::path>& paths) {
        std::string files;
        for (const auto& p : paths) files += " '" + p.string() + "'";
        const std::string script = std::string("\"") + MATSIDE_BINARY + "\" play --data-dir \"" +
                                   (dir / "data").string() + "\" --size 800x600 --exit-after 8 & p=$!; sleep 2; " +
                                   "w=$(xdotool search --onlyvisible --name '.' | head -1); '" + MATSIDE_XDND_DROP +
                                   "' \"$w\" 400 300" + files + "; echo \"drop exit $?\" >&2; wait $p";
        return test::runProcess({XVFB_RUN, "-a", "-s", "-screen 0 800x600x24", "/bin/sh", "-c", script},
                                {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                 {"XDG_DATA_HOME", (dir / "xdg").string()},
                                 {"MATSIDE_NO_INTRO", "1"},
                                 {"MATSIDE_REPORT_LIBRARY", "1"}},
                                60);
    }
};

TEST_F(DropWindow, ADroppedRoutineFileIsInstalledAndListedAndOtherFilesAreRefused) {
    ASSERT_TRUE(fs::exists("/usr/bin/xdotool")) << "install xdotool (scripts/install-deps)";
    const fs::path source = dir / "source" / "knee_care.json";
    fs::create_directories(source.parent_path());
    std::ofstream(source) << kRoutine;
    const fs::path shared = dir / "Knee care (from my physio).matside";
    const auto exported = test::runMatside({"export", source.string(), "-o", shared.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const fs::path notes = dir / "notes.txt";
    std::ofstream(notes) << "not a routine\n";

    const auto r = playAndDrop({shared, notes});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("drop exit 0"), std::string::npos) << "the window took the drop: " << r.err;
    const fs::path installed = dir / "xdg" / "matside" / "routines" / "knee_care" / "routine.json";
    ASSERT_TRUE(fs::exists(installed)) << r.out << r.err;
    EXPECT_EQ(test::readText(installed), test::readText(source)) << "installed byte for byte";
    EXPECT_NE(r.out.find(installed.string() + ": installed \"Knee care\""), std::string::npos) << r.out;
    // Listed at once: the library is scanned again after the drop, and this time it has it.
    const std::string line = "matside: routine library: Knee care | ";
    EXPECT_EQ(r.err.find(line), r.err.rfind(line)) << "listed once, after the drop: " << r.err;
    EXPECT_NE(r.err.find(line), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(notes.string() + ": error: file: only a shared routine (.matside) can be dropped here"),
              std::string::npos)
        << r.err;
    // Nothing of the refused file went anywhere.
    for (const auto& e : fs::recursive_directory_iterator(dir / "xdg")) {
        if (!e.is_regular_file()) continue;
        EXPECT_NE(test::readText(e.path()), "not a routine\n") << e.path();
    }
}

} // namespace
} // namespace matside
