// The reminder loop on GLib's main loop (which libnotify's action signals need anyway): the
// timerfd, the inotify descriptor and the signals are sources on it, so between slots the
// process sleeps in poll() with no timeout at all.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/remind_daemon.h"

#include "core/stderr_line.h"
#include "history/data_dir.h"
#include "history/settings.h"
#include "notify/notifier.h"
#include "remind/done_sessions.h"
#include "remind/remind_lock.h"
#include "remind/remind_state.h"
#include "remind/reminder_planner.h"
#include "remind/routine_lookup.h"

#include <gio/gio.h>
#include <glib-unix.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstring>
#include <sys/inotify.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace matside::remind {

namespace {

constexpr const char* kPlayerName = "org.matside.Player";

class Daemon {
public:
    explicit Daemon(DaemonOptions o) : m_o(std::move(o)), m_loop(g_main_loop_new(nullptr, FALSE)) {}
    ~Daemon() {
        if (m_timer >= 0) ::close(m_timer);
        if (m_inotify >= 0) ::close(m_inotify);
        g_main_loop_unref(m_loop);
    }
    int run();

private:
    WallTime now() const { return std::chrono::system_clock::now() + m_o.clockOffset; }
    void evaluate();
    void arm(std::optional<WallTime> at);
    void show(const PlannedSlot& slot, bool catchUp);
    void act(const PlannedSlot& slot, notify::ReminderAction action);
    void startNow(const std::string& routineId);
    void noticeOnce(const std::string& line) {
        if (line != m_lastNotice) printStderrLine("matside: remind: " + line);
        m_lastNotice = line;
    }
    static gboolean onTimer(gint fd, GIOCondition, gpointer self);
    static gboolean onSettings(gint fd, GIOCondition, gpointer self);

    DaemonOptions m_o;
    GMainLoop* m_loop;
    std::unique_ptr<notify::Notifier> m_notifier;
    PlannerState m_state;
    int m_timer = -1, m_inotify = -1;
    std::string m_lastNotice;
};

int Daemon::run() {
    auto opened = notify::Notifier::open();
    if (auto* err = std::get_if<std::string>(&opened)) {
        printStderrLine("matside: remind: " + *err);
        return 3;
    }
    m_notifier = std::move(std::get<0>(opened));
    if (!m_notifier->hasActions())
        printStderrLine("matside: remind: the notification service (" + m_notifier->serverName() +
                        ") shows no buttons, so reminders come without Start now, In 10 minutes and Skip today");

    const LoadedState loaded = loadRemindState(remindStatePath(m_o.dataDir));
    if (!loaded.notice.empty()) printStderrLine("matside: remind: " + loaded.notice);
    m_state = loaded.state;

    m_timer = ::timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    std::error_code ec;
    std::filesystem::create_directories(m_o.configDir, ec);
    if (m_timer < 0 || m_inotify < 0 ||
        ::inotify_add_watch(m_inotify, m_o.configDir.c_str(),
                            IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM) < 0) {
        printStderrLine("matside: remind: cannot watch the clock or " + m_o.configDir.string() + ": " +
                        std::strerror(errno));
        return 3;
    }
    g_unix_fd_add(m_timer, G_IO_IN, onTimer, this);
    g_unix_fd_add(m_inotify, G_IO_IN, onSettings, this);
    auto quit = [](gpointer loop) -> gboolean {
        g_main_loop_quit(static_cast<GMainLoop*>(loop));
        return G_SOURCE_CONTINUE;
    };
    g_unix_signal_add(SIGTERM, quit, m_loop);
    g_unix_signal_add(SIGINT, quit, m_loop);
    g_unix_signal_add(
        SIGHUP,
        [](gpointer self) -> gboolean {
            static_cast<Daemon*>(self)->evaluate();
            return G_SOURCE_CONTINUE;
        },
        this);

    evaluate();
    g_main_loop_run(m_loop);
    m_notifier->withdraw(); // its buttons would lead nowhere once this process is gone
    return 0;
}

void Daemon::evaluate() {
    const LoadedSettings settings = loadSettings(settingsPath(m_o.configDir));
    if (!settings.notice.empty()) noticeOnce(settings.notice);
    const DoneSessionsRead done = readDoneSessions(m_o.dataDir);
    if (!done.notice.empty()) noticeOnce(done.notice);
    const PlannerState before = m_state;
    const Decision d = decide(settings.settings.schedule, settings.settings.quietHours, done.sessions, now(), m_state);
    if (!(m_state == before))
        if (auto err = saveRemindState(m_state, remindStatePath(m_o.dataDir)); !err.empty()) noticeOnce(err);
    for (const Due& due : d.due) show(due.slot, due.catchUp);
    arm(d.wakeAt);
}

void Daemon::arm(std::optional<WallTime> at) {
    itimerspec spec{};
    if (at) {
        const auto real = *at - m_o.clockOffset;
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(real.time_since_epoch()).count();
        spec.it_value.tv_sec = std::max<long long>(ns / 1000000000, 0);
        spec.it_value.tv_nsec = ns > 0 ? ns % 1000000000 : 1;
    }
    // Absolute on the real-time clock: a suspended machine wakes up past it and fires at once;
    // CANCEL_ON_SET makes a clock change (by hand, by NTP stepping) wake us to look again.
    if (::timerfd_settime(m_timer, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr) != 0)
        noticeOnce(std::string("cannot set the wake-up timer: ") + std::strerror(errno));
}

gboolean Daemon::onTimer(gint fd, GIOCondition, gpointer self) {
    std::uint64_t expirations = 0;
    // ECANCELED: the clock was set; either way the next step is to look at the schedule again.
    [[maybe_unused]] const ssize_t n = ::read(fd, &expirations, sizeof expirations);
    static_cast<Daemon*>(self)->evaluate();
    return G_SOURCE_CONTINUE;
}

gboolean Daemon::onSettings(gint fd, GIOCondition, gpointer self) {
    alignas(inotify_event) char buffer[4096];
    bool relevant = false;
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
        for (char* p = buffer; p < buffer + n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(p);
            if (e->len && std::string(e->name) == "settings.json") relevant = true;
            p += sizeof(inotify_event) + e->len;
        }
    }
    if (relevant) static_cast<Daemon*>(self)->evaluate(); // a new plan: look again at once
    return G_SOURCE_CONTINUE;
}

void Daemon::show(const PlannedSlot& slot, bool catchUp) {
    const std::optional<RoutineInfo> routine = findRoutine(slot.routineId);
    notify::Reminder r;
    const std::string title = routine ? routine->title : slot.routineId;
    const int minutes = routine ? std::max(1, int(std::lround(routine->totalSeconds / 60.0))) : 0;
    const std::string length = minutes ? "About " + std::to_string(minutes) + " minutes. " : "";
    const std::string at = formatClockTime(slot.minute);
    r.summary = "Time for your exercises: " + title;
    r.body = catchUp ? "Planned for " + at + ", not done yet. " + length : length + "Planned for " + at + ".";
    if (!r.body.empty() && r.body.back() == ' ') r.body.pop_back();
    if (!routine) noticeOnce("the planned routine '" + slot.routineId + "' is not in the routine library");
    const std::string err =
        m_notifier->show(slot.routineId, r, [this, slot](notify::ReminderAction a) { act(slot, a); });
    if (!err.empty()) noticeOnce(err);
}

void Daemon::act(const PlannedSlot& slot, notify::ReminderAction action) {
    switch (action) {
    case notify::ReminderAction::StartNow: startNow(slot.routineId); break;
    case notify::ReminderAction::Snooze: snooze(m_state, slot, now()); break;
    case notify::ReminderAction::SkipToday: skipToday(m_state, slot, now()); break;
    }
    if (auto err = saveRemindState(m_state, remindStatePath(m_o.dataDir)); !err.empty()) noticeOnce(err);
    evaluate(); // re-arms for the snooze or past the skipped slots
}

void Daemon::startNow(const std::string& routineId) {
    // A player already open owns org.matside.Player: raise it rather than open a second one.
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, nullptr);
    if (bus) {
        GVariant* r =
            g_dbus_connection_call_sync(bus, kPlayerName, "/org/matside/Player", kPlayerName, "Raise", nullptr, nullptr,
                                        G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000, nullptr, nullptr);
        g_object_unref(bus);
        if (r) {
            g_variant_unref(r);
            return;
        }
    }
    const std::optional<RoutineInfo> routine = findRoutine(routineId);
    if (!routine) return noticeOnce("cannot start '" + routineId + "': it is not in the routine library");
    std::vector<std::string> args{m_o.exe.string(), "play", routine->file.string()};
    args.insert(args.end(), m_o.playArgs.begin(), m_o.playArgs.end());
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    GError* error = nullptr;
    // Without DO_NOT_REAP_CHILD, GLib double-forks: the player is nobody's zombie.
    if (!g_spawn_async(nullptr, argv.data(), nullptr, G_SPAWN_STDIN_FROM_DEV_NULL, nullptr, nullptr, nullptr, &error)) {
        noticeOnce(std::string("cannot start the player: ") + (error ? error->message : "?"));
        if (error) g_error_free(error);
    }
}

} // namespace

int runRemindDaemon(const DaemonOptions& options) {
    std::optional<int> holder;
    std::string error;
    std::optional<RemindLock> lock = RemindLock::acquire(holder, error);
    if (!lock) {
        if (!error.empty()) {
            printStderrLine("matside: remind: " + error);
            return 3;
        }
        printStderrLine("matside: remind: already running" + (holder ? " (pid " + std::to_string(*holder) + ")" : "") +
                        "; one per user is enough");
        return 0;
    }
    Daemon daemon(options);
    return daemon.run();
}

} // namespace matside::remind
