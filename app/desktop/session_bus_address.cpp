// The session bus lookup GLib does ($DBUS_SESSION_BUS_ADDRESS, then $XDG_RUNTIME_DIR/bus),
// minus the autolaunch step.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/session_bus_address.h"

#include <cstdlib>
#include <filesystem>

namespace matside::desktop {

std::string sessionBusMissingReason() {
    const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    if (address && *address) return {};
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code ec;
    if (runtime && *runtime && std::filesystem::exists(std::filesystem::path(runtime) / "bus", ec)) return {};
    return "no session bus (DBUS_SESSION_BUS_ADDRESS is not set and there is no $XDG_RUNTIME_DIR/bus)";
}

} // namespace matside::desktop
