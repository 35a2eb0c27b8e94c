// `matside export` and `matside import` run as a user would: a routine travels byte for byte,
// and every hostile archive (built here, lies included) is refused in one line, nothing written.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using matside::test::ProcessResult;
using matside::test::runMatside;
using matside::test::runProcess;
namespace fs = std::filesystem;

namespace {

const std::string kSource = MATSIDE_SOURCE_DIR;
const std::string kMinimal = std::string(MATSIDE_TEST_DATA_DIR) + "/minimal.json";
const std::string kMakeZip = kSource + "/tests/support/make_zip.py";
const std::string kPicture = kSource + "/assets/illustrations/side_plank_start.png";
const std::string kPictureEnd = kSource + "/assets/illustrations/side_plank_end.png";

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

class CliTransfer : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "matside-transfer-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        m_data = m_dir / "data"; // a clean data folder: not even created yet
    }
    void TearDown() override { fs::remove_all(m_dir); }

    ProcessResult matside(const std::vector<std::string>& args) {
        return runMatside(args, {{"XDG_DATA_HOME", m_data.string()}, {"HOME", (m_dir / "home").string()}});
    }
    fs::path routines() const { return m_data / "matside" / "routines"; }

    // An archive written by tests/support/make_zip.py from NAME=SOURCE specs.
    fs::path makeZip(const std::string& file, const std::vector<std::string>& specs) {
        std::vector<std::string> argv = {"/usr/bin/python3", kMakeZip, (m_dir / file).string()};
        argv.insert(argv.end(), specs.begin(), specs.end());
        const auto r = runProcess(argv);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return m_dir / file;
    }
    std::vector<std::string> goodSpecs() const {
        return {"routine.json=" + kMinimal, "illustrations/side_plank_start.png=" + kPicture + ",store",
                "illustrations/side_plank_end.png=" + kPictureEnd + ",store"};
    }

    // The refusal contract: exit 1, one line naming the archive and `place`, containing
    // `what`, and the data folder untouched (it did not exist before).
    void expectRefused(const fs::path& archive, const std::string& place, const std::string& what) {
        const auto r = matside({"import", archive.string()});
        EXPECT_EQ(r.signal, 0);
        EXPECT_EQ(r.exitCode, 1) << r.err;
        EXPECT_EQ(r.out, "");
        const auto got = lines(r.err);
        ASSERT_EQ(got.size(), 1u) << r.err;
        EXPECT_EQ(got[0].rfind(archive.string() + ": error: " + place + ": ", 0), 0u) << got[0];
        EXPECT_NE(got[0].find(what), std::string::npos) << got[0];
        EXPECT_FALSE(fs::exists(m_data)) << "a refused import wrote into " << m_data;
    }

    fs::path m_dir;
    fs::path m_data;
};

} // namespace

TEST_F(CliTransfer, ExportThenImportRoundTripsByteEqualJsonAndIdenticalPictures) {
    const std::string shipped = kSource + "/data/si_joint.json";
    const fs::path archive = m_dir / "si joint.matside";
    const auto ex = matside({"export", shipped, "-o", archive.string()});
    ASSERT_EQ(ex.exitCode, 0) << ex.err;
    EXPECT_EQ(ex.out, archive.string() + ": exported \"" + std::string("SI joint: full programme") + "\"\n");

    const auto im = matside({"import", archive.string()});
    ASSERT_EQ(im.exitCode, 0) << im.err;
    const fs::path installed = routines() / "si_joint" / "routine.json";
    EXPECT_EQ(im.out, installed.string() + ": installed \"SI joint: full programme\"\n");
    EXPECT_EQ(slurp(installed), slurp(shipped));
    // Every picture the routine names sits beside it, identical to the shipped one.
    int pictures = 0;
    for (const auto& e : fs::recursive_directory_iterator(routines() / "si_joint" / "illustrations")) {
        const fs::path shippedPicture = kSource + "/assets/illustrations/" + e.path().filename().string();
        EXPECT_EQ(slurp(e.path()), slurp(shippedPicture)) << e.path();
        ++pictures;
    }
    EXPECT_EQ(pictures, 14);
    // It validates on its own: only the pictures beside it can satisfy it.
    const auto v = matside({"validate", installed.string()});
    EXPECT_EQ(v.exitCode, 0) << v.err;
}

TEST_F(CliTransfer, ImportedRoutineIsInTheLibraryThePickerLists) {
    const fs::path archive = makeZip("m.matside", goodSpecs());
    ASSERT_EQ(matside({"import", archive.string()}).exitCode, 0);
    // `schedule` lists the same library scan as the routine picker (core/routine_library).
    const auto r = runMatside({"schedule"},
                              {{"XDG_DATA_HOME", m_data.string()}, {"XDG_CONFIG_HOME", (m_dir / "config").string()}});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Minimal routine (minimal): not planned\n"), std::string::npos) << r.out;
}

TEST_F(CliTransfer, NameClashIsRefusedUnlessRenameOrReplaceIsGiven) {
    const fs::path archive = makeZip("m.matside", goodSpecs());
    ASSERT_EQ(matside({"import", archive.string()}).exitCode, 0);
    const fs::path first = routines() / "minimal" / "routine.json";
    const auto before = fs::last_write_time(first);

    const auto again = matside({"import", archive.string()});
    EXPECT_EQ(again.exitCode, 4);
    EXPECT_EQ(again.err, archive.string() + ": error: " + (routines() / "minimal").string() +
                             " already holds a routine with this id; run again with --rename to keep both, or "
                             "--replace to overwrite it\n");
    EXPECT_EQ(fs::last_write_time(first), before);

    const auto renamed = matside({"import", "--rename", archive.string()});
    EXPECT_EQ(renamed.exitCode, 0) << renamed.err;
    EXPECT_EQ(slurp(routines() / "minimal_2" / "routine.json"), slurp(kMinimal));

    std::ofstream(first, std::ios::app) << "\n"; // mark the old one: --replace must swap it out
    const auto replaced = matside({"import", "--replace", archive.string()});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err;
    EXPECT_EQ(slurp(first), slurp(kMinimal));
    int folders = 0; // no staging folder or old copy left behind
    for (const auto& e : fs::directory_iterator(routines())) folders += e.is_directory() ? 1 : 0;
    EXPECT_EQ(folders, 2);
}

TEST_F(CliTransfer, PathTraversalIsRefused) {
    auto specs = goodSpecs();
    specs.push_back("../evil.png=" + kPicture);
    expectRefused(makeZip("up.matside", specs), "entry \"../evil.png\"", "climbs out of the routine's folder");
}

TEST_F(CliTransfer, SymlinkIsRefused) {
    auto specs = goodSpecs();
    specs.push_back("illustrations/link.png=text:/etc/passwd,mode=120777");
    expectRefused(makeZip("link.matside", specs), "entry \"illustrations/link.png\"", "is a symbolic link");
}

TEST_F(CliTransfer, EntryDeclaringTenGigabytesIsRefusedUnread) {
    auto specs = goodSpecs();
    specs.push_back("illustrations/big.png=zeros:4096,declare=10737418240");
    expectRefused(makeZip("bomb.matside", specs), "entry \"illustrations/big.png\"",
                  "declares 10737418240 bytes uncompressed");
}

TEST_F(CliTransfer, EntryInflatingPastItsDeclaredSizeIsStopped) {
    auto specs = goodSpecs();
    specs.push_back("illustrations/liar.png=zeros:8000000,declare=100");
    const fs::path archive = makeZip("liar.matside", specs);
    const auto r = matside({"import", archive.string()});
    EXPECT_EQ(r.exitCode, 1);
    ASSERT_EQ(lines(r.err).size(), 1u) << r.err;
    EXPECT_EQ(r.err.rfind(archive.string() + ": error: entry \"illustrations/liar.png\": inflates to more than its "
                                             "declared 100 bytes",
                          0),
              0u)
        << r.err;
    EXPECT_FALSE(fs::exists(m_data));
}

TEST_F(CliTransfer, CorruptZipIsRefused) {
    const fs::path good = makeZip("good.matside", goodSpecs());
    std::string bytes = slurp(good);
    bytes.resize(bytes.size() / 2); // cut in the middle: no central directory any more
    const fs::path cut = m_dir / "cut.matside";
    std::ofstream(cut, std::ios::binary) << bytes;
    expectRefused(cut, "file", "is not a readable zip archive");
}

TEST_F(CliTransfer, PictureThatIsNotAPictureIsRefused) {
    const std::vector<std::string> specs = {"routine.json=" + kMinimal,
                                            "illustrations/side_plank_start.png=text:<html>not a picture</html>",
                                            "illustrations/side_plank_end.png=" + kPictureEnd};
    expectRefused(makeZip("fake.matside", specs), "entry \"illustrations/side_plank_start.png\"",
                  "the picture cannot be shown");
}

TEST_F(CliTransfer, InvalidRoutineInsideIsRefusedAtItsFieldAndLeavesNothing) {
    const fs::path bad = m_dir / "bad.json";
    std::string text = slurp(kMinimal);
    text.replace(text.find("\"reps\": 5"), 9, "\"reps\": 0");
    std::ofstream(bad, std::ios::binary) << text;
    auto specs = goodSpecs();
    specs[0] = "routine.json=" + bad.string();
    expectRefused(makeZip("zero.matside", specs), "routine.json /exercises/0/reps (Side plank)", "found 0");
}

TEST_F(CliTransfer, PlayingAHostileArchiveRefusesItBeforeAnyWindow) {
    auto specs = goodSpecs();
    specs.push_back("../evil.png=" + kPicture);
    const fs::path archive = makeZip("up.matside", specs);
    const auto r = matside({"play", archive.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.rfind(archive.string() + ": error: entry \"../evil.png\": climbs out", 0), 0u) << r.err;
    EXPECT_FALSE(fs::exists(m_data));
}

TEST_F(CliTransfer, PlayingAnArchiveInstallsItOnceAndPlaysTheInstalledCopy) {
    const fs::path archive = makeZip("m.matside", goodSpecs());
    const fs::path installed = routines() / "minimal" / "routine.json";
    for (int i = 0; i < 2; ++i) {
        // No display here: the window cannot open (exit 3), but the file was installed first.
        const auto r = runMatside({"play", archive.string()},
                                  {{"XDG_DATA_HOME", m_data.string()}, {"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}});
        EXPECT_EQ(r.out.rfind(installed.string() + ": playing \"Minimal routine\"\n", 0), 0u) << r.out << r.err;
    }
    EXPECT_EQ(slurp(installed), slurp(kMinimal));
    int folders = 0; // the second play found the identical copy instead of adding minimal_2
    for (const auto& e : fs::directory_iterator(routines())) folders += e.is_directory() ? 1 : 0;
    EXPECT_EQ(folders, 1);
}
