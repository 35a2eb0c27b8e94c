// A PDF written the way user data is: into a temporary file beside the target, synced, then
// renamed over it, so a failure or a kill never leaves a half-written document behind.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/paper.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

typedef struct _cairo_surface cairo_surface_t;

namespace matside::documents {

// Why the folder `target` goes into cannot take a new file, or nothing.
std::optional<std::string> outputFolderProblem(const std::filesystem::path& target);

// Creates a cairo PDF surface of `paper` on a temporary file next to `target`, runs `draw` on
// it and, when it returns nothing, finishes, syncs and renames it to `target`. On any error
// (from `draw` or the file system) the temporary file is removed and the one-line reason,
// naming the file, is returned.
std::optional<std::string> writePdfAtomically(const std::filesystem::path& target, PaperSize paper,
                                              const std::function<std::optional<std::string>(cairo_surface_t*)>& draw);

} // namespace matside::documents
