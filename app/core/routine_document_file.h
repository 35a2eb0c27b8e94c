// Where the editor keeps a routine on disk: the routine file in its own folder of the user's
// routines, a draft beside it that outlives a crash, and copies that never touch the original.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_document.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside {

// "<file>.draft": the unsaved edits of `file` (it need not exist yet).
std::filesystem::path draftFileOf(const std::filesystem::path& routineFile);

// Writes the routine atomically, then removes its draft. An error line, empty on success.
std::string saveDocument(const RoutineDocument& doc, const std::filesystem::path& file);
// Writes (atomically) or removes the draft of `file`.
std::string writeDraft(const RoutineDocument& doc, const std::filesystem::path& file);
void removeDraft(const std::filesystem::path& file);
// The draft's document; nullopt when it is missing, too big or not a draft.
std::optional<RoutineDocument> readDraft(const std::filesystem::path& draftFile);

struct DraftEntry {
    std::filesystem::path draft;  // <folder>/routine.json.draft
    std::filesystem::path target; // the routine file it belongs to
    std::string title;            // the draft's title ("Untitled routine" when empty)
};
// Every draft in the user's routines folder (<dir>/<folder>/routine.json.draft), by path.
std::vector<DraftEntry> findDrafts(const std::filesystem::path& userDir);

// Where a routine the editor makes goes: <userDir>/<id>/routine.json, with an id (from
// `base`, made of a-z0-9_) whose folder is not taken yet.
struct EditTarget {
    std::string id;
    std::filesystem::path file;
};
EditTarget freeEditTarget(const std::filesystem::path& userDir, const std::string& base);

// The editable copy of a routine file: its document under the target's id, and every
// picture that lay beside the original copied beside the copy (shipped pictures found in the
// assets are not copied: the copy finds them there too). An error line, or empty.
std::string copyRoutineForEditing(const std::filesystem::path& source, const EditTarget& target, RoutineDocument& out);

} // namespace matside
