// Reading the small files `matside remind` keeps; writing them is core/atomic_write.h's.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/atomic_file.h"

#include <fstream>
#include <sstream>

namespace matside::remind {

bool readSmallFile(const std::filesystem::path& file, std::size_t maxBytes, std::string& out) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size > maxBytes) return false;
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    std::ostringstream text;
    text << in.rdbuf();
    out = text.str();
    return out.size() <= maxBytes;
}

} // namespace matside::remind
