// What every view gets to draw with (fonts, routine, flags), and the player screen's layout
// computed as plain rectangles so tests can check sizes without a window.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dose_text.h"
#include "core/plan.h"
#include "core/routine.h"
#include "ui/keymap.h"
#include "ui/sound_indicator.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace matside::ui {

struct UiFonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
    ImFont* digits = nullptr; // only 0-9 and ':'
};

// The picture to show in the illustration panel this frame (decided by the app).
struct PictureFrame {
    void* texture = nullptr; // ImTextureID; null: draw the placeholder
    float aspect = 4.0f / 3; // width / height of the picture
    bool mirrored = false;   // flip horizontally (the other side)
    std::string notice;      // one line under the placeholder when a picture is missing/corrupt
};

struct CheckinState; // ui/checkin_view.h

struct ViewContext {
    const Plan& plan;
    UiFonts fonts;
    bool muted = false;
    PictureFrame picture;
    CheckinState* checkin = nullptr; // pain ratings, note, continue offer (issue 6); null: none drawn
    SoundState sound;                // the sound badge (issue 5); `muted` above is M
};

struct Rect {
    ImVec2 min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    bool contains(ImVec2 p) const { return p.x >= min.x && p.y >= min.y && p.x < max.x && p.y < max.y; }
};

// The player screen split into regions for a window of `size` with body text `em` pixels
// and big digits of `digitsPx` pixels.
struct PlayerLayout {
    Rect header;  // phase word, exercise name, side
    Rect picture; // illustration panel
    Rect notes;   // key points under the picture
    Rect timer;   // the big figure (clickable: toggles pause)
    Rect details; // step bar, counters, dose, next
    Rect footer;  // overall progress and the three buttons
};
// `digitsScale` < 1 (paused) lowers only the timer's row, so the details column has room
// for its lines and the paused card under them; the widths, and so the picture, stay put.
PlayerLayout computePlayerLayout(ImVec2 size, float em, float digitsPx, float digitsScale = 1.0f);
// The big figure's size while paused, as a share of its running size.
inline constexpr float kPausedDigitsScale = 0.55f;

// exerciseDoseText() (core/dose_text.h) words the dose on the ready list and the handout.
using matside::exerciseDoseText;
// "LEFT LEG", or empty when the step has no side.
std::string sideText(const Plan& plan, const PlanStep& step);
// The big timer's text: "0:30", "9:59" (one minute digit keeps the column narrow), "12:00".
std::string timerText(int seconds);
// Seconds shown for a remaining time: counts 30, 29, ... 1 (rounded up).
int displaySeconds(Millis remaining);

} // namespace matside::ui
