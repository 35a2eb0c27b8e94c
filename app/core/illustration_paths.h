// Loader internals: the rules an illustration path must follow, and where it is found.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace matside::loader {

// What is wrong with a path as written (absolute, '..', backslashes, not a picture), or empty.
std::string illustrationPathProblem(std::string_view relative);

struct IllustrationLookup {
    std::filesystem::path found; // empty when no folder holds it
    std::string refused;         // why a file that exists was not accepted, if one was
};

// Looks for `relative` next to `routineFile` first, then in each of `assetDirs`. Only a
// regular file that stays inside its folder once symlinks are followed counts.
IllustrationLookup findIllustration(std::string_view relative, const std::filesystem::path& routineFile,
                                    const std::vector<std::filesystem::path>& assetDirs);

} // namespace matside::loader
