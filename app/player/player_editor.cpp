// The open player's routine editor (issue 15): opened from the picker, its commands applied
// after each frame, and Play this routine replacing the routine playing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stderr_line.h"
#include "launch/routine_loading.h"
#include "player/player_app.h"
#include "player/player_setup.h"

#include <GLFW/glfw3.h>

namespace matside {

void PlayerApp::openEditor(const ui::Action& request) {
    using K = ui::Action::Kind;
    const std::size_t index = static_cast<std::size_t>(std::max(request.index, 0));
    if (request.kind == K::NewRoutine) {
        m_editor = EditorPanel::forNew(userRoutinesDir(), assetSearchDirs());
    } else if (request.kind == K::EditCopy) {
        const std::filesystem::path source = request.index < 0          ? m_playing->file
                                             : index < m_library.size() ? m_library[index].file
                                                                        : std::filesystem::path();
        if (!source.empty()) m_editor = EditorPanel::forCopy(source, userRoutinesDir(), assetSearchDirs());
    } else if (request.kind == K::ResumeDraft && index < m_drafts.size()) {
        m_editor = EditorPanel::forDraft(m_drafts[index], assetSearchDirs());
    }
    if (m_editor) printStderrLine("matside: editor: editing " + m_editor->target().string());
    m_scheduler.noteChange();
}

void PlayerApp::followEditor() {
    if (m_editRequest) openEditor(*std::exchange(m_editRequest, std::nullopt));
    if (!m_editor) return;
    const auto commands = m_editor->takeCommands();
    if (commands.empty()) return;
    const EditorPanel::Outcome o = m_editor->apply(commands);
    m_scheduler.noteInput();
    if (o.saved) m_library = scanLibraryReporting(assetSearchDirs()); // the picker lists it at once
    if (o.closed) {
        m_editor.reset();
        m_drafts = findDrafts(userRoutinesDir());
    }
    if (!o.play) return;
    LoadResult loaded = loadRoutineFile(*o.play, assetSearchDirs());
    if (!loaded.ok()) return;
    replacePlaying(std::move(*loaded.routine), *o.play);
    printStderrLine("matside: routine library: now playing " + o.play->string());
    glfwSetWindowTitle(m_window->handle(), (m_playing->routine.title + " - matside").c_str());
}

} // namespace matside
