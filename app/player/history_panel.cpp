// History in the player: recording, pain check-ins, the note, continue, the History screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/history_panel.h"

#include "core/stderr_line.h"
#include "history/data_dir.h"
#include "history/history_calendar.h"
#include "history/history_schedule.h"
#include "player/reminder_factory.h"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <iostream>

namespace matside {

int PainKeys::press(int digit, Millis now) {
    digit = std::clamp(digit, 0, 9);
    if (digit == 0 && m_oneAt && now - *m_oneAt <= kTenWindow) {
        m_oneAt.reset();
        return 10;
    }
    m_oneAt = digit == 1 ? std::optional<Millis>(now) : std::nullopt;
    return digit;
}

std::pair<std::string, std::string> resumeWords(const Plan& plan, const ResumeTarget& target) {
    // "set N of M" counts the work steps (holds and rep sets) of the whole session, the way the
    // player's progress does; plan step indices (rests included) stay out of human text.
    std::string label =
        "Continue at set " + std::to_string(target.workStepNumber) + " of " + std::to_string(plan.workStepCount());
    std::string detail = target.exerciseName;
    if (target.side && plan.routine) {
        // The side label of the exercise the target's step belongs to ("leg", "side").
        std::string sideLabel = "side";
        for (std::size_t i = target.stepIndex; i < plan.steps.size(); ++i)
            if (plan.steps[i].kind == StepKind::Work) {
                sideLabel = plan.exerciseOf(plan.steps[i]).sideLabel;
                break;
            }
        detail += std::string(*target.side == Side::Left ? ", left " : ", right ") + sideLabel;
    }
    if (target.set) detail += ", set " + std::to_string(*target.set);
    return {label, detail};
}

HistoryPanel::HistoryPanel(const Session& session, const Plan& plan, const std::filesystem::path& routineFile,
                           const std::filesystem::path& dataDir)
    : m_session(session),
      m_sink(session, plan, routineFile, dataDir),
      m_card(plan),
      m_documents(plan, dataDir) {
    m_state.historyAvailable = true;
    m_schedule = std::make_unique<SchedulePanel>(
        plan.routine ? plan.routine->id : std::string(), plan.routine ? plan.routine->title : std::string(),
        plan.routine ? plan.routine->schedule : std::nullopt, settingsPath(resolveConfigDir()), makeReminderControl());
    refreshSchedule(false);
    refreshNotice();
    if (auto target = m_sink.history().resumable()) {
        auto [label, detail] = resumeWords(plan, *target);
        m_state.resumeLabel = label;
        m_state.resumeDetail = detail;
        // Scripts and tests read the offer here (documented in the README's History section).
        printStderrLine("matside: history: continue offered at set " + std::to_string(target->workStepNumber) + " of " +
                        std::to_string(plan.workStepCount()) + " (plan step index " +
                        std::to_string(target->stepIndex) + "): " + detail);
    }
}

void HistoryPanel::refreshNotice() {
    const std::string notice = m_sink.history().notice();
    if (notice.empty() || notice == m_noticePrinted) return;
    printStderrLine("matside: " + notice);
    m_noticePrinted = notice;
    m_state.notice = notice;
}

bool HistoryPanel::pressDigit(int digit, Millis now) {
    // Plan my week open: digits are its keys (days, add, remove, reminders).
    if (planOpen()) return m_schedule->handleKey(ui::Action::indexed(ui::Action::Kind::Number, (digit + 9) % 10));
    const SessionState state = m_session.state();
    if (m_card.stage() != FeedbackCard::Stage::Hidden && state == SessionState::Rest) {
        const FeedbackCard::Answer answer = m_card.pressDigit(digit, now);
        recordCardAnswer(answer);
        return answer.consumed;
    }
    if (state != SessionState::Ready && state != SessionState::Done) return false;
    const int rating = m_keys.press(digit, now);
    if (state == SessionState::Ready) setPainBefore(rating);
    else setPainAfter(rating);
    return true;
}

std::optional<ui::FeedbackCardView> HistoryPanel::cardView() const {
    if (m_card.stage() == FeedbackCard::Stage::Hidden) return std::nullopt;
    return ui::FeedbackCardView{m_card.exerciseName(), m_card.stage() == FeedbackCard::Stage::AskingPain};
}

void HistoryPanel::cardClicked(const ui::FeedbackCardClick& click) {
    if (click.rating) recordCardAnswer(m_card.choose(*click.rating));
    else if (click.pain) recordCardAnswer(m_card.choosePain(click.pain));
    else if (click.skipPain) recordCardAnswer(m_card.choosePain(std::nullopt));
}

void HistoryPanel::recordCardAnswer(const FeedbackCard::Answer& answer) {
    if (!answer.record) return;
    m_sink.history().recorder().recordFeedback(*answer.record);
    // Scripts and window tests read what was recorded here.
    printStderrLine("matside: history: " + answer.record->exerciseId + " rated " + toString(answer.record->rating) +
                    (answer.record->pain ? " (pain " + std::to_string(*answer.record->pain) + ")" : ""));
    refreshNotice();
}

void HistoryPanel::setPainBefore(std::optional<int> pain) {
    m_state.painBefore = pain;
    m_sink.setPainBefore(pain);
}

void HistoryPanel::setPainAfter(std::optional<int> pain) {
    m_state.painAfter = pain;
    writeAfter();
}

void HistoryPanel::writeAfter() {
    SessionRecorder& recorder = m_sink.history().recorder();
    // Only a session that has a row and an end: the done screen of a real session.
    if (!recorder.sessionId() || !recorder.end()) return;
    const std::string note(m_state.note.data(), ::strnlen(m_state.note.data(), m_state.note.size()));
    if (m_wroteAfter && note == m_lastWrittenNote && m_state.painAfter == m_lastWrittenPain) return;
    m_sink.finish(*recorder.end(), m_state.painAfter, note);
    m_wroteAfter = true;
    m_lastWrittenNote = note;
    m_lastWrittenPain = m_state.painAfter;
    refreshNotice();
}

std::optional<std::size_t> HistoryPanel::acceptResume() {
    if (m_state.resumeLabel.empty() || m_session.state() != SessionState::Ready) return std::nullopt;
    const auto target = m_sink.history().resumable();
    m_state.resumeLabel.clear();
    m_state.resumeDetail.clear();
    if (!target || !m_sink.history().continueResumable()) return std::nullopt;
    return target->stepIndex;
}

void HistoryPanel::openHistory() {
    std::vector<SessionRecord> sessions;
    std::string notice;
    if (HistoryStore* store = m_sink.history().store()) {
        try {
            sessions = store->listSessions();
        } catch (const HistoryError& e) {
            notice = std::string("The history could not be read: ") + e.what();
        }
    } else {
        notice = m_sink.history().notice();
    }
    m_screen = historyScreenData(sessions, localToday(), m_schedule->schedule(), std::chrono::system_clock::now());
    m_screen->notice = notice;
}

std::optional<std::size_t> HistoryPanel::afterFrame() {
    std::optional<std::size_t> startAt;
    if (auto pain = m_state.clickedPain) {
        const bool same =
            m_session.state() == SessionState::Ready ? m_state.painBefore == pain : m_state.painAfter == pain;
        if (m_session.state() == SessionState::Ready) setPainBefore(same ? std::nullopt : pain);
        else if (m_session.state() == SessionState::Done) setPainAfter(same ? std::nullopt : pain);
    }
    if (m_state.clickedContinue) startAt = acceptResume();
    if (m_state.clickedHistory) openHistory();
    if (m_state.noteEdited) writeAfter();
    if (m_state.clickedPlanWeek) m_schedule->open(std::chrono::system_clock::now());
    m_state.clickedPain.reset();
    m_state.clickedContinue = m_state.clickedHistory = m_state.noteEdited = m_state.clickedPlanWeek = false;
    const bool ended = m_session.state() == SessionState::Done && !m_doneSeen;
    m_doneSeen = m_session.state() == SessionState::Done;
    refreshSchedule(ended);
    refreshNotice();
    return startAt;
}

bool HistoryPanel::planAct(const ui::Action& action, bool readyOrDone) {
    if (m_schedule->isOpen()) return m_schedule->handleKey(action);
    if (action.kind != ui::Action::Kind::PlanWeek || !readyOrDone) return false;
    m_screen.reset(); // from the History screen too
    m_schedule->open(std::chrono::system_clock::now());
    return true;
}

void HistoryPanel::planClicked(const std::vector<ui::PlanWeekClick>& clicks) {
    for (const ui::PlanWeekClick& click : clicks) m_schedule->apply(click);
}

// Today's line for the ready screen; when a session has just ended, the sessions are read
// again and, after the first one ever finished, Plan my week is offered once.
void HistoryPanel::refreshSchedule(bool sessionJustEnded) {
    if (sessionJustEnded || !m_doneSeen) {
        if (sessionJustEnded || m_done.empty())
            if (HistoryStore* store = m_sink.history().store()) {
                try {
                    m_done = doneSessions(store->listSessions());
                } catch (const HistoryError&) {
                    // The notice path reports a broken store; the line just counts what it has.
                }
            }
    }
    const WallTime now = std::chrono::system_clock::now();
    m_state.todayLine = m_schedule->todayLine(now, m_done);
    const auto end = m_sink.history().recorder().end();
    if (sessionJustEnded && end && *end == SessionEnd::Completed)
        m_schedule->offerAfterFirstSession(now, static_cast<int>(m_done.size()));
}

void HistoryPanel::close() {
    writeAfter();
    refreshNotice();
}

namespace {

std::string outcomeWords(SessionEnd end) {
    std::string words = toString(end);
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::string painWords(const SessionRecord& s) {
    if (!s.painBefore && !s.painAfter) return {};
    auto one = [](std::optional<int> v) { return v ? std::to_string(*v) : std::string("-"); };
    return one(s.painBefore) + " \xE2\x86\x92 " + one(s.painAfter);
}

} // namespace

ui::HistoryScreenData historyScreenData(const std::vector<SessionRecord>& sessions, std::chrono::sys_days today,
                                        const Schedule& schedule, WallTime now) {
    ui::HistoryScreenData data;
    const auto days = trainingDays(sessions);
    data.calendar = trainingCalendar(days, today, 8);
    if (!schedule.empty()) {
        const std::vector<DoneSession> done = doneSessions(sessions);
        for (std::size_t i = 0; i < data.calendar.trained.size(); ++i)
            data.marks.push_back(dayMark(schedule, data.calendar.firstDay + std::chrono::days{i}, now, done));
        const Adherence week = adherence(schedule, now, 7, done), month = adherence(schedule, now, 28, done);
        data.adherence = "Last 7 days: " + adherenceText(week) + "  \xC2\xB7  last 28 days: " + adherenceText(month);
    }
    data.streak = currentStreak(days, today);
    data.pain = painSeries(sessions, data.calendar.firstDay);
    constexpr std::size_t kMaxRows = 500; // a table, not an archive: `matside history` has them all
    for (auto it = sessions.rbegin(); it != sessions.rend() && data.rows.size() < kMaxRows; ++it) {
        ui::HistoryRow row;
        row.when = localTimeText(it->startedAt, "%a %d %b %H:%M");
        row.routine = it->routineTitle;
        row.outcome = outcomeWords(it->end);
        row.steps = std::to_string(it->completedSteps) + " done";
        if (it->skippedSteps > 0) row.steps += ", " + std::to_string(it->skippedSteps) + " skipped";
        row.pain = painWords(*it);
        row.note = it->note;
        data.rows.push_back(std::move(row));
    }
    return data;
}

} // namespace matside
