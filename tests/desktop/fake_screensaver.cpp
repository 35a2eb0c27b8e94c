// A stand-in org.freedesktop.ScreenSaver for the bus tests: owns the name on the (private)
// session bus and appends one line per Inhibit/UnInhibit to a log, with the caller's pid,
// its reason and the wall-clock time in milliseconds.
//   fake_screensaver LOG READY    (READY is created once the name is ours)
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gio/gio.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace {

const char* const kXml = "<node><interface name='org.freedesktop.ScreenSaver'>"
                         "<method name='Inhibit'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
                         "<arg type='u' direction='out'/></method>"
                         "<method name='UnInhibit'><arg type='u' direction='in'/></method>"
                         "</interface></node>";

struct State {
    std::FILE* log = nullptr;
    std::string ready;
    guint32 nextCookie = 41;
};

long long wallMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

guint32 callerPid(GDBusConnection* bus, const gchar* sender) {
    GVariant* r = g_dbus_connection_call_sync(
        bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetConnectionUnixProcessID",
        g_variant_new("(s)", sender), G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NONE, 2000, nullptr, nullptr);
    guint32 pid = 0;
    if (r) g_variant_get(r, "(u)", &pid), g_variant_unref(r);
    return pid;
}

void onCall(GDBusConnection* bus, const gchar* sender, const gchar*, const gchar*, const gchar* method,
            GVariant* params, GDBusMethodInvocation* invocation, gpointer data) {
    auto* s = static_cast<State*>(data);
    const guint32 pid = callerPid(bus, sender);
    if (std::string(method) == "Inhibit") {
        const gchar *app = nullptr, *reason = nullptr;
        g_variant_get(params, "(&s&s)", &app, &reason);
        const guint32 cookie = s->nextCookie++;
        std::fprintf(s->log, "%lld Inhibit pid=%u cookie=%u app=%s reason=%s\n", wallMs(), pid, cookie, app, reason);
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(u)", cookie));
    } else {
        guint32 cookie = 0;
        g_variant_get(params, "(u)", &cookie);
        std::fprintf(s->log, "%lld UnInhibit pid=%u cookie=%u\n", wallMs(), pid, cookie);
        g_dbus_method_invocation_return_value(invocation, nullptr);
    }
    std::fflush(s->log);
}

void onAcquired(GDBusConnection*, const gchar*, gpointer data) {
    auto* s = static_cast<State*>(data);
    if (std::FILE* f = std::fopen(s->ready.c_str(), "w")) std::fclose(f);
}

void onBusAcquired(GDBusConnection* bus, const gchar*, gpointer data) {
    static GDBusInterfaceVTable vtable{};
    vtable.method_call = onCall;
    GDBusNodeInfo* info = g_dbus_node_info_new_for_xml(kXml, nullptr);
    g_dbus_connection_register_object(bus, "/org/freedesktop/ScreenSaver", info->interfaces[0], &vtable, data, nullptr,
                                      nullptr);
    g_dbus_node_info_unref(info);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fake_screensaver LOG READY\n");
        return 2;
    }
    State s;
    s.log = std::fopen(argv[1], "a");
    s.ready = argv[2];
    if (!s.log) return 1;
    g_bus_own_name(G_BUS_TYPE_SESSION, "org.freedesktop.ScreenSaver", G_BUS_NAME_OWNER_FLAGS_NONE, onBusAcquired,
                   onAcquired, nullptr, &s, nullptr);
    GMainLoop* loop = g_main_loop_new(nullptr, FALSE);
    g_main_loop_run(loop); // until the test's bus goes away
    return 0;
}
