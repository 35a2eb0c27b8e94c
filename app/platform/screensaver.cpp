// X11 screen-saver suspend through libXss (MIT-SCREEN-SAVER extension).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/screensaver.h"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

namespace matside::platform {

ScreenSaverSuspender::ScreenSaverSuspender(void* x11Display) : m_display(x11Display) {
    int eventBase = 0, errorBase = 0;
    m_available = m_display && XScreenSaverQueryExtension(static_cast<Display*>(m_display), &eventBase, &errorBase);
}

ScreenSaverSuspender::~ScreenSaverSuspender() { setSuspended(false); }

void ScreenSaverSuspender::setSuspended(bool suspended) {
    if (suspended == m_suspended) return;
    m_suspended = suspended;
    if (!m_available) return;
    auto* display = static_cast<Display*>(m_display);
    XScreenSaverSuspend(display, suspended ? True : False);
    XFlush(display);
}

} // namespace matside::platform
