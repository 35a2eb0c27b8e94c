// The editor's commands and its undo history (whole documents: a routine is a few KiB).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_editor.h"

#include <algorithm>

namespace matside {

namespace {
constexpr std::size_t kMaxUndo = 500;      // enough for an afternoon; a bounded memory
constexpr std::size_t kMaxExercises = 100; // what the loader accepts
} // namespace

RoutineEditor::RoutineEditor(RoutineDocument doc) : m_doc(std::move(doc)), m_saved(m_doc) {}

void RoutineEditor::remember() {
    m_undo.push_back(m_doc);
    if (m_undo.size() > kMaxUndo) m_undo.erase(m_undo.begin());
    m_redo.clear();
}

void RoutineEditor::changed() { ++m_revision; }

bool RoutineEditor::set(const FieldRef& ref, const FieldValue& value) {
    const auto current = fieldValue(m_doc, ref);
    if (!current || *current == value) return false;
    RoutineDocument before = m_doc;
    if (!setFieldValue(m_doc, ref, value)) return false;
    // One run of typing in one field is one step: only its first change is remembered.
    if (m_lastEdit != ref) {
        m_undo.push_back(std::move(before));
        if (m_undo.size() > kMaxUndo) m_undo.erase(m_undo.begin());
    }
    m_redo.clear();
    m_lastEdit = ref;
    changed();
    return true;
}

bool RoutineEditor::addExercise() {
    if (m_doc.exercises.size() >= kMaxExercises) return false;
    seal();
    remember();
    m_doc.exercises.push_back(newExercise(m_doc));
    changed();
    return true;
}

bool RoutineEditor::removeExercise(std::size_t index) {
    if (index >= m_doc.exercises.size() || m_doc.exercises.size() == 1) return false;
    seal();
    remember();
    m_doc.exercises.erase(m_doc.exercises.begin() + static_cast<std::ptrdiff_t>(index));
    changed();
    return true;
}

bool RoutineEditor::duplicateExercise(std::size_t index) {
    if (index >= m_doc.exercises.size() || m_doc.exercises.size() >= kMaxExercises) return false;
    seal();
    remember();
    ExerciseDraft copy = m_doc.exercises[index];
    copy.id = unusedExerciseId(m_doc, copy.id.empty() ? "exercise" : copy.id);
    m_doc.exercises.insert(m_doc.exercises.begin() + static_cast<std::ptrdiff_t>(index) + 1, std::move(copy));
    changed();
    return true;
}

bool RoutineEditor::moveExercise(std::size_t from, std::size_t to) {
    const std::size_t n = m_doc.exercises.size();
    if (from >= n || to >= n || from == to) return false;
    seal();
    remember();
    auto& list = m_doc.exercises;
    if (from < to)
        std::rotate(list.begin() + static_cast<std::ptrdiff_t>(from),
                    list.begin() + static_cast<std::ptrdiff_t>(from) + 1,
                    list.begin() + static_cast<std::ptrdiff_t>(to) + 1);
    else
        std::rotate(list.begin() + static_cast<std::ptrdiff_t>(to), list.begin() + static_cast<std::ptrdiff_t>(from),
                    list.begin() + static_cast<std::ptrdiff_t>(from) + 1);
    changed();
    return true;
}

bool RoutineEditor::undo() {
    if (m_undo.empty()) return false;
    seal();
    m_redo.push_back(std::move(m_doc));
    m_doc = std::move(m_undo.back());
    m_undo.pop_back();
    changed();
    return true;
}

bool RoutineEditor::redo() {
    if (m_redo.empty()) return false;
    seal();
    m_undo.push_back(std::move(m_doc));
    m_doc = std::move(m_redo.back());
    m_redo.pop_back();
    changed();
    return true;
}

void RoutineEditor::restoreDraft(RoutineDocument draft) {
    if (draft == m_doc) return;
    seal();
    m_doc = std::move(draft); // not undoable: before it lies the saved file, or nothing
    changed();
}

} // namespace matside
