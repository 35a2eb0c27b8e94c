// PlayerBus over GDBus: a private GLib main loop on one thread owns the connection, the
// screen-saver cookie and the org.matside.Player name.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/player_bus.h"

#include "core/stderr_line.h"
#include "desktop/session_bus_address.h"

#include <gio/gio.h>

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace matside::desktop {

namespace {
constexpr const char* kReason = "An exercise session is running";
constexpr int kCallTimeoutMs = 2000;
constexpr const char* kPlayerXml =
    "<node><interface name='org.matside.Player'><method name='Raise'/></interface></node>";
} // namespace

struct PlayerBus::Impl {
    std::function<void()> wake;
    GMainContext* context = g_main_context_new();
    GMainLoop* loop = g_main_loop_new(context, FALSE);
    std::atomic<bool> raiseRequested{false};
    std::thread thread;
    // Touched on the bus thread only:
    GDBusConnection* bus = nullptr;
    std::string busMissing; // why there is no bus (empty when connected)
    guint objectId = 0, ownerId = 0;
    std::optional<guint32> cookie; // org.freedesktop.ScreenSaver's
    std::string portalRequest;     // org.freedesktop.portal.Inhibit's request object
    bool warned = false;
    bool sandboxed = std::filesystem::exists("/.flatpak-info");

    bool held() const { return cookie || !portalRequest.empty(); }
    void notice(const std::string& why) {
        if (std::exchange(warned, true)) return;
        printStderrLine("matside: screen saver: " + why +
                        "; the screen may blank during a session (only the X11 suspend is held)");
    }
    void connect();
    void apply(bool inhibited);
    void leave();
};

namespace {

void onMethodCall(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant*,
                  GDBusMethodInvocation* invocation, gpointer data) {
    auto* s = static_cast<PlayerBus::Impl*>(data);
    s->raiseRequested = true;
    if (s->wake) s->wake();
    g_dbus_method_invocation_return_value(invocation, nullptr);
}

std::string takeMessage(GError* error) {
    std::string m = error ? error->message : "unknown error";
    if (error) g_error_free(error);
    return m;
}

// One short reason: "no service" is the common case (a desktop without one).
std::string screenSaverProblem(GError* error) {
    const bool missing = g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
                         g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER);
    if (error) g_dbus_error_strip_remote_error(error);
    const std::string detail = missing ? "" : " (" + std::string(error ? error->message : "?") + ")";
    if (error) g_error_free(error);
    return "no org.freedesktop.ScreenSaver service on the session bus" + detail;
}

// Runs `fn` once on the bus thread.
template <class Fn>
void post(GMainContext* context, Fn fn, gint priority = G_PRIORITY_DEFAULT) {
    auto* heap = new Fn(std::move(fn));
    GSource* idle = g_idle_source_new();
    g_source_set_priority(idle, priority);
    g_source_set_callback(
        idle,
        [](gpointer p) -> gboolean {
            (*static_cast<Fn*>(p))();
            return G_SOURCE_REMOVE;
        },
        heap, [](gpointer p) { delete static_cast<Fn*>(p); });
    g_source_attach(idle, context);
    g_source_unref(idle);
}

} // namespace

void PlayerBus::Impl::connect() {
    busMissing = sessionBusMissingReason();
    if (!busMissing.empty()) return;
    GError* error = nullptr;
    bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    if (!bus) {
        busMissing = "cannot connect to the session bus (" + takeMessage(error) + ")";
        return;
    }
    g_dbus_connection_set_exit_on_close(bus, FALSE); // a lost bus must not end the session
    static GDBusInterfaceVTable vtable{};
    vtable.method_call = onMethodCall;
    GDBusNodeInfo* info = g_dbus_node_info_new_for_xml(kPlayerXml, nullptr);
    objectId = g_dbus_connection_register_object(bus, "/org/matside/Player", info->interfaces[0], &vtable, this,
                                                 nullptr, nullptr);
    g_dbus_node_info_unref(info);
    // The first player keeps the name; a second one simply is not raised.
    ownerId = g_bus_own_name_on_connection(bus, kPlayerBusName, G_BUS_NAME_OWNER_FLAGS_NONE, nullptr, nullptr, nullptr,
                                           nullptr);
}

void PlayerBus::Impl::apply(bool inhibited) {
    if (inhibited == held()) return;
    if (!bus) return notice(busMissing);
    GError* error = nullptr;
    if (inhibited && sandboxed) {
        GVariantBuilder options;
        g_variant_builder_init(&options, G_VARIANT_TYPE_VARDICT);
        g_variant_builder_add(&options, "{sv}", "reason", g_variant_new_string(kReason));
        GVariant* r = g_dbus_connection_call_sync(
            bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Inhibit",
            "Inhibit", g_variant_new("(sua{sv})", "", 8u /* idle */, &options), G_VARIANT_TYPE("(o)"),
            G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, nullptr, &error);
        if (!r) return notice("the inhibit portal refused (" + takeMessage(error) + ")");
        const gchar* path = nullptr;
        g_variant_get(r, "(&o)", &path);
        portalRequest = path;
        g_variant_unref(r);
    } else if (inhibited) {
        GVariant* r = g_dbus_connection_call_sync(bus, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                                                  "org.freedesktop.ScreenSaver", "Inhibit",
                                                  g_variant_new("(ss)", "matside", kReason), G_VARIANT_TYPE("(u)"),
                                                  G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, nullptr, &error);
        if (!r) return notice(screenSaverProblem(error));
        guint32 c = 0;
        g_variant_get(r, "(u)", &c);
        cookie = c;
        g_variant_unref(r);
    } else {
        // Releasing: a failure here only means the service is gone, and took the inhibit along.
        GVariant* r =
            !portalRequest.empty()
                ? g_dbus_connection_call_sync(bus, "org.freedesktop.portal.Desktop", portalRequest.c_str(),
                                              "org.freedesktop.portal.Request", "Close", nullptr, nullptr,
                                              G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, nullptr, &error)
                : g_dbus_connection_call_sync(bus, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                                              "org.freedesktop.ScreenSaver", "UnInhibit", g_variant_new("(u)", *cookie),
                                              nullptr, G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, nullptr, &error);
        if (r) g_variant_unref(r);
        if (error) g_error_free(error);
        cookie.reset();
        portalRequest.clear();
    }
}

void PlayerBus::Impl::leave() {
    apply(false);
    if (!bus) return;
    if (ownerId) g_bus_unown_name(ownerId);
    if (objectId) g_dbus_connection_unregister_object(bus, objectId);
    g_dbus_connection_flush_sync(bus, nullptr, nullptr);
    g_object_unref(bus);
    bus = nullptr;
}

PlayerBus::PlayerBus(std::function<void()> wake) : m_impl(std::make_unique<Impl>()) {
    m_impl->wake = std::move(wake);
    m_impl->thread = std::thread([s = m_impl.get()] {
        g_main_context_push_thread_default(s->context);
        s->connect();
        g_main_loop_run(s->loop);
        s->leave();
        // Drain what leaving queued (the name release), then let go of the context.
        while (g_main_context_iteration(s->context, FALSE)) {}
        g_main_context_pop_thread_default(s->context);
    });
}

PlayerBus::~PlayerBus() {
    // After every request already queued: the release happens in leave().
    post(
        m_impl->context, [s = m_impl.get()] { g_main_loop_quit(s->loop); }, G_PRIORITY_LOW);
    m_impl->thread.join();
    g_main_loop_unref(m_impl->loop);
    g_main_context_unref(m_impl->context);
}

void PlayerBus::setScreenInhibited(bool inhibited) {
    if (inhibited == m_requested) return;
    m_requested = inhibited;
    post(m_impl->context, [s = m_impl.get(), inhibited] { s->apply(inhibited); });
}

bool PlayerBus::takeRaiseRequest() { return m_impl->raiseRequested.exchange(false); }

} // namespace matside::desktop
