// The player's side of the session bus: keeps the screen awake while a step runs and lets
// `matside remind` raise an open player. Callers never see GLib (this header is plain C++).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

namespace matside::desktop {

// The D-Bus name an open player owns, so `matside remind` can raise it instead of opening a
// second one. The object /org/matside/Player has one method, org.matside.Player.Raise().
inline constexpr const char* kPlayerBusName = "org.matside.Player";

// One connection to the session bus on its own thread (a GLib main loop there), so a slow or
// missing bus never delays a frame or a cue. The inhibit goes through
// org.freedesktop.ScreenSaver.Inhibit (GNOME, KDE and most others honour it, unlike the X11
// suspend), or org.freedesktop.portal.Inhibit inside a Flatpak sandbox. A lost connection
// drops the inhibit, so a crash cannot leave the screen awake.
class PlayerBus {
public:
    // `wake` runs on the bus thread when a Raise request arrives (it should wake the loop).
    explicit PlayerBus(std::function<void()> wake);
    ~PlayerBus(); // releases the inhibit (UnInhibit) and leaves the bus
    PlayerBus(const PlayerBus&) = delete;
    PlayerBus& operator=(const PlayerBus&) = delete;

    // Holds (true) or releases (false) the screen-saver inhibit. Cheap when unchanged; never
    // blocks on the bus. Without a bus or a service: one line on stderr, once, then nothing.
    void setScreenInhibited(bool inhibited);
    // True once after each Raise request from `matside remind`.
    bool takeRaiseRequest();

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
    bool m_requested = false;
};

} // namespace matside::desktop
