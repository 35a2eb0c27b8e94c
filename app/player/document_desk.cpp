// Writing the player's PDFs into the documents folder and opening them with xdg-open.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/document_desk.h"

#include "core/paths.h"
#include "core/stderr_line.h"
#include "documents/handout.h"
#include "documents/report_source.h"
#include "documents/tick_log.h"
#include "history/data_dir.h"
#include "history/history_calendar.h"
#include "history/settings.h"
#include "player/guide.h"
#include "player/history_panel.h"
#include "player/player_controller.h"

#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace matside {
namespace {

// Runs `argv` and returns its first line of output (empty on any failure).
std::string firstLineOf(const char* const* argv) {
    int pipeFd[2];
    if (::pipe(pipeFd) != 0) return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFd[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFd[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFd[1]);
    std::string out;
    if (rc == 0) {
        char buf[4096];
        ssize_t n;
        while (out.size() < 4096 && (n = ::read(pipeFd[0], buf, sizeof buf)) > 0)
            out.append(buf, static_cast<std::size_t>(n));
        int status = 0;
        ::waitpid(pid, &status, 0);
    }
    ::close(pipeFd[0]);
    if (auto nl = out.find('\n'); nl != std::string::npos) out.resize(nl);
    return out;
}

bool onPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const fs::path candidate = fs::path(dirs.substr(start, end - start)) / program;
        if (::access(candidate.c_str(), X_OK) == 0) return true;
        start = end + 1;
    }
    return false;
}

} // namespace

fs::path documentsFolder() {
    const char* argv[] = {"xdg-user-dir", "DOCUMENTS", nullptr};
    std::error_code ec;
    if (onPath("xdg-user-dir"))
        if (const fs::path dir = firstLineOf(argv); !dir.empty() && fs::is_directory(dir, ec)) return dir;
    const char* home = std::getenv("HOME");
    return home && *home ? fs::path(home) : fs::path();
}

bool openInViewer(const fs::path& file) {
    if (!onPath("xdg-open")) return false;
    // sh backgrounds the viewer and exits at once: reaping it takes a millisecond, and the
    // viewer, orphaned, is init's to reap.
    const char* argv[] = {"/bin/sh", "-c", "xdg-open \"$1\" >/dev/null 2>&1 &", "sh", file.c_str(), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) return false;
    int status = 0;
    ::waitpid(pid, &status, 0);
    return true;
}

namespace {

// The plans as settings.json holds them now; a bad file was already reported by the player.
Schedule currentSchedule() { return loadSettings(settingsPath(resolveConfigDir())).settings.schedule; }

} // namespace

DocumentDesk::DocumentDesk(const Plan& plan, fs::path dataDir) : m_plan(plan), m_dataDir(std::move(dataDir)) {}

void DocumentDesk::finish(const fs::path& file, const std::string& what) {
    const bool opened = openInViewer(file);
    m_status = what + " saved to " + file.string() + (opened ? "" : "  (no PDF viewer found to open it)");
    printStderrLine("matside: " + m_status);
}

void DocumentDesk::writeHandout() {
    const fs::path folder = documentsFolder();
    if (folder.empty()) {
        m_status = "Handout not written: no documents folder and no $HOME";
        printStderrLine("matside: " + m_status);
        return;
    }
    documents::HandoutOptions options;
    options.paper = documents::localePaper();
    options.firstDay = localToday();
    // The routine's weekly plan (issue 12): the tick log's boxes, read now so a plan changed a
    // moment ago (Plan my week, `matside schedule set`) is on the sheet.
    const Schedule schedule = currentSchedule();
    const auto own = schedule.find(m_plan.routine->id);
    options.planned = documents::plannedSessionsOf(own != schedule.end() ? &own->second : nullptr, options.firstDay,
                                                   options.weeks * 7);
    options.assetDirs = {assetsDir()}; // as the player looks them up
    const fs::path file = folder / (m_plan.routine->id + "-handout.pdf");
    const auto result = documents::writeHandout(m_plan, options, file);
    if (result.error) {
        m_status = "Handout not written: " + *result.error;
        printStderrLine("matside: " + m_status);
        return;
    }
    finish(file, "Handout");
}

void DocumentDesk::writeReport() {
    const fs::path folder = documentsFolder();
    if (folder.empty()) {
        m_status = "Report not written: no documents folder and no $HOME";
        printStderrLine("matside: " + m_status);
        return;
    }
    documents::ReportRequest request;
    request.historyFile = historyDbPath(resolveDataDir(m_dataDir));
    request.routineId = m_plan.routine->id;
    request.today = localToday();
    request.schedule = currentSchedule(); // "planned" and adherence (issue 12)
    request.now = std::chrono::system_clock::now();
    request.paper = documents::localePaper();
    request.routines = {*m_plan.routine};
    const fs::path file = folder / ("matside-report-" + documents::isoDay(request.today) + ".pdf");
    const auto result = documents::makeReport(request, file);
    if (result.error) {
        m_status = "Report not written: " + *result.error;
        printStderrLine("matside: " + m_status);
        return;
    }
    finish(file, "Report");
}

bool handlePrintAction(const ui::Action& action, HistoryPanel& history, const PlayerController& controller,
                       const Guide& guide) {
    if (action.kind != ui::Action::Kind::Print) return false;
    if (guide.screen() != ui::GuideScreen::None || controller.helpOpen() || controller.quitPromptOpen()) return true;
    if (history.historyOpen()) history.documents().writeReport();
    else if (controller.session().state() == SessionState::Ready) history.documents().writeHandout();
    return true;
}

} // namespace matside
