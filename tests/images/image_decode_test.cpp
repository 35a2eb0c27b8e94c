// decodeImageFile / decodeImageMemory: each kind of good, broken and refused input, with its reason.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <future>
#include <random>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace matside {
namespace {

using test::Bytes;

std::string errorOf(const DecodeResult& r) {
    const auto* e = std::get_if<std::string>(&r);
    return e ? *e : std::string("<decoded fine>");
}

// Asserts a refusal whose one-line reason names the file and says why.
void expectRefused(const DecodeResult& r, const std::string& name, const std::string& why) {
    ASSERT_TRUE(std::holds_alternative<std::string>(r)) << "expected a refusal for " << name;
    const std::string& reason = std::get<std::string>(r);
    EXPECT_NE(reason.find(name), std::string::npos) << reason;
    EXPECT_NE(reason.find(why), std::string::npos) << reason;
    EXPECT_EQ(reason.find('\n'), std::string::npos) << "reason must be one line: " << reason;
}

TEST(ImageDecode, GoodPngDecodesToExactRgba) {
    test::ScratchDir dir;
    const auto file = dir.write("good.png", test::makePng(16, 12));
    const DecodeResult r = decodeImageFile(file);
    ASSERT_TRUE(std::holds_alternative<Image>(r)) << errorOf(r);
    const Image& img = std::get<Image>(r);
    EXPECT_EQ(img.width, 16);
    EXPECT_EQ(img.height, 12);
    EXPECT_EQ(img.rgba, test::patternPixels(16, 12));
}

TEST(ImageDecode, GoodJpegDecodesToOpaqueRgbaCloseToTheOriginal) {
    test::ScratchDir dir;
    const auto file = dir.write("good.jpg", test::makeJpeg(16, 12));
    const DecodeResult r = decodeImageFile(file);
    ASSERT_TRUE(std::holds_alternative<Image>(r)) << errorOf(r);
    const Image& img = std::get<Image>(r);
    ASSERT_EQ(img.width, 16);
    ASSERT_EQ(img.height, 12);
    ASSERT_EQ(img.rgba.size(), 16u * 12u * 4u);
    const Bytes want = test::patternPixels(16, 12);
    int worst = 0;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (i % 4 == 3) {
            EXPECT_EQ(img.rgba[i], 255) << "JPEG has no alpha: must come out opaque";
            continue;
        }
        worst = std::max(worst, std::abs(int(img.rgba[i]) - int(want[i])));
    }
    EXPECT_LE(worst, 24) << "lossy, but the same picture";
}

TEST(ImageDecode, PngCutInHalfIsRefused) {
    test::ScratchDir dir;
    Bytes png = test::makePng(64, 64);
    png.resize(png.size() / 2);
    const auto file = dir.write("half.png", png);
    const std::string reason = errorOf(decodeImageFile(file));
    EXPECT_NE(reason.find("half.png"), std::string::npos) << reason;
    EXPECT_TRUE(reason.find("truncated PNG") != std::string::npos || reason.find("corrupt PNG") != std::string::npos)
        << reason;
}

TEST(ImageDecode, PngMissingOnlyItsEndChunkIsRefusedAsTruncated) {
    // stb_image alone would accept this; a half-downloaded file must not pass as whole.
    test::ScratchDir dir;
    Bytes png = test::makePng(8, 8);
    png.resize(png.size() - 12); // the IEND chunk is the last 12 bytes
    expectRefused(decodeImageFile(dir.write("noend.png", png)), "noend.png", "truncated PNG");
}

TEST(ImageDecode, JpegCutShortIsRefusedAsTruncated) {
    // stb_image fills a cut-off JPEG with grey and reports success; we must not.
    test::ScratchDir dir;
    Bytes jpg = test::makeJpeg(64, 64);
    jpg.resize(jpg.size() * 2 / 3);
    expectRefused(decodeImageFile(dir.write("cut.jpg", jpg)), "cut.jpg", "truncated JPEG");
}

TEST(ImageDecode, PngWithGarbledPixelDataIsRefusedAsCorrupt) {
    test::ScratchDir dir;
    Bytes png = test::makePng(32, 32);
    // Overwrite the compressed pixel data (after the 8-byte signature, 25-byte IHDR chunk
    // and the 8-byte IDAT chunk header) but keep the chunk layout and IEND intact.
    const std::size_t start = 8 + 25 + 8;
    for (std::size_t i = start; i + 12 + 4 < png.size(); ++i) png[i] = 0xff;
    expectRefused(decodeImageFile(dir.write("garbled.png", png)), "garbled.png", "corrupt PNG data");
}

TEST(ImageDecode, RandomBytesAreNotAPicture) {
    std::mt19937 rng(42);
    Bytes junk(2000);
    for (auto& b : junk) b = static_cast<std::uint8_t>(rng());
    junk[0] = 0x00; // not 0x89 / 0xff by accident
    expectRefused(decodeImageMemory(junk, "junk.bin"), "junk.bin", "not a PNG or JPEG");
}

TEST(ImageDecode, PngSignatureFollowedByJunkIsACorruptHeader) {
    Bytes bytes = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    for (int i = 0; i < 100; ++i) bytes.push_back(static_cast<std::uint8_t>(i * 37));
    expectRefused(decodeImageMemory(bytes, "fake.png"), "fake.png", "corrupt PNG header");
}

// A real PNG whose IHDR claims another size: stbi_info reads the claim, nothing is decoded.
Bytes pngClaiming(std::uint32_t w, std::uint32_t h) {
    Bytes png = test::makePng(4, 4);
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = static_cast<std::uint8_t>(w >> (24 - 8 * i));
        png[20 + i] = static_cast<std::uint8_t>(h >> (24 - 8 * i));
    }
    return png;
}

TEST(ImageDecode, HeaderClaiming5000x10IsRefusedWithTheSize) {
    expectRefused(decodeImageMemory(pngClaiming(5000, 10), "wide.png"), "wide.png",
                  "5000x10 px is larger than the 4096 px limit");
}

TEST(ImageDecode, HeaderClaiming10x4097IsRefused) {
    expectRefused(decodeImageMemory(pngClaiming(10, 4097), "tall.png"), "tall.png", "larger than the 4096 px limit");
}

TEST(ImageDecode, AbsurdHeaderIsRefusedAsTooLarge) {
    // Beyond what stb_image itself accepts: the reason still names the claimed size.
    expectRefused(decodeImageMemory(pngClaiming(100000, 100000), "huge.png"), "huge.png",
                  "100000x100000 px is larger than the 4096 px limit");
}

TEST(ImageDecode, FileOver16MiBIsRefusedBeforeDecoding) {
    test::ScratchDir dir;
    Bytes big(kMaxImageFileBytes + 1, 0);
    const Bytes sig = test::makePng(1, 1);
    std::copy(sig.begin(), sig.end(), big.begin());
    expectRefused(decodeImageFile(dir.write("big.png", big)), "big.png", "over the 16 MiB limit");
    expectRefused(decodeImageMemory(big, "big-in-memory.png"), "big-in-memory.png", "over the 16 MiB limit");
}

TEST(ImageDecode, FileOfExactly16MiBPassesTheSizeCheck) {
    test::ScratchDir dir;
    Bytes big(kMaxImageFileBytes, 0);
    const Bytes png = test::makePng(2, 2);
    std::copy(png.begin(), png.end(), big.begin()); // a valid PNG padded with zeros after IEND
    const DecodeResult r = decodeImageFile(dir.write("padded.png", big));
    ASSERT_TRUE(std::holds_alternative<Image>(r)) << errorOf(r);
    EXPECT_EQ(std::get<Image>(r).width, 2);
}

TEST(ImageDecode, GifIsRefusedAsWrongFormat) {
    const Bytes gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, ';'};
    test::ScratchDir dir;
    expectRefused(decodeImageFile(dir.write("anim.gif", gif)), "anim.gif", "looks like a GIF");
}

TEST(ImageDecode, BmpIsRefusedAsWrongFormat) {
    Bytes bmp = {'B', 'M', 58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 24, 0};
    bmp.resize(58, 0);
    expectRefused(decodeImageMemory(bmp, "old.bmp"), "old.bmp", "looks like a BMP");
}

TEST(ImageDecode, TextFileNamedPngIsRefusedAsWrongFormat) {
    const std::string text = "this is not a picture\n";
    test::ScratchDir dir;
    const auto file = dir.write("notes.png", Bytes(text.begin(), text.end()));
    expectRefused(decodeImageFile(file), "notes.png", "looks like a text file");
}

TEST(ImageDecode, EmptyFileIsRefused) {
    test::ScratchDir dir;
    expectRefused(decodeImageFile(dir.write("empty.png", {})), "empty.png", "file is empty");
}

TEST(ImageDecode, MissingFileIsRefusedWithTheSystemReason) {
    test::ScratchDir dir;
    expectRefused(decodeImageFile(dir.path() / "absent.png"), "absent.png", "cannot open (No such file");
}

TEST(ImageDecode, DirectoryIsRefused) {
    test::ScratchDir dir;
    std::filesystem::create_directory(dir.path() / "folder.png");
    expectRefused(decodeImageFile(dir.path() / "folder.png"), "folder.png", "is a folder");
}

TEST(ImageDecode, FifoIsRefusedWithoutWaitingForAWriter) {
    test::ScratchDir dir;
    const auto fifo = dir.path() / "pipe.png";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto pending = std::async(std::launch::async, [&] { return decodeImageFile(fifo); });
    if (pending.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK); // unblock the reader
        if (fd >= 0) ::close(fd);
        FAIL() << "decodeImageFile blocked on a FIFO";
    }
    expectRefused(pending.get(), "pipe.png", "not a regular file");
}

// Root reads any file, so as root the decode runs in a child that has given up root
// (uid/gid 65534, "nobody"): the refusal then comes from the real permission check.
std::string reasonAsUnprivileged(const std::filesystem::path& file) {
    if (::geteuid() != 0) {
        const DecodeResult r = decodeImageFile(file);
        return std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : "decoded";
    }
    int out[2];
    if (::pipe(out) != 0) return "pipe failed";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(out[0]);
        std::string reason = "could not drop root";
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            const DecodeResult r = decodeImageFile(file);
            reason = std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : "decoded";
        }
        (void)!::write(out[1], reason.data(), reason.size());
        ::_exit(0);
    }
    ::close(out[1]);
    std::string reason;
    char buf[512];
    for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) > 0;) reason.append(buf, static_cast<std::size_t>(n));
    ::close(out[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return reason;
}

TEST(ImageDecode, UnreadableFileIsRefused) {
    test::ScratchDir dir;
    const auto file = dir.write("locked.png", test::makePng(2, 2));
    std::filesystem::permissions(file, std::filesystem::perms::none);
    const std::string reason = reasonAsUnprivileged(file);
    EXPECT_NE(reason.find("locked.png"), std::string::npos) << reason;
    EXPECT_NE(reason.find("cannot open (Permission denied"), std::string::npos) << reason;
    EXPECT_EQ(reason.find('\n'), std::string::npos) << "reason must be one line: " << reason;
}

} // namespace
} // namespace matside
