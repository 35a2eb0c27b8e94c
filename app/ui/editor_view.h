// The routine editor's screen (issue 15): every field of a routine, its problems at their
// fields, the live total and dose words, and the buttons and keys that change it. Takes the
// document and returns commands, like every other view; the editor panel applies them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_document.h"
#include "ui/layout.h"

#include <map>
#include <string>
#include <vector>

namespace matside::ui {

struct EditorCommand {
    enum class Kind {
        Set,       // `ref` = `value`
        Add,       // a new exercise after the last
        Remove,    // exercise `index`
        Duplicate, // exercise `index`
        Move,      // exercise `index` to `to`
        Undo,
        Redo,
        Save,
        Play,        // save, then play this routine
        Close,       // asks when there are unsaved changes
        Discard,     // the close question's "Close without saving"
        KeepEditing, // the close question's "Keep editing"
        Picture,     // exercise `index`'s picture `ref.field` from the file `path`
    };
    Kind kind = Kind::Set;
    FieldRef ref;
    FieldValue value;
    int index = -1;
    int to = -1;
    std::string path;

    static EditorCommand of(Kind kind, int index = -1, int to = -1) {
        EditorCommand c;
        c.kind = kind;
        c.index = index;
        c.to = to;
        return c;
    }
};

// A thumbnail of an exercise's picture, or why there is none.
struct EditorThumb {
    void* texture = nullptr; // ImTextureID; null: not shown
    float aspect = 1.0f;     // width / height
    std::string problem;     // the guarded loader's refusal, in words
};

struct EditorViewModel {
    const RoutineDocument* doc = nullptr;
    const DocumentCheck* check = nullptr;
    std::string where;  // the file it saves to
    std::string status; // "Saved.", a save error, ...
    bool modified = false;
    bool canUndo = false, canRedo = false;
    bool askClose = false; // the unsaved-changes question is open
    std::map<std::pair<int, Field>, EditorThumb> thumbs;
};

// What the editor's screen keeps between frames that is no part of the document: the
// exercise the keys act on, the picture paths being typed, focus requests.
struct EditorViewState {
    int selected = 0;
    bool focusTitle = true; // on opening: the cursor in the title
    std::map<std::pair<int, Field>, std::string> picturePaths;
};

void drawEditor(const ViewContext& ctx, const EditorViewModel& model, EditorViewState& state,
                std::vector<EditorCommand>& out);

} // namespace matside::ui
