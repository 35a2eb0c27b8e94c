// The settings folder and atomic file writes (temp file + fsync + rename).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/settings_dir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace matside::platform {

std::filesystem::path settingsDir() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/')
        return std::filesystem::path(xdg) / "matside";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".config" / "matside";
    return {};
}

namespace {

std::string errnoText(const std::string& what, const std::filesystem::path& p) {
    return what + " " + p.string() + ": " + std::strerror(errno);
}

bool writeAll(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

std::optional<std::string> writeFileAtomically(const std::filesystem::path& file,
                                               const std::string& contents) {
    std::error_code ec;
    const auto dir = file.parent_path();
    if (!dir.empty()) std::filesystem::create_directories(dir, ec);
    if (ec) return "cannot create " + dir.string() + ": " + ec.message();

    std::string tmpl = file.string() + ".XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) return errnoText("cannot create a temporary file next to", file);
    const bool ok = writeAll(fd, contents) && ::fsync(fd) == 0;
    const std::string failure = ok ? std::string{} : errnoText("cannot write", tmpl);
    ::close(fd);
    if (!ok || ::rename(tmpl.c_str(), file.c_str()) != 0) {
        const std::string message = ok ? errnoText("cannot rename over", file) : failure;
        ::unlink(tmpl.c_str());
        return message;
    }
    // The rename itself must reach the disk too.
    if (const int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return std::nullopt;
}

std::optional<std::string> readSmallFile(const std::filesystem::path& file, std::uintmax_t maxBytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size > maxBytes) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<WindowGeometry> parseWindowGeometry(const std::string& text) {
    // One line: "x y width height fullscreen"; anything odd means "not remembered".
    std::istringstream in(text);
    WindowGeometry g;
    int fullscreen = 0;
    if (!(in >> g.x >> g.y >> g.width >> g.height >> fullscreen)) return std::nullopt;
    if (g.width < 320 || g.height < 240 || g.width > 16384 || g.height > 16384) return std::nullopt;
    if (g.x < -16384 || g.y < -16384 || g.x > 32768 || g.y > 32768) return std::nullopt;
    g.fullscreen = fullscreen != 0;
    return g;
}

std::string formatWindowGeometry(const WindowGeometry& g) {
    std::ostringstream out;
    out << g.x << ' ' << g.y << ' ' << g.width << ' ' << g.height << ' ' << (g.fullscreen ? 1 : 0)
        << '\n';
    return out.str();
}

} // namespace matside::platform
