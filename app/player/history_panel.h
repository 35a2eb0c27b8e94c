// The player's side of history (issue 6): records the session through a HistorySink, holds
// the pain check-ins and the note, offers to continue an interrupted session, and loads the
// History screen. Keys and clicks reach it through the app loop; no window, no GL here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feedback_card.h"
#include "core/plan.h"
#include "core/session.h"
#include "history/history_sink.h"
#include "player/document_desk.h"
#include "player/schedule_panel.h"
#include "ui/checkin_view.h"
#include "ui/feedback_card_view.h"
#include "ui/history_view.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace matside {

// Digit keys to a 0..10 rating: each digit is its rating at once, and 0 typed within
// `kTenWindow` after a 1 turns that 1 into 10 (so "1 then 0" is 10 and a lone 0 is 0).
class PainKeys {
public:
    static constexpr Millis kTenWindow{1500};
    int press(int digit, Millis now);

private:
    std::optional<Millis> m_oneAt;
};

class HistoryPanel {
public:
    // `session` is the controller's; `plan` and `session` must outlive the panel. Prints the
    // history-off notice or the offer to continue on stderr (one line each).
    HistoryPanel(const Session& session, const Plan& plan, const std::filesystem::path& routineFile,
                 const std::filesystem::path& dataDir);

    EventSink& sink() { return m_sink; }
    HistoryStore* store() { return m_sink.history().store(); } // null when history is off

    // The rest's "How was <exercise>?" card (issue 14): follows the session each frame; its
    // answers, by key (pressDigit) or click, are written to this session at once.
    void followCard(Millis now) { m_card.follow(m_session.snapshot(now)); }
    std::optional<ui::FeedbackCardView> cardView() const;
    void cardClicked(const ui::FeedbackCardClick& click);

    // A digit key (0..9) on the ready or done screen: the pain rating; in a rest with the
    // feedback card up, its choice. False elsewhere.
    bool pressDigit(int digit, Millis now);
    // The ready screen's rating, a done screen's rating (written at once); nullopt clears it.
    void setPainBefore(std::optional<int> pain);
    void setPainAfter(std::optional<int> pain);

    // C or the Continue button: the plan step to start the session at, if there is an offer
    // (the recorder then adds to the interrupted session instead of starting a new one).
    std::optional<std::size_t> acceptResume();
    bool resumeOffered() const { return !m_state.resumeLabel.empty(); }

    // The History screen: open (reads the store now), closed, or toggled.
    void openHistory();
    void closeHistory() { m_screen.reset(); }
    bool historyOpen() const { return m_screen.has_value(); }
    const ui::HistoryScreenData* historyScreen() const { return m_screen ? &*m_screen : nullptr; }

    // What the check-in widgets draw and write their clicks into during a frame.
    ui::CheckinState& checkin() { return m_state; }
    // After each frame: apply the clicks and the note edit. Returns the step to start at
    // when Continue was clicked.
    std::optional<std::size_t> afterFrame();
    // The note field has the keyboard: keys are text, not shortcuts.
    bool typing() const { return m_state.noteActive; }

    // The handout and the report for the physio (issue 13), with their one-line status.
    DocumentDesk& documents() { return m_documents; }

    // The window is closing: the done screen's rating and note are written one last time.
    void close();

    // Plan my week (issue 12): W on the ready or done screen opens it; open, it takes the keys.
    bool planAct(const ui::Action& action, bool readyOrDone);
    bool planOpen() const { return m_schedule->isOpen(); }
    ui::PlanWeekSnapshot planSnapshot() const { return m_schedule->snapshot(); }
    void planClicked(const std::vector<ui::PlanWeekClick>& clicks);

private:
    void writeAfter();
    void recordCardAnswer(const FeedbackCard::Answer& answer);
    void refreshNotice();
    void refreshSchedule(bool sessionJustEnded);

    const Session& m_session;
    HistorySink m_sink;
    ui::CheckinState m_state;
    PainKeys m_keys;
    FeedbackCard m_card;
    std::optional<ui::HistoryScreenData> m_screen;
    std::string m_noticePrinted;
    std::string m_lastWrittenNote;
    std::optional<int> m_lastWrittenPain;
    bool m_wroteAfter = false;
    DocumentDesk m_documents;
    std::unique_ptr<SchedulePanel> m_schedule;
    std::vector<DoneSession> m_done; // for today's line, re-read when a session ends
    bool m_doneSeen = false;
};

// The History screen's content from the stored sessions (oldest first), as of `today`.
// With a schedule, each calendar day gets its mark and the adherence line is filled in.
ui::HistoryScreenData historyScreenData(const std::vector<SessionRecord>& sessions, std::chrono::sys_days today,
                                        const Schedule& schedule = {}, WallTime now = {});

// "Continue at set 5 of 14" and "Hamstring stretch, right leg, set 2" for an offer.
std::pair<std::string, std::string> resumeWords(const Plan& plan, const ResumeTarget& target);

} // namespace matside
