// `matside export` and `matside import`: a routine and its pictures in and out of one archive,
// every byte of an incoming one checked before it may reach the routines folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing/routine_transfer.h"

#include "archive/archive.h"
#include "core/illustration_paths.h"
#include "core/routine_json.h"
#include "images/image_decode.h"
#include "launch/exit_codes.h"
#include "sharing/install_folder.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace matside::sharing {
namespace fs = std::filesystem;

namespace {

std::string line(const fs::path& file, const std::string& where, const std::string& what) {
    return formatDiagnostic(file, {where, what});
}

// Every picture path the routine names, each once, in order.
std::vector<std::string> picturePaths(const Routine& routine) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const Exercise& e : routine.exercises) {
        for (const std::string* p :
             {&e.illustrations.start, &e.illustrations.end, &e.illustrations.startOther, &e.illustrations.endOther})
            if (!p->empty() && seen.insert(*p).second) out.push_back(*p);
    }
    return out;
}

bool readWhole(const fs::path& file, std::uintmax_t maxBytes, std::string& out) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec || size > maxBytes) return false;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out = text.str();
    return in.good() || in.eof();
}

TransferResult refused(int code, std::vector<std::string> errors) {
    TransferResult r;
    r.exitCode = code;
    r.errors = std::move(errors);
    return r;
}

// The checks that need only the bytes: a routine.json, and nothing but pictures that decode.
std::vector<std::string> memberProblems(const fs::path& file, const std::vector<archive::Member>& members) {
    std::vector<std::string> out;
    bool hasRoutine = false;
    for (const auto& m : members) {
        if (m.name == kArchiveRoutineName) {
            hasRoutine = true;
            continue;
        }
        const std::string where = "entry \"" + m.name + "\"";
        if (std::string problem = loader::illustrationPathProblem(m.name); !problem.empty()) {
            out.push_back(line(file, where, "is not routine.json or a picture the routine could use: " + problem));
            continue;
        }
        const DecodeResult decoded =
            decodeImageMemory({reinterpret_cast<const std::uint8_t*>(m.bytes.data()), m.bytes.size()}, m.name);
        if (const auto* reason = std::get_if<std::string>(&decoded))
            out.push_back(
                line(file, where, "the picture cannot be shown: " + *reason + "; replace it and export again"));
    }
    if (!hasRoutine)
        out.push_back(line(file, "file", "holds no routine.json at its top; make it with `matside export ROUTINE`"));
    return out;
}

// An installed folder (<id> or <id>_N) holding exactly these members, or empty.
fs::path identicalInstall(const fs::path& routinesDir, const std::string& id,
                          const std::vector<archive::Member>& members) {
    for (int n = 1; n < 1000; ++n) {
        const fs::path folder = routinesDir / (n == 1 ? id : id + "_" + std::to_string(n));
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) return {};
        bool same = true;
        for (const auto& m : members) {
            std::string bytes;
            same = same && !fs::is_symlink(folder / m.name, ec) && readWhole(folder / m.name, m.bytes.size(), bytes) &&
                   bytes == m.bytes;
        }
        if (same) return folder;
    }
    return {};
}

} // namespace

TransferResult exportRoutine(const fs::path& routineFile, const fs::path& archiveFile,
                             const std::vector<fs::path>& assetDirs) {
    LoadResult loaded = loadRoutineFile(routineFile, assetDirs);
    if (!loaded.ok()) {
        std::vector<std::string> errors;
        for (const auto& d : loaded.errors) errors.push_back(formatDiagnostic(routineFile, d));
        return refused(kExitInvalid, std::move(errors));
    }
    std::vector<archive::Member> members(1);
    members[0].name = kArchiveRoutineName;
    // The very bytes of the file, so an import gives back exactly what was exported.
    if (!readWhole(routineFile, kMaxRoutineFileBytes, members[0].bytes))
        return refused(kExitRuntime, {line(routineFile, "file", "cannot be read again; check that it is still there")});
    for (const std::string& relative : picturePaths(*loaded.routine)) {
        const fs::path path = resolveIllustration(*loaded.routine, relative, assetDirs);
        archive::Member m{relative, {}};
        if (path.empty() || !readWhole(path, kMaxImageFileBytes, m.bytes))
            return refused(kExitInvalid, {line(routineFile, relative, "the picture cannot be read")});
        const DecodeResult decoded =
            decodeImageMemory({reinterpret_cast<const std::uint8_t*>(m.bytes.data()), m.bytes.size()}, path.string());
        if (const auto* reason = std::get_if<std::string>(&decoded))
            return refused(kExitInvalid, {line(routineFile, relative, "the picture cannot be shown: " + *reason)});
        members.push_back(std::move(m));
    }
    if (std::string error = archive::writeArchive(archiveFile, members); !error.empty())
        return refused(kExitRuntime, {archiveFile.string() + ": error: " + error});
    TransferResult r;
    r.written = archiveFile;
    r.title = loaded.routine->title;
    return r;
}

TransferResult importRoutine(const fs::path& archiveFile, const fs::path& routinesDir, Clash clash) {
    const archive::ReadResult read = archive::readArchive(archiveFile);
    if (!read.ok()) {
        std::vector<std::string> errors;
        for (const auto& p : read.problems) errors.push_back(line(archiveFile, p.where, p.what));
        return refused(kExitInvalid, std::move(errors));
    }
    if (auto problems = memberProblems(archiveFile, read.members); !problems.empty())
        return refused(kExitInvalid, std::move(problems));

    StagingFolder staging(routinesDir);
    if (!staging.error().empty()) return refused(kExitRuntime, {archiveFile.string() + ": error: " + staging.error()});
    for (const auto& m : read.members) {
        if (std::string error = staging.write(m.name, m.bytes); !error.empty())
            return refused(kExitRuntime, {archiveFile.string() + ": error: " + error});
    }
    // Only the archive's own pictures count: no asset folder, so nothing may be missing from it.
    const fs::path staged = staging.path() / kArchiveRoutineName;
    LoadResult loaded = loadRoutineFile(staged, {});
    if (!loaded.ok()) {
        std::vector<std::string> errors;
        for (const auto& d : loaded.errors)
            errors.push_back(line(archiveFile, std::string(kArchiveRoutineName) + " " + d.where, d.what));
        return refused(kExitInvalid, std::move(errors));
    }
    const auto used = picturePaths(*loaded.routine);
    for (const auto& m : read.members) {
        if (m.name != kArchiveRoutineName && std::find(used.begin(), used.end(), m.name) == used.end())
            return refused(kExitInvalid, {line(archiveFile, "entry \"" + m.name + "\"",
                                               "is a picture the routine does not use; export the routine again")});
    }
    if (clash == Clash::ReuseIdentical) {
        if (const fs::path same = identicalInstall(routinesDir, loaded.routine->id, read.members); !same.empty()) {
            TransferResult r;
            r.written = same / kArchiveRoutineName;
            r.title = loaded.routine->title;
            return r;
        }
    }
    const StagingFolder::Installed installed =
        staging.install(loaded.routine->id, clash == Clash::ReuseIdentical ? Clash::Rename : clash);
    if (installed.exitCode != kExitOk)
        return refused(installed.exitCode, {archiveFile.string() + ": error: " + installed.error});
    TransferResult r;
    r.written = installed.folder / kArchiveRoutineName;
    r.title = loaded.routine->title;
    return r;
}

} // namespace matside::sharing
