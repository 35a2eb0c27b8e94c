// The routine editor's state without any drawing: the document, its commands, and undo/redo.
// Typing into one field makes one undo step, as in any text editor.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_document.h"

#include <cstddef>
#include <vector>

namespace matside {

class RoutineEditor {
public:
    explicit RoutineEditor(RoutineDocument doc);

    const RoutineDocument& document() const { return m_doc; }
    // True when the document differs from the one last saved (or opened).
    bool modified() const { return m_doc != m_saved; }
    // Changes since this counter was last read by the draft writer.
    unsigned long revision() const { return m_revision; }

    // --- commands: each false (and nothing changed) when it does not apply ---
    bool set(const FieldRef& ref, const FieldValue& value);
    bool addExercise();                        // a new one after the last
    bool removeExercise(std::size_t index);    // refused for the only one: a routine has at least one
    bool duplicateExercise(std::size_t index); // the copy right after it, with its own id
    bool moveExercise(std::size_t from, std::size_t to);

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    bool undo();
    bool redo();
    // Ends the current typing run: the next edit of the same field is a new undo step.
    void seal() { m_lastEdit.reset(); }

    void markSaved() { m_saved = m_doc; }
    // A draft restored: the document is the draft, the saved one stays what it was (so it is
    // modified), and the undo history starts here.
    void restoreDraft(RoutineDocument draft);

private:
    void remember(); // the document before a change goes onto the undo stack
    void changed();

    RoutineDocument m_doc;
    RoutineDocument m_saved;
    std::vector<RoutineDocument> m_undo, m_redo;
    std::optional<FieldRef> m_lastEdit;
    unsigned long m_revision = 0;
};

} // namespace matside
