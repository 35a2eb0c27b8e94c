// Keeps the screen from blanking or locking while a session runs (X11 screen-saver suspend).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace matside::platform {

class ScreenSaverSuspender {
public:
    // `x11Display` is the window's X Display* (null when not on X11: then this does nothing).
    explicit ScreenSaverSuspender(void* x11Display);
    ~ScreenSaverSuspender(); // releases the suspend
    ScreenSaverSuspender(const ScreenSaverSuspender&) = delete;
    ScreenSaverSuspender& operator=(const ScreenSaverSuspender&) = delete;

    // Suspends (true) or releases (false) the screen saver; repeated calls are cheap.
    void setSuspended(bool suspended);
    bool suspended() const { return m_suspended; }
    bool available() const { return m_available; }

private:
    void* m_display = nullptr;
    bool m_available = false; // the server has the MIT-SCREEN-SAVER extension
    bool m_suspended = false;
};

} // namespace matside::platform
