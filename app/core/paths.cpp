// Locates shipped data and assets both in an installed tree and in the build tree.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"

#include <cstdlib>
#include <system_error>

namespace matside {
namespace {

std::filesystem::path executableDir() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path{} : exe.parent_path();
}

// The installed location wins when it exists, so an installed binary never reads the
// (possibly moved or deleted) source tree it was built from.
std::filesystem::path locate(const char* envName, const char* installedSub, const char* sourceDir) {
    if (const char* env = std::getenv(envName); env && *env) return env;
    std::error_code ec;
    const auto exeDir = executableDir();
    if (!exeDir.empty()) {
        auto installed = exeDir / ".." / "share" / "matside" / installedSub;
        if (std::filesystem::is_directory(installed, ec)) return installed.lexically_normal();
    }
    return sourceDir;
}

} // namespace

std::filesystem::path shippedDataDir() {
    return locate("MATSIDE_DATA_ROOT", "data", MATSIDE_SOURCE_DATA_DIR);
}

std::filesystem::path assetsDir() {
    return locate("MATSIDE_ASSETS_DIR", "assets", MATSIDE_SOURCE_ASSETS_DIR);
}

std::filesystem::path defaultRoutinePath() { return shippedDataDir() / "si_joint.json"; }

} // namespace matside
