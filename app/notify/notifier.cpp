// Notifier over libnotify: one NotifyNotification on screen per routine, with three actions
// when the service supports them (capability "actions"), without expiry: it waits for the person.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/notifier.h"

#include "desktop/session_bus_address.h"

#include <libnotify/notify.h>

#include <cstring>

namespace matside::notify {

const char* toString(ReminderAction action) {
    switch (action) {
    case ReminderAction::StartNow: return "start";
    case ReminderAction::Snooze: return "snooze";
    case ReminderAction::SkipToday: return "skip";
    }
    return "?";
}

struct Notifier::Shown {
    NotifyNotification* notification = nullptr;
    std::function<void(ReminderAction)> onAction;
    ~Shown() {
        if (notification) g_object_unref(notification);
    }
};

namespace {

struct ActionData {
    Notifier::Shown* shown;
    ReminderAction action;
};

void onAction(NotifyNotification*, char*, gpointer data) {
    auto* a = static_cast<ActionData*>(data);
    if (a->shown->onAction) a->shown->onAction(a->action);
}

bool hasCapability(GList* caps, const char* name) {
    for (GList* c = caps; c; c = c->next)
        if (std::strcmp(static_cast<const char*>(c->data), name) == 0) return true;
    return false;
}

} // namespace

std::variant<std::unique_ptr<Notifier>, std::string> Notifier::open() {
    if (const std::string missing = desktop::sessionBusMissingReason(); !missing.empty())
        return missing + "; reminders need a desktop session";
    if (!notify_is_initted() && !notify_init("matside")) return std::string("cannot start libnotify");
    char *name = nullptr, *vendor = nullptr, *version = nullptr, *spec = nullptr;
    if (!notify_get_server_info(&name, &vendor, &version, &spec))
        return std::string("no notification service on the session bus (org.freedesktop.Notifications); "
                           "start one (your desktop's, or e.g. dunst) and run `matside remind` again");
    std::unique_ptr<Notifier> n(new Notifier());
    n->m_server = std::string(name ? name : "?") + " " + (version ? version : "");
    g_free(name), g_free(vendor), g_free(version), g_free(spec);
    GList* caps = notify_get_server_caps();
    n->m_actions = hasCapability(caps, "actions");
    g_list_free_full(caps, g_free);
    return n;
}

Notifier::~Notifier() {
    m_shown.clear();
    if (notify_is_initted()) notify_uninit();
}

std::string Notifier::show(const std::string& key, const Reminder& reminder,
                           std::function<void(ReminderAction)> onActionFn) {
    // Replacing: the same notification object, updated, keeps one on screen per key (no pile).
    std::unique_ptr<Shown>& shown = m_shown[key];
    if (!shown) {
        shown = std::make_unique<Shown>();
        shown->notification = notify_notification_new(reminder.summary.c_str(), reminder.body.c_str(), "matside");
        notify_notification_set_app_name(shown->notification, "matside");
        notify_notification_set_hint(shown->notification, "desktop-entry", g_variant_new_string("matside"));
        notify_notification_set_category(shown->notification, "x-matside.reminder");
        notify_notification_set_timeout(shown->notification, NOTIFY_EXPIRES_NEVER);
    } else {
        notify_notification_update(shown->notification, reminder.summary.c_str(), reminder.body.c_str(), "matside");
    }
    shown->onAction = std::move(onActionFn);
    NotifyNotification* n = shown->notification;
    notify_notification_clear_actions(n);
    if (m_actions) {
        const std::pair<const char*, ReminderAction> actions[] = {{"start", ReminderAction::StartNow},
                                                                  {"snooze", ReminderAction::Snooze},
                                                                  {"skip", ReminderAction::SkipToday}};
        const char* labels[] = {"Start now", "In 10 minutes", "Skip today"};
        for (int i = 0; i < 3; ++i)
            notify_notification_add_action(n, actions[i].first, labels[i], onAction,
                                           new ActionData{shown.get(), actions[i].second},
                                           [](gpointer p) { delete static_cast<ActionData*>(p); });
        // Clicking the body (the default action) starts too, as the first button would.
        notify_notification_add_action(n, "default", "Start now", onAction,
                                       new ActionData{shown.get(), ReminderAction::StartNow},
                                       [](gpointer p) { delete static_cast<ActionData*>(p); });
    }
    GError* error = nullptr;
    if (!notify_notification_show(n, &error)) {
        std::string message = error ? error->message : "unknown error";
        if (error) g_error_free(error);
        return "the notification service refused the reminder (" + message + ")";
    }
    return {};
}

void Notifier::withdraw() {
    for (auto& [key, shown] : m_shown) notify_notification_close(shown->notification, nullptr);
    m_shown.clear();
}

} // namespace matside::notify
