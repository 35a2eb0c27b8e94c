// A notification server without actions, for the bus tests: owns org.freedesktop.Notifications,
// answers GetCapabilities with ["body"] only and logs each Notify as one line:
// "SUMMARY|BODY|N actions".   fake_notifications LOG READY
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gio/gio.h>

#include <cstdio>
#include <string>

namespace {

const char* const kXml =
    "<node><interface name='org.freedesktop.Notifications'>"
    "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
    "<method name='GetServerInformation'><arg type='s' direction='out'/><arg type='s' direction='out'/>"
    "<arg type='s' direction='out'/><arg type='s' direction='out'/></method>"
    "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
    "<arg type='a{sv}' direction='in'/><arg type='i' direction='in'/><arg type='u' direction='out'/></method>"
    "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
    "</interface></node>";

struct State {
    std::FILE* log = nullptr;
    std::string ready;
    guint32 next = 1;
};

void onCall(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar* method, GVariant* params,
            GDBusMethodInvocation* invocation, gpointer data) {
    auto* s = static_cast<State*>(data);
    const std::string m = method;
    if (m == "GetCapabilities") {
        const gchar* caps[] = {"body", nullptr};
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(^as)", caps));
    } else if (m == "GetServerInformation") {
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(ssss)", "plain", "matside-test", "1", "1.2"));
    } else if (m == "Notify") {
        const gchar *summary = nullptr, *body = nullptr;
        GVariant* actions = g_variant_get_child_value(params, 5);
        g_variant_get_child(params, 3, "&s", &summary);
        g_variant_get_child(params, 4, "&s", &body);
        std::fprintf(s->log, "%s|%s|%zu actions\n", summary, body, g_variant_n_children(actions));
        std::fflush(s->log);
        g_variant_unref(actions);
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(u)", s->next++));
    } else {
        g_dbus_method_invocation_return_value(invocation, nullptr);
    }
}

void onBusAcquired(GDBusConnection* bus, const gchar*, gpointer data) {
    static GDBusInterfaceVTable vtable{};
    vtable.method_call = onCall;
    GDBusNodeInfo* info = g_dbus_node_info_new_for_xml(kXml, nullptr);
    g_dbus_connection_register_object(bus, "/org/freedesktop/Notifications", info->interfaces[0], &vtable, data,
                                      nullptr, nullptr);
    g_dbus_node_info_unref(info);
}

void onAcquired(GDBusConnection*, const gchar*, gpointer data) {
    if (std::FILE* f = std::fopen(static_cast<State*>(data)->ready.c_str(), "w")) std::fclose(f);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    State s;
    s.log = std::fopen(argv[1], "a");
    s.ready = argv[2];
    if (!s.log) return 1;
    g_bus_own_name(G_BUS_TYPE_SESSION, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE, onBusAcquired,
                   onAcquired, nullptr, &s, nullptr);
    g_main_loop_run(g_main_loop_new(nullptr, FALSE));
    return 0;
}
