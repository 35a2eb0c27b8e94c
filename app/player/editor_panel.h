// The open routine editor (issue 15): the document being edited, where it saves, its live
// check, picture thumbnails and its draft; it applies the editor screen's commands.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_document_file.h"
#include "core/routine_editor.h"
#include "platform/textures.h"
#include "ui/editor_view.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace matside {

class EditorPanel {
public:
    // Edits `doc`, saved to `target` (its folder in the user's routines).
    EditorPanel(RoutineDocument doc, std::filesystem::path target, std::vector<std::filesystem::path> assetDirs);
    ~EditorPanel();

    // A new routine; a copy of `source`; the draft `draft` (the saved routine beside it, if
    // any, stays what "modified" compares with). Null with a line on stderr when it fails.
    static std::unique_ptr<EditorPanel> forNew(const std::filesystem::path& userDir,
                                               std::vector<std::filesystem::path> assetDirs);
    static std::unique_ptr<EditorPanel> forCopy(const std::filesystem::path& source,
                                                const std::filesystem::path& userDir,
                                                std::vector<std::filesystem::path> assetDirs);
    static std::unique_ptr<EditorPanel> forDraft(const DraftEntry& draft, std::vector<std::filesystem::path> assetDirs);

    // What the loop must do after the commands of a frame.
    struct Outcome {
        bool closed = false;                       // the editor is done: drop it
        bool saved = false;                        // a routine file was written: rescan the library
        std::optional<std::filesystem::path> play; // play this (saved) routine now
    };
    Outcome apply(const std::vector<ui::EditorCommand>& commands);
    // The window's close button: asks when there are unsaved changes; true when it may close.
    bool requestClose();

    void draw(const ui::ViewContext& ctx);
    std::vector<ui::EditorCommand> takeCommands() { return std::exchange(m_commands, {}); }

    const RoutineEditor& editor() const { return m_editor; }
    const std::filesystem::path& target() const { return m_target; }

private:
    void refresh(); // the check, thumbnails and draft after a change
    void usePicture(const ui::EditorCommand& c);
    bool save();
    void thumbnail(int exercise, Field which, const std::string& relative);

    RoutineEditor m_editor;
    std::filesystem::path m_target;
    std::vector<std::filesystem::path> m_assetDirs;
    DocumentCheck m_check;
    ui::EditorViewState m_state;
    std::string m_status;
    bool m_askClose = false;
    unsigned long m_checked = static_cast<unsigned long>(-1);
    std::map<std::filesystem::path, std::optional<platform::Texture>> m_textures; // nullopt: refused
    std::map<std::filesystem::path, std::string> m_refusals;
    std::map<std::pair<int, Field>, ui::EditorThumb> m_thumbs;
    std::vector<ui::EditorCommand> m_commands;
};

} // namespace matside
