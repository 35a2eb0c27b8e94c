// The routine editor panel: commands in, document changed, checked, drafted and saved.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/editor_panel.h"

#include "core/atomic_write.h"
#include "core/illustration_paths.h"
#include "core/stderr_line.h"
#include "images/image_decode.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

namespace matside {
namespace fs = std::filesystem;
using K = ui::EditorCommand::Kind;

namespace {

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".jpeg" ? ".jpg" : ext;
}

} // namespace

EditorPanel::EditorPanel(RoutineDocument doc, fs::path target, std::vector<fs::path> assetDirs)
    : m_editor(std::move(doc)),
      m_target(std::move(target)),
      m_assetDirs(std::move(assetDirs)) {
    refresh();
}

// The arrow keys and Space reach every widget only while the editor is open: elsewhere the
// player's own keys must not also press ImGui's buttons.
EditorPanel::~EditorPanel() {
    if (ImGui::GetCurrentContext()) ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

std::unique_ptr<EditorPanel> EditorPanel::forNew(const fs::path& userDir, std::vector<fs::path> assetDirs) {
    const EditTarget t = freeEditTarget(userDir, "my_routine");
    return std::make_unique<EditorPanel>(newRoutineDocument(t.id), t.file, std::move(assetDirs));
}

std::unique_ptr<EditorPanel> EditorPanel::forCopy(const fs::path& source, const fs::path& userDir,
                                                  std::vector<fs::path> assetDirs) {
    RoutineDocument doc;
    const std::string stem =
        source.filename() == "routine.json" ? source.parent_path().filename().string() : source.stem().string();
    const EditTarget t = freeEditTarget(userDir, stem + "_copy");
    if (auto error = copyRoutineForEditing(source, t, doc); !error.empty()) {
        printStderrLine("matside: editor: " + error);
        return nullptr;
    }
    // Unchanged, the copy is not written at all (Play writes it first).
    return std::make_unique<EditorPanel>(std::move(doc), t.file, std::move(assetDirs));
}

std::unique_ptr<EditorPanel> EditorPanel::forDraft(const DraftEntry& draft, std::vector<fs::path> assetDirs) {
    auto doc = readDraft(draft.draft);
    if (!doc) {
        printStderrLine("matside: editor: " + draft.draft.string() + ": not a draft any more; it was left as it is");
        return nullptr;
    }
    std::optional<RoutineDocument> saved;
    if (std::error_code ec; fs::is_regular_file(draft.target, ec)) {
        LoadResult loaded = loadRoutineFile(draft.target, assetDirs); // the size cap and checks of any routine
        if (loaded.ok()) {
            std::ifstream in(draft.target);
            std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            saved = documentFromText(text);
        }
    }
    auto panel = std::make_unique<EditorPanel>(saved.value_or(RoutineDocument{}), draft.target, std::move(assetDirs));
    panel->m_editor.restoreDraft(std::move(*doc));
    panel->m_status = "Your unsaved changes from last time are back.";
    panel->refresh();
    return panel;
}

bool EditorPanel::requestClose() {
    if (!m_editor.modified()) return true;
    m_askClose = true;
    return false;
}

EditorPanel::Outcome EditorPanel::apply(const std::vector<ui::EditorCommand>& commands) {
    Outcome o;
    for (const ui::EditorCommand& c : commands) {
        const auto index = static_cast<std::size_t>(std::max(c.index, 0));
        switch (c.kind) {
        case K::Set: m_editor.set(c.ref, c.value); break;
        case K::Add:
            if (m_editor.addExercise()) m_state.selected = static_cast<int>(m_editor.document().exercises.size()) - 1;
            break;
        case K::Remove: m_editor.removeExercise(index); break;
        case K::Duplicate: m_editor.duplicateExercise(index); break;
        case K::Move:
            if (m_editor.moveExercise(index, static_cast<std::size_t>(std::max(c.to, 0)))) m_state.selected = c.to;
            break;
        case K::Undo: m_editor.undo(); break;
        case K::Redo: m_editor.redo(); break;
        case K::Picture: usePicture(c); break;
        case K::Save: o.saved = save() || o.saved; break;
        case K::Play:
            refresh();
            if ((!m_editor.modified() && fs::exists(m_target)) || save()) {
                o.saved = true;
                o.play = m_target;
                o.closed = true;
            }
            break;
        case K::Close: o.closed = requestClose(); break;
        case K::Discard:
            if (m_editor.modified()) removeDraft(m_target);
            o.closed = true;
            break;
        case K::KeepEditing: m_askClose = false; break;
        }
        refresh();
    }
    return o;
}

void EditorPanel::refresh() {
    if (m_checked == m_editor.revision()) return;
    m_checked = m_editor.revision();
    m_check = checkDocument(m_editor.document(), m_target, m_assetDirs);
    m_thumbs.clear();
    const auto& list = m_editor.document().exercises;
    for (std::size_t i = 0; i < list.size(); ++i) {
        thumbnail(static_cast<int>(i), Field::StartPicture, list[i].startPicture);
        thumbnail(static_cast<int>(i), Field::EndPicture, list[i].endPicture);
    }
    // A kill now loses nothing: the draft beside the routine holds every change.
    if (m_editor.modified()) {
        if (auto error = writeDraft(m_editor.document(), m_target); !error.empty()) m_status = error;
    } else {
        removeDraft(m_target);
    }
}

// Decoded once per file by the guarded loader; a refused file says why at its field.
void EditorPanel::thumbnail(int exercise, Field which, const std::string& relative) {
    if (relative.empty() || !loader::illustrationPathProblem(relative).empty()) return;
    const fs::path file = loader::findIllustration(relative, m_target, m_assetDirs).found;
    if (file.empty()) return;
    if (!m_textures.count(file)) {
        DecodeResult decoded = decodeImageFile(file);
        if (const Image* image = std::get_if<Image>(&decoded)) {
            m_textures[file] = platform::Texture::fromRgba(image->rgba.data(), image->width, image->height);
        } else {
            m_textures[file] = std::nullopt;
            m_refusals[file] = std::get<std::string>(decoded);
        }
    }
    ui::EditorThumb& thumb = m_thumbs[{exercise, which}];
    if (const auto& texture = m_textures[file]) {
        thumb.texture = texture->imguiId();
        thumb.aspect = static_cast<float>(texture->width()) / static_cast<float>(std::max(texture->height(), 1));
    } else {
        thumb.problem = m_refusals[file];
    }
}

// A picture from anywhere: checked by the guarded decoder, then copied beside the routine
// (pictures/<exercise>_<start|end>.<ext>), so the routine folder travels whole.
void EditorPanel::usePicture(const ui::EditorCommand& c) {
    const fs::path source = c.path;
    // One read: the bytes the decoder accepts are the bytes copied, even if the file changes.
    const ReadResult read = readImageFile(source);
    const auto* bytes = std::get_if<std::vector<std::uint8_t>>(&read);
    const DecodeResult decoded = bytes ? decodeImageMemory(*bytes, source.string()) : DecodeResult{std::get<std::string>(read)};
    if (const auto* refusal = std::get_if<std::string>(&decoded)) {
        m_status = source.string() + ": not used: " + *refusal;
        printStderrLine("matside: editor: " + m_status);
        return;
    }
    const auto& doc = m_editor.document();
    if (c.index < 0 || static_cast<std::size_t>(c.index) >= doc.exercises.size()) return;
    const std::string ext = lowerExtension(source) == ".jpg" ? ".jpg" : ".png";
    const std::string id = doc.exercises[static_cast<std::size_t>(c.index)].id;
    const std::string relative =
        "pictures/" + (id.empty() ? "exercise" : id) + (c.ref.field == Field::StartPicture ? "_start" : "_end") + ext;
    const fs::path dest = m_target.parent_path() / relative;
    const std::string_view contents(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    if (const std::string error = replaceFileAtomically(dest, contents); !error.empty()) {
        m_status = "picture not copied: " + error;
        printStderrLine("matside: editor: " + m_status);
        return;
    }
    m_textures.erase(dest); // a new file under an old name: decode it again
    m_editor.seal();
    m_editor.set(c.ref, relative);
    m_checked = static_cast<unsigned long>(-1);
    m_status = "Picture copied to " + dest.string();
}

bool EditorPanel::save() {
    refresh();
    if (!m_check.ok()) {
        m_status = "Not saved: fix the " + std::to_string(m_check.problems.size()) +
                   (m_check.problems.size() == 1 ? " problem" : " problems") + " first.";
        printStderrLine("matside: editor: save refused: " + m_check.problems.front().message);
        return false;
    }
    if (auto error = saveDocument(m_editor.document(), m_target); !error.empty()) {
        m_status = error;
        printStderrLine("matside: editor: " + error);
        return false;
    }
    m_editor.markSaved();
    m_status = "Saved.";
    printStderrLine("matside: editor: saved " + m_target.string());
    return true;
}

void EditorPanel::draw(const ui::ViewContext& ctx) {
    ui::EditorViewModel model;
    model.doc = &m_editor.document();
    model.check = &m_check;
    model.where = m_target.string();
    model.status = m_status;
    model.modified = m_editor.modified();
    model.canUndo = m_editor.canUndo();
    model.canRedo = m_editor.canRedo();
    model.askClose = m_askClose;
    model.thumbs = m_thumbs;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::drawEditor(ctx, model, m_state, m_commands);
}

} // namespace matside
