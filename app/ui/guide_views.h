// The guidance screens around the session (issue 7): the first-run / About card, Tips,
// exercise details, the routine picker and the "It hurts" card. Each takes what it shows and
// returns clicks as actions, like every other view.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_document_file.h"
#include "core/routine_library.h"
#include "core/session.h"
#include "ui/keymap.h"
#include "ui/layout.h"
#include "ui/theme.h"

#include <filesystem>
#include <vector>

namespace matside::ui {

enum class GuideScreen { None, Intro, About, Tips, Exercise, Routines, Pain };

// Everything a guide screen shows besides the session itself.
struct GuideView {
    GuideScreen screen = GuideScreen::None;
    int exercise = 0;                              // for Exercise: index into the routine
    const std::vector<LibraryEntry>* library = nullptr; // for Routines
    std::filesystem::path currentRoutine;          // the file playing now (marked in the list)
    PictureFrame startPose, endPose;               // for Exercise
    const Routine* texts = nullptr; // About / Tips / red flags: the routine playing, else the shipped one
    const std::vector<DraftEntry>* drafts = nullptr; // for Routines: unsaved edits to offer (issue 15)
};

// Draws the open guide screen over whatever is below (nothing when None).
void drawGuideScreen(const ViewContext& ctx, const Snapshot& snapshot, const GuideView& view, std::vector<Action>& out);

void drawIntroCard(const ViewContext& ctx, const GuideView& view, bool firstRun, std::vector<Action>& out);
void drawTipsCard(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out);
void drawExerciseCard(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out);
void drawRoutinePicker(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out);
void drawPainCard(const ViewContext& ctx, const GuideView& view, const Snapshot& snapshot, std::vector<Action>& out);

// The size of a guide card in this window: most of it, at most 46 em wide.
ImVec2 guideCardSize();
// The ready screen's footer buttons: keys, About, Tips, Routines, colours and text size,
// each with its key; short labels (and a second line only if even those do not fit).
void drawGuideButtons(const Palette& palette, const UiFonts& fonts, float width, std::vector<Action>& out);
// A warning sign (triangle with "!") `em` ems tall at the cursor, on the current line.
void warningSign(const Palette& palette, float em);

// "⚠ file.json: 3 problems" style line for a broken routine, and its diagnostics as text.
std::vector<std::string> libraryErrorLines(const LibraryEntry& entry);

} // namespace matside::ui
