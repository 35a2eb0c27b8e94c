// Staging a routine folder beside its final place and renaming it in (renameat2 for --replace).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing/install_folder.h"

#include "core/write_all.h"

#include "launch/exit_codes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace matside::sharing {
namespace fs = std::filesystem;

namespace {

void syncFolder(const fs::path& dir) {
    if (const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string errnoText(const std::string& what, const fs::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

} // namespace

StagingFolder::StagingFolder(fs::path routinesDir) : m_routinesDir(std::move(routinesDir)) {
    if (m_routinesDir.empty()) {
        m_error = "there is no routines folder: set HOME or XDG_DATA_HOME";
        return;
    }
    // Remember each folder we make, so a refusal removes exactly those.
    std::vector<fs::path> missing;
    for (fs::path p = m_routinesDir; !p.empty() && !fs::exists(p); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0755) != 0 && errno != EEXIST) {
            m_error = errnoText("cannot create", *it);
            return;
        }
        m_created.push_back(*it);
    }
    std::string pattern = (m_routinesDir / ".import-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        m_error = errnoText("cannot write in", m_routinesDir);
        return;
    }
    m_path = pattern;
}

StagingFolder::~StagingFolder() {
    std::error_code ec;
    if (!m_installed && !m_path.empty()) fs::remove_all(m_path, ec);
    if (m_installed) return;
    for (auto it = m_created.rbegin(); it != m_created.rend(); ++it) ::rmdir(it->c_str()); // only if empty
}

std::string StagingFolder::write(const std::string& relative, const std::string& bytes) {
    const fs::path file = m_path / relative;
    if (file.parent_path() != m_path) {
        std::error_code ec;
        fs::create_directories(file.parent_path(), ec); // inside our own fresh folder: no symlink to follow
        if (ec) return "cannot create " + file.parent_path().string() + ": " + ec.message();
    }
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return errnoText("cannot write", file);
    const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    std::string error = ok ? "" : errnoText("cannot write", file);
    if (::close(fd) != 0 && error.empty()) error = errnoText("cannot write", file);
    return error;
}

StagingFolder::Installed StagingFolder::install(const std::string& name, Clash clash) {
    Installed result;
    result.folder = m_routinesDir / name;
    for (fs::path dir = m_path; dir != m_path.parent_path(); dir = dir.parent_path()) syncFolder(dir);
    std::error_code ec;
    const bool exists = fs::symlink_status(result.folder, ec).type() != fs::file_type::not_found;
    if (exists && clash == Clash::Refuse) {
        result.exitCode = kExitExists;
        result.error = result.folder.string() + " already holds a routine with this id; run again with --rename "
                                                "to keep both, or --replace to overwrite it";
        return result;
    }
    if (exists && clash == Clash::Rename) {
        for (int n = 2; n < 1000 && fs::symlink_status(result.folder, ec).type() != fs::file_type::not_found; ++n)
            result.folder = m_routinesDir / (name + "_" + std::to_string(n));
    }
    if (exists && clash == Clash::Replace) {
        // Swap both folders in one step, then remove the old one from where the new one was.
        if (::renameat2(AT_FDCWD, m_path.c_str(), AT_FDCWD, result.folder.c_str(), RENAME_EXCHANGE) != 0) {
            result.exitCode = kExitRuntime;
            result.error = errnoText("cannot replace", result.folder);
            return result;
        }
        m_installed = true;
        fs::remove_all(m_path, ec);
    } else if (::renameat2(AT_FDCWD, m_path.c_str(), AT_FDCWD, result.folder.c_str(), RENAME_NOREPLACE) != 0) {
        result.exitCode = errno == EEXIST ? kExitExists : kExitRuntime;
        result.error = errnoText("cannot install it as", result.folder);
        return result;
    }
    m_installed = true;
    syncFolder(m_routinesDir);
    return result;
}

} // namespace matside::sharing
