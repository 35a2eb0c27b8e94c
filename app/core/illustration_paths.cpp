// Loader internals: illustration path rules and lookup (routine's folder, then assets/).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/illustration_paths.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace matside::loader {
namespace fs = std::filesystem;

namespace {

std::string lowerExtension(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    std::string ext(path.substr(dot));
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// Symlinks may lead anywhere; a routine must not make matside read files outside the folder.
bool staysInside(const fs::path& candidate, const fs::path& base) {
    std::error_code ec;
    const auto realBase = fs::canonical(base, ec);
    if (ec) return false;
    const auto realFile = fs::canonical(candidate, ec);
    if (ec) return false;
    const auto rel = realFile.lexically_relative(realBase);
    return !rel.empty() && *rel.begin() != "..";
}

} // namespace

std::string illustrationPathProblem(std::string_view relative) {
    if (relative.empty()) return "expected a relative path like \"illustrations/side_plank_start.png\", found an empty string";
    if (relative.front() == '/')
        return "is an absolute path; write it relative to the routine's folder or matside's assets/ "
               "(like \"illustrations/side_plank_start.png\")";
    if (relative.find('\\') != std::string_view::npos) return "contains '\\'; separate folders with '/'";
    for (const auto& part : fs::path(relative))
        if (part == "..")
            return "contains '..'; an illustration must sit in the routine's folder or in matside's assets/";
    const auto ext = lowerExtension(relative);
    if (ext != ".png" && ext != ".jpg" && ext != ".jpeg")
        return "expected a .png or .jpg picture, found \"" + std::string(relative) + "\"";
    return {};
}

IllustrationLookup findIllustration(std::string_view relative, const fs::path& routineFile,
                                    const std::vector<fs::path>& assetDirs) {
    IllustrationLookup result;
    if (!illustrationPathProblem(relative).empty()) return result;
    std::vector<fs::path> folders;
    if (!routineFile.empty())
        folders.push_back(routineFile.has_parent_path() ? routineFile.parent_path() : fs::path("."));
    folders.insert(folders.end(), assetDirs.begin(), assetDirs.end());

    for (const auto& folder : folders) {
        if (folder.empty()) continue;
        const fs::path candidate = folder / fs::path(relative);
        std::error_code ec;
        const auto status = fs::status(candidate, ec);
        if (ec || !fs::exists(status)) continue;
        if (!fs::is_regular_file(status)) {
            result.refused = candidate.string() + " is not a regular file";
        } else if (!staysInside(candidate, folder)) {
            result.refused = candidate.string() + " leads outside its folder through a symlink";
        } else {
            result.found = candidate;
            return result;
        }
    }
    return result;
}

} // namespace matside::loader
