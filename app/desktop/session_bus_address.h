// Whether a session bus can be reached without GLib's X11 autolaunch (which would start a
// bus daemon of its own beside a desktop that has none).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace matside::desktop {

// Empty when a session bus is there to connect to; otherwise the reason, in words.
std::string sessionBusMissingReason();

} // namespace matside::desktop
