// The routine editor's field widgets: one labelled field per call, its problems under it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor_view.h"
#include "ui/theme.h"

#include <vector>

namespace matside::ui::editor {

struct Frame {
    const ViewContext& ctx;
    const EditorViewModel& model;
    EditorViewState& state;
    std::vector<EditorCommand>& out;
    const Palette& pal;
};

// The label, the widget for the field's kind (text, lines, number, choice) and its problems.
void field(Frame& f, FieldRef ref);
// Problems the editor has no field for (kept extras, the list of exercises), at `ref`.
void problemsAt(Frame& f, FieldRef ref);
// An exercise's picture: thumbnail, its path, and a file path to take a new one from.
void pictureField(Frame& f, int exercise, Field which);
// A button; with `sameLine` on the line of the item before when it fits there, else on the
// next. Reported for the window tests as "editor.button.<id>".
bool flowButton(Frame& f, const char* label, const char* id, bool primary, bool enabled, bool sameLine);

} // namespace matside::ui::editor
