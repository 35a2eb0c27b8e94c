// Single-file archives of a few small files (a routine and its pictures): the seam that keeps
// libzip out of everything else. Reading refuses hostile archives before any byte is written.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace matside::archive {

// One file inside an archive: a relative path with '/' separators, and its bytes.
struct Member {
    std::string name;
    std::string bytes;
};

// What a reader accepts. The defaults fit a routine with a hundred exercises' pictures.
struct Limits {
    std::uintmax_t maxArchiveBytes = 256u * 1024u * 1024u; // the archive file on disk
    std::size_t maxEntries = 512;                          // files and folders inside
    std::uint64_t maxEntryBytes = 16u * 1024u * 1024u;     // one file, uncompressed
    std::uint64_t maxTotalBytes = 256u * 1024u * 1024u;    // all files, uncompressed
};

// A refusal: where in the archive ("file", "entry \"x.png\"") and what is wrong, with the fix.
struct Problem {
    std::string where;
    std::string what;
};

struct ReadResult {
    std::vector<Member> members; // regular files only, in archive order; folders are skipped
    std::vector<Problem> problems;
    bool ok() const { return problems.empty(); }
};

// Reads every regular file of a zip archive into memory. Refuses (and returns no members):
// a corrupt or truncated archive, encrypted entries, symlinks and other special files, names
// that are absolute or climb out with "..", duplicate names, more entries or bytes than
// `limits` allow, by the sizes declared in the archive and by the bytes actually inflated.
ReadResult readArchive(const std::filesystem::path& file, const Limits& limits = {});

// Writes `members` as a zip archive at `file`, atomically (temp file, fsync, rename); PNG and
// JPEG members are stored as they are, the rest deflated. Returns an error line, empty on success.
std::string writeArchive(const std::filesystem::path& file, const std::vector<Member>& members);

// Whether `name` is a safe relative member path, or why not ("climbs out with '..'").
std::string memberNameProblem(const std::string& name);

} // namespace matside::archive
