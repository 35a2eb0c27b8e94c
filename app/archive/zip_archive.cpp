// The archive seam over libzip: guarded reading of untrusted zips, atomic writing of our own.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archive.h"

#include <zip.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace matside::archive {
namespace fs = std::filesystem;

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
using ZipFilePtr = std::unique_ptr<zip_file_t, FileCloser>;

std::string entryWhere(const std::string& name) {
    std::string out = "entry \"";
    for (char c : name.substr(0, 120)) out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    return out + (name.size() > 120 ? "...\"" : "\"");
}

std::string zipErrorText(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

const char* const kAskAgain = "ask whoever sent it to export the routine again with `matside export`";

// What an entry's Unix mode says it is, when the archive came from a Unix system.
std::string specialFileProblem(zip_t* zip, zip_uint64_t index) {
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, index, 0, &opsys, &attributes) != 0 || opsys != ZIP_OPSYS_UNIX) return {};
    const auto mode = static_cast<mode_t>(attributes >> 16);
    if (S_ISLNK(mode)) return "is a symbolic link; an archive may hold only plain files";
    if ((mode & S_IFMT) != 0 && !S_ISREG(mode) && !S_ISDIR(mode))
        return "is a special file (device, pipe or socket); an archive may hold only plain files";
    return {};
}

// Inflates one entry, counting bytes: a header may lie about the size.
std::string inflate(zip_t* zip, zip_uint64_t index, std::uint64_t declared, std::uint64_t limit, std::string& out) {
    ZipFilePtr file(zip_fopen_index(zip, index, 0));
    if (!file) return std::string("cannot be read: ") + zip_strerror(zip) + "; the archive is damaged";
    out.clear();
    out.reserve(static_cast<std::size_t>(declared));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0) return std::string("cannot be read: ") + zip_file_strerror(file.get()) + "; the archive is damaged";
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > declared || out.size() > limit)
            return "inflates to more than its declared " + std::to_string(declared) +
                   " bytes; the archive is damaged or built to fill the disk (a zip bomb)";
    }
    if (out.size() != declared)
        return "holds " + std::to_string(out.size()) + " bytes but declares " + std::to_string(declared) +
               "; the archive is damaged";
    return {};
}

// Checks every entry by its central-directory record before anything is inflated.
bool checkDirectory(zip_t* zip, zip_uint64_t count, const Limits& limits, ReadResult& result,
                    std::vector<zip_uint64_t>& files) {
    std::set<std::string> names;
    std::uint64_t total = 0;
    for (zip_uint64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE)) {
            result.problems.push_back({"entry " + std::to_string(i + 1), "cannot be read; the archive is damaged"});
            return false;
        }
        std::string name = st.name;
        const bool folder = !name.empty() && name.back() == '/';
        if (folder) name.pop_back();
        const std::string where = entryWhere(st.name);
        std::string problem = memberNameProblem(name);
        if (problem.empty()) problem = specialFileProblem(zip, i);
        if (problem.empty() && (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            problem = "is encrypted; export the routine again without a password";
        if (problem.empty() && !names.insert(name).second)
            problem = "is in the archive twice; " + std::string(kAskAgain);
        if (problem.empty() && st.size > limits.maxEntryBytes)
            problem = "declares " + std::to_string(st.size) + " bytes uncompressed, over the " +
                      std::to_string(limits.maxEntryBytes / (1024 * 1024)) + " MiB a file may have; refused unread";
        total += st.size;
        if (problem.empty() && total > limits.maxTotalBytes)
            problem = "brings the archive over " + std::to_string(limits.maxTotalBytes / (1024 * 1024)) +
                      " MiB uncompressed; refused unread";
        if (!problem.empty()) {
            result.problems.push_back({where, problem});
            return false;
        }
        if (!folder) files.push_back(i);
    }
    return true;
}

std::string systemError(const std::string& what, const fs::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

void syncPath(const fs::path& path, int flags) {
    if (const int fd = ::open(path.c_str(), flags | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool storedAsIs(const std::string& name) {
    const auto dot = name.rfind('.');
    if (dot == std::string::npos) return false;
    std::string ext = name.substr(dot);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg";
}

} // namespace

std::string memberNameProblem(const std::string& name) {
    if (name.empty()) return "has an empty name; " + std::string(kAskAgain);
    if (name.size() > 255) return "has a name over 255 bytes; " + std::string(kAskAgain);
    if (name.front() == '/') return "is an absolute path; an archive may hold only paths inside the routine's folder";
    if (name.find('\\') != std::string::npos || name.find('\0') != std::string::npos)
        return "contains '\\' or a NUL byte; an archive may hold only plain '/'-separated paths";
    std::size_t start = 0;
    while (start <= name.size()) {
        const auto end = std::min(name.find('/', start), name.size());
        const std::string part = name.substr(start, end - start);
        if (part == "..") return "climbs out of the routine's folder with '..'; refused";
        if (part.empty() || part == ".") return "has an empty or '.' folder in its path; " + std::string(kAskAgain);
        start = end + 1;
    }
    return {};
}

ReadResult readArchive(const fs::path& file, const Limits& limits) {
    ReadResult result;
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) {
        result.problems.push_back({"file", std::string("cannot open it: ") + std::strerror(errno)});
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.problems.push_back({"file", "is not a regular file; name a .matside file"});
        return result;
    }
    if (static_cast<std::uintmax_t>(info.st_size) > limits.maxArchiveBytes) {
        result.problems.push_back({"file", "is " + std::to_string(info.st_size) +
                                               " bytes; a routine archive may be at most " +
                                               std::to_string(limits.maxArchiveBytes / (1024 * 1024)) + " MiB"});
        return result;
    }
    int code = 0;
    ZipPtr zip(zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!zip) {
        result.problems.push_back({"file", "is not a readable zip archive (" + zipErrorText(code) + "); " + kAskAgain});
        return result;
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > limits.maxEntries) {
        result.problems.push_back({"file", "holds " + std::to_string(count) +
                                               " entries; a routine archive may hold at most " +
                                               std::to_string(limits.maxEntries)});
        return result;
    }
    std::vector<zip_uint64_t> files;
    if (!checkDirectory(zip.get(), static_cast<zip_uint64_t>(count), limits, result, files)) return result;
    for (const zip_uint64_t i : files) {
        zip_stat_t st;
        zip_stat_index(zip.get(), i, 0, &st);
        Member member{st.name, {}};
        if (std::string problem = inflate(zip.get(), i, st.size, limits.maxEntryBytes, member.bytes);
            !problem.empty()) {
            result.problems.push_back({entryWhere(member.name), problem});
            result.members.clear();
            return result;
        }
        result.members.push_back(std::move(member));
    }
    return result;
}

std::string writeArchive(const fs::path& file, const std::vector<Member>& members) {
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::string tmp = (dir / ("." + file.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return systemError("cannot write in", dir);
    ::close(fd);
    int code = 0;
    ZipPtr zip(zip_open(tmp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    std::string error = zip ? "" : "cannot write " + tmp + ": " + zipErrorText(code);
    for (const Member& m : members) {
        if (!error.empty()) break;
        zip_source_t* source = zip_source_buffer(zip.get(), m.bytes.data(), m.bytes.size(), 0);
        const zip_int64_t index = source ? zip_file_add(zip.get(), m.name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source) zip_source_free(source);
            error = "cannot add " + m.name + " to " + tmp + ": " + zip_strerror(zip.get());
        } else {
            zip_set_file_compression(zip.get(), static_cast<zip_uint64_t>(index),
                                     storedAsIs(m.name) ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
            // Plain files, read-only for others: never a symlink bit for a reader to trip on.
            zip_file_set_external_attributes(zip.get(), static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                             static_cast<zip_uint32_t>(S_IFREG | 0644) << 16);
        }
    }
    if (error.empty() && zip_close(zip.get()) != 0) error = "cannot write " + tmp + ": " + zip_strerror(zip.get());
    else if (error.empty()) (void)zip.release();   // zip_close freed it
    if (error.empty()) ::chmod(tmp.c_str(), 0644); // mkstemp's 0600 would stay otherwise
    if (error.empty()) syncPath(tmp, O_RDONLY);
    if (error.empty() && ::rename(tmp.c_str(), file.c_str()) != 0) error = systemError("cannot replace", file);
    if (!error.empty()) {
        zip.reset();
        ::unlink(tmp.c_str());
        return error;
    }
    syncPath(dir, O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace matside::archive
