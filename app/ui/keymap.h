// The one table from keys to what they do; the help overlay and the README are drawn from it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"

#include <optional>
#include <span>

namespace matside::ui {

// Keys that do not type a character (the window layer maps its key codes to these).
enum class NamedKey { None, Space, Enter, KeypadEnter, Left, Right, Escape, F11 };

// What a key, a button or a click asks for.
struct Action {
    enum class Kind {
        Session,         // send `command` to the session
        Fullscreen,      // toggle fullscreen
        Help,            // toggle the help overlay
        Mute,            // toggle sound
        Voice,           // toggle the spoken cues only (tones keep playing)
        VolumeDown,      // master volume one step down
        VolumeUp,        // master volume one step up
        CloseOverlay,    // Esc: close help / quit prompt, else leave fullscreen
        Quit,            // quit (asks first while a session runs)
        ConfirmQuit,     // the quit prompt's "yes"
        ItHurts,         // pause and show the pain advice (skip this exercise / end the session)
        About,           // what SI joint pain is, the red flags, the disclaimer
        Acknowledge,     // the first-run screen's "I understand"
        Tips,            // relief tips and prevention
        ExerciseInfo,    // details of the current exercise (or of exercise `index` when >= 0)
        Routines,        // the routine picker
        PickRoutine,     // switch to routine `index` of the picker
        Number,          // a digit key: `index` 0..8 (exercise details on ready; a routine in the picker)
        Theme,           // next colour theme
        TextSize,        // next text size
        History,         // the History screen: calendar, streak, pain chart, sessions (issue 6)
        ContinueSession, // the ready screen's "Continue at step N" (an interrupted session)
        Print,           // a PDF (issue 13): the handout on the ready screen, the report on History
        PlanWeek,        // the Plan my week screen: days, times, reminders (issue 12)
        PauseExercise,   // a safety prompt's exercise paused until the person has asked (issue 14)
        TakeBack,        // the ready screen: a paused exercise back into the plan (issue 14)
        NewRoutine,      // the routine picker: a new routine in the editor (issue 15)
        EditCopy,        // the routine picker: edit a copy of routine `index` (-1: the one playing)
        ResumeDraft,     // the routine picker: open draft `index` in the editor
        LevelYes,        // the ready screen: yes to the suggested dose level (issue 14)
        LevelNotYet,     // the ready screen: not yet to it
    };
    Kind kind = Kind::Session;
    Command command = Command::Toggle; // for Kind::Session
    int index = -1;                    // for ExerciseInfo, PickRoutine, Number, EditCopy, ResumeDraft

    static Action session(Command c) { return Action{Kind::Session, c}; }
    static Action of(Kind k) { return Action{k, Command::Toggle}; }
    static Action indexed(Kind k, int i) { return Action{k, Command::Toggle, i}; }
    bool operator==(const Action& o) const {
        return kind == o.kind && (kind != Kind::Session || command == o.command) && index == o.index;
    }
};

struct KeyBinding {
    NamedKey key = NamedKey::None; // either a named key...
    char32_t character = 0;        // ...or a typed character
    Action action;
    const char* label;       // how the help overlay writes the key
    const char* description; // what it does, in the help overlay (null: listed with the row above)
};

std::span<const KeyBinding> keyBindings();

std::optional<Action> actionForKey(NamedKey key);
std::optional<Action> actionForCharacter(char32_t character);

} // namespace matside::ui
