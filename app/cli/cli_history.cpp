// `matside history [--csv|--json] [--data-dir DIR]`: the stored sessions as a table, CSV (for a
// physiotherapist's spreadsheet) or JSON. Reads only: never creates the data folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "history/data_dir.h"
#include "history/history_calendar.h"
#include "history/history_schedule.h"
#include "history/history_store.h"
#include "history/settings.h"
#include "i18n/format.h"
#include "i18n/tr.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <map>
#include <memory>

namespace matside::cli {
namespace {

struct HistoryOptions {
    std::filesystem::path dataDir;
    bool csv = false;
    bool json = false;
};

// The planned slots of the last 28 days and which session counts for each, from settings.json.
struct PlannedView {
    Schedule schedule;
    LocalDay first{};
    LocalDay today{};
    std::map<std::int64_t, PlannedSlot> bySession;
};

PlannedView plannedView(const std::vector<SessionRecord>& sessions) {
    PlannedView view;
    const LoadedSettings loaded = loadSettings(settingsPath(resolveConfigDir()));
    if (!loaded.notice.empty()) std::cerr << "matside history: " << loaded.notice << '\n';
    view.schedule = loaded.settings.schedule;
    view.today = localDayOf(std::chrono::system_clock::now());
    view.first = view.today - std::chrono::days{27};
    // Sessions are matched over all their days, so an old session still names its slot.
    LocalDay oldest = view.first;
    for (const SessionRecord& s : sessions)
        if (const auto at = parseIsoUtc(s.startedAt)) oldest = std::min(oldest, localDayOf(WallTime{*at}));
    view.bySession = slotsBySession(view.schedule, sessions, oldest, view.today + std::chrono::days{1});
    return view;
}

std::string slotText(const PlannedView& view, std::int64_t sessionId) {
    const auto it = view.bySession.find(sessionId);
    return it == view.bySession.end() ? std::string()
                                      : toIsoUtc(std::chrono::time_point_cast<std::chrono::seconds>(it->second.at));
}

std::string painText(const std::optional<int>& pain) { return pain ? std::to_string(*pain) : "-"; }

std::string durationText(double seconds) {
    const int s = static_cast<int>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%d:%02d", s / 60, s % 60);
    return text;
}

// Cuts to `width` code points (UTF-8 aware, so a note in any language is not split mid-letter).
std::string fit(const std::string& text, std::size_t width) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++points > width) return text.substr(0, i);
    }
    return text;
}

std::string padded(const std::string& text, std::size_t width) {
    std::string out = fit(text, width);
    std::size_t points = 0;
    for (unsigned char c : out) points += (c & 0xC0) != 0x80;
    return out + std::string(width > points ? width - points : 0, ' ');
}

void printTable(const std::vector<SessionRecord>& sessions, const std::filesystem::path& file) {
    if (sessions.empty()) {
        std::cout << format(tr("No sessions recorded yet in %s"), file.string()) << "\n";
        return;
    }
    // TRANSLATORS: the history table's column heads; keep each within its column's width.
    std::cout << padded(tr("ID"), 5) << padded(tr("STARTED"), 18) << padded(tr("ROUTINE"), 28)
              << padded(tr("OUTCOME"), 18) << padded(tr("DONE"), 6) << padded(tr("SKIP"), 6) << padded(tr("WORK"), 8)
              << padded(tr("PAIN"), 9) << tr("NOTE") << "\n";
    for (const auto& s : sessions) {
        std::cout << padded(std::to_string(s.id), 5) << padded(localTimeText(s.startedAt, "%Y-%m-%d %H:%M"), 18)
                  << padded(s.routineTitle, 27) << ' ' << padded(toString(s.end), 18)
                  << padded(std::to_string(s.completedSteps), 6) << padded(std::to_string(s.skippedSteps), 6)
                  << padded(durationText(s.secondsSpent), 8)
                  << padded(painText(s.painBefore) + " -> " + painText(s.painAfter), 9) << fit(s.note, 40) << '\n';
    }
    const auto days = trainingDays(sessions);
    const auto today = localToday();
    const int trained = trainingCalendar(days, today).daysTrained;
    const int streak = currentStreak(days, today);
    std::cout << "\n"
              << format(trn("%d session", "%d sessions", sessions.size()), sessions.size()) << "; "
              << format(trn("%d day trained in the last 8 weeks", "%d days trained in the last 8 weeks",
                            static_cast<unsigned long>(trained)),
                        trained)
              << "; "
              << format(trn("current streak: %d day", "current streak: %d days", static_cast<unsigned long>(streak)),
                        streak)
              << "\n";
    const PlannedView view = plannedView(sessions);
    if (view.schedule.empty()) return;
    const auto done = doneSessions(sessions);
    const WallTime now = std::chrono::system_clock::now();
    std::cout << format(tr("Planned sessions done: last 7 days %1$s; last 28 days %2$s"),
                        adherenceText(adherence(view.schedule, now, 7, done)),
                        adherenceText(adherence(view.schedule, now, 28, done)))
              << "\n";
}

// RFC 4180 quoting. Text a person typed is also defused against spreadsheet formulas: a
// leading = + - @ would otherwise run as a formula when the physiotherapist opens the file.
std::string csvField(const std::string& text, bool personText = false) {
    std::string value = text;
    if (personText && !value.empty() && std::string("=+-@\t\r").find(value[0]) != std::string::npos)
        value.insert(value.begin(), '\'');
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

using FeedbackBySession = std::map<std::int64_t, std::vector<ExerciseFeedback>>;

// Every routine's paused exercises (issue 14), over the routines the sessions name.
std::vector<std::pair<std::string, PausedExercise>> allPaused(const HistoryStore* store,
                                                              const std::vector<SessionRecord>& sessions) {
    std::vector<std::pair<std::string, PausedExercise>> out;
    if (!store) return out;
    std::vector<std::string> routines;
    for (const SessionRecord& s : sessions)
        if (std::find(routines.begin(), routines.end(), s.routineId) == routines.end()) routines.push_back(s.routineId);
    for (const std::string& id : routines)
        for (PausedExercise& p : store->pausedExercises(id)) out.emplace_back(id, std::move(p));
    return out;
}

void printPaused(const HistoryStore* store, const std::vector<SessionRecord>& sessions) {
    for (const auto& [routine, p] : allPaused(store, sessions))
        std::cout << "Paused until asked: " << p.exerciseName << " (" << routine << ", since "
                  << localTimeText(p.pausedAt, "%Y-%m-%d") << ")\n";
}

FeedbackBySession feedbackBySession(const HistoryStore* store) {
    FeedbackBySession out;
    if (!store) return out;
    for (StoredFeedback& f : store->allFeedback()) out[f.sessionId].push_back(std::move(f.feedback));
    return out;
}

// "squat_with_ball:painful:7;side_plank:easy": ids, not names, so the field has no commas
// a person typed (exercise ids are [a-z0-9_]).
std::string ratingsCsv(const FeedbackBySession& ratings, std::int64_t sessionId) {
    const auto it = ratings.find(sessionId);
    if (it == ratings.end()) return {};
    std::string out;
    for (const ExerciseFeedback& f : it->second) {
        if (!out.empty()) out += ';';
        out += f.exerciseId + ':' + toString(f.rating);
        if (f.pain) out += ':' + std::to_string(*f.pain);
    }
    return csvField(out, true);
}

void printCsv(const HistoryStore* store, const std::vector<SessionRecord>& sessions) {
    std::cout << "id,started_at,ended_at,routine_id,routine_title,routine_hash,end_reason,completed_steps,"
                 "skipped_steps,seconds_spent,pain_before,pain_after,note,planned_slot,exercise_ratings\r\n";
    const PlannedView view = plannedView(sessions);
    const FeedbackBySession ratings = feedbackBySession(store);
    for (const auto& s : sessions) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", s.secondsSpent);
        std::cout << s.id << ',' << s.startedAt << ',' << s.endedAt << ',' << csvField(s.routineId, true) << ','
                  << csvField(s.routineTitle, true) << ',' << s.routineHash << ',' << toString(s.end) << ','
                  << s.completedSteps << ',' << s.skippedSteps << ',' << seconds << ','
                  << (s.painBefore ? std::to_string(*s.painBefore) : "") << ','
                  << (s.painAfter ? std::to_string(*s.painAfter) : "") << ',' << csvField(s.note, true) << ','
                  << slotText(view, s.id) << ',' << ratingsCsv(ratings, s.id) << "\r\n";
    }
}

nlohmann::json optionalJson(const std::optional<int>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

// Every planned slot of the last 28 days up to now, oldest first, with the session done for it.
nlohmann::json plannedSlotsJson(const PlannedView& view, const std::vector<SessionRecord>& sessions) {
    using nlohmann::json;
    json slots = json::array();
    const WallTime now = std::chrono::system_clock::now();
    for (const SlotState& state : matchSessions(view.schedule, view.first, view.today, doneSessions(sessions))) {
        if (state.slot.at > now && !state.doneAt) continue; // not due yet
        json session = nullptr;
        for (const auto& [id, slot] : view.bySession)
            if (slot == state.slot) session = id;
        slots.push_back(
            {{"routine_id", state.slot.routineId},
             {"at", toIsoUtc(std::chrono::time_point_cast<std::chrono::seconds>(state.slot.at))},
             {"local", localTimeText(toIsoUtc(std::chrono::time_point_cast<std::chrono::seconds>(state.slot.at)),
                                     "%Y-%m-%d %H:%M")},
             {"session_id", session}});
    }
    return slots;
}

nlohmann::json adherenceJson(const PlannedView& view, const std::vector<SessionRecord>& sessions, int days) {
    const Adherence a = adherence(view.schedule, std::chrono::system_clock::now(), days, doneSessions(sessions));
    return {{"planned", a.planned}, {"done", a.done}, {"text", adherenceText(a)}};
}

void printJson(const HistoryStore* store, const std::vector<SessionRecord>& sessions,
               const std::filesystem::path& file) {
    using nlohmann::json;
    json list = json::array();
    const PlannedView view = plannedView(sessions);
    const FeedbackBySession ratings = feedbackBySession(store);
    for (const auto& s : sessions) {
        const std::string slot = slotText(view, s.id);
        json feedback = json::array();
        if (const auto it = ratings.find(s.id); it != ratings.end())
            for (const ExerciseFeedback& f : it->second)
                feedback.push_back({{"exercise_id", f.exerciseId},
                                    {"exercise", f.exerciseName},
                                    {"rating", toString(f.rating)},
                                    {"pain", optionalJson(f.pain)}});
        json levels = json::object(); // the dose level each levelled exercise was played at (issue 14)
        for (const auto& [exercise, level] : store->sessionLevels(s.id)) levels[exercise] = level;
        json steps = json::array();
        for (const auto& step : store->steps(s.id)) {
            steps.push_back({{"index", step.stepIndex},
                             {"exercise_id", step.exerciseId},
                             {"exercise", step.exerciseName},
                             {"side", step.side ? json(*step.side == Side::Left ? "left" : "right") : json(nullptr)},
                             {"set", optionalJson(step.set)},
                             {"reps", step.reps},
                             {"seconds", step.seconds},
                             {"outcome", toString(step.result)}});
        }
        list.push_back({{"id", s.id},
                        {"routine_id", s.routineId},
                        {"routine_title", s.routineTitle},
                        {"routine_hash", s.routineHash},
                        {"plan_steps", s.planSteps},
                        {"started_at", s.startedAt},
                        {"ended_at", s.endedAt.empty() ? json(nullptr) : json(s.endedAt)},
                        {"end_reason", toString(s.end)},
                        {"pain_before", optionalJson(s.painBefore)},
                        {"pain_after", optionalJson(s.painAfter)},
                        {"note", s.note},
                        {"completed_steps", s.completedSteps},
                        {"skipped_steps", s.skippedSteps},
                        {"seconds_spent", s.secondsSpent},
                        {"steps", steps},
                        {"planned_slot", slot.empty() ? json(nullptr) : json(slot)},
                        {"exercise_feedback", feedback},
                        {"levels", levels}});
    }
    const auto days = trainingDays(sessions);
    const auto today = localToday();
    json out = {{"file", file.string()},
                {"sessions", list},
                {"days_trained_last_8_weeks", trainingCalendar(days, today).daysTrained},
                {"current_streak_days", currentStreak(days, today)},
                {"planned_slots", plannedSlotsJson(view, sessions)},
                {"adherence_7_days", adherenceJson(view, sessions, 7)},
                {"adherence_28_days", adherenceJson(view, sessions, 28)}};
    json paused = json::array();
    for (const auto& [routine, p] : allPaused(store, sessions))
        paused.push_back({{"routine_id", routine},
                          {"exercise_id", p.exerciseId},
                          {"exercise", p.exerciseName},
                          {"paused_at", p.pausedAt}});
    out["paused_exercises"] = paused;
    // Replace invalid UTF-8 (a note typed in another encoding) instead of failing the dump.
    std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

int runHistory(const HistoryOptions& options) {
    // Checked here rather than with CLI11's excludes() so the exit code is the documented 2.
    if (options.csv && options.json) {
        std::cerr << "matside history: error: " << tr("--csv and --json exclude each other; pick one") << "\n";
        return kExitUsage;
    }
    const auto file = historyDbPath(resolveDataDir(options.dataDir));
    auto opened = HistoryStore::open(file, HistoryStore::Access::ReadOnly);
    if (opened.status == HistoryStore::Status::Off) {
        std::cerr << "matside history: error: " << opened.notice << '\n';
        return kExitRuntime;
    }
    try {
        const auto sessions = opened.store ? opened.store->listSessions() : std::vector<SessionRecord>{};
        if (options.csv) printCsv(opened.store.get(), sessions);
        else if (options.json) printJson(opened.store.get(), sessions, file);
        else printTable(sessions, file), printPaused(opened.store.get(), sessions);
    } catch (const HistoryError& e) {
        std::cerr << "matside history: error: " << file.string() << ": " << e.what() << '\n';
        return kExitRuntime;
    }
    return kExitOk;
}

} // namespace

void registerHistory(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("history", "List the recorded sessions (table, --csv or --json)");
    auto options = std::make_shared<HistoryOptions>();
    cmd->add_flag("--csv", options->csv, "CSV with a header row, one session per line");
    cmd->add_flag("--json", options->json, "JSON: every session with its steps");
    cmd->add_option(
        "--data-dir", options->dataDir,
        "Data folder (default: $MATSIDE_DATA_DIR, else $XDG_DATA_HOME/matside, else ~/.local/share/matside)");
    cmd->callback([options, &exitCode] { exitCode = runHistory(*options); });
}

} // namespace matside::cli
