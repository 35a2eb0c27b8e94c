// Writing a whole buffer to a file descriptor, through short writes and EINTR: the one loop
// the atomic writers (settings, the reminder's files, an import's staged files) share.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace matside {

// False on the first failed write (errno says why) or a write that wrote nothing.
bool writeAll(int fd, std::string_view bytes);

} // namespace matside
