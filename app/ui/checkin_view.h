// Pain check-ins and the offer to continue: the ready screen's "pain now" row, Continue and
// History buttons, and the done screen's rating and note. Drawn into the ready/done views.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/layout.h"
#include "ui/theme.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace matside::ui {

// What the check-in widgets show and what was clicked in them this frame. Owned by the app
// (player/history_panel.h); the views only fill in the click fields and the note's text.
struct CheckinState {
    std::optional<int> painBefore;        // ready screen's rating, 0..10
    std::optional<int> painAfter;         // done screen's rating, 0..10
    std::array<char, 201> note{};         // done screen's note: ImGui edits it in place (200 bytes)
    std::string resumeLabel;              // "Continue at set 5 of 14"; empty: nothing to continue
    std::string resumeDetail;             // "Hamstring stretch, right leg, set 2"
    std::string notice;                   // "History is off: ..." (shown on ready and done)
    bool historyAvailable = false;        // the History button is drawn
    std::string todayLine;                // "Today: 1 of 2 done · next 18:30" / "Not planned today" (issue 12)
    std::vector<std::string> pausedLines; // "Side plank is paused until ..." (issue 14)
    std::vector<std::string> levelLines;  // "Squat with ball: level 2 of 3 (3 × 10)" (issue 14)
    std::string levelQuestion;            // "Squat with ball: ready for 3 × 12?"; empty: none

    // Set by the views while drawing a frame; the app takes them after it.
    std::optional<int> clickedPain; // a rating button (the chosen one again: clear it)
    bool clickedContinue = false;
    bool clickedHistory = false;
    bool clickedPlanWeek = false;     // the ready screen's Plan my week button
    bool clickedTakeBack = false;     // the ready screen's "Take it back (U)"
    std::optional<bool> clickedLevel; // the level question's Yes (true) or Not yet (false)
    bool noteActive = false;          // the note field has the keyboard: keys type text
    bool noteEdited = false;          // the note field was left after a change
};

// "Pain now?" with its scale and eleven buttons 0..10 at the cursor, `width` wide.
// `value` is the current rating (highlighted). Returns the height it takes.
float painRowHeight();
void drawPainRow(const Palette& pal, const UiFonts& fonts, const char* question, std::optional<int> value, float width,
                 std::optional<int>& clicked);

// The ready screen's button row: Start, and "Continue at set N of M" beside it when offered.
// Returns true when Start was clicked; a click on Continue sets state.clickedContinue.
bool drawStartRow(const Palette& pal, const UiFonts& fonts, CheckinState& state, float x, float width, float height);

// A small "History (L)" button at the cursor, `width` wide (nothing when history is unavailable).
void drawHistoryButton(const Palette& pal, CheckinState& state, float width);
float historyButtonWidth();

// The done screen's note field, `width` wide.
void drawNoteField(const Palette& pal, const UiFonts& fonts, CheckinState& state, float width);

// The height the notice takes wrapped at `width` (0 when there is none).
float historyNoticeHeight(const UiFonts& fonts, const CheckinState& state, float width);
// The history-off notice in the accent colour, wrapped at `width` (nothing when empty).
void drawHistoryNotice(const Palette& pal, const UiFonts& fonts, const CheckinState& state, float width);

} // namespace matside::ui
