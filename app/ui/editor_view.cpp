// The routine editor's screen: the routine's fields, then each exercise's, in one scrolling
// column (labels above full-width inputs fit 800x600 at every text size); a footer with
// Save, Play, Undo, Redo and Close; the keys read first so a text field cannot eat them.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor_view.h"

#include "core/plan.h"
#include "ui/editor_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h> // ClearActiveID: a shortcut must not also reach the text field

namespace matside::ui {

using editor::Frame;
using K = EditorCommand::Kind;

namespace {

// GLFW's letter key codes are their upper-case ASCII codes, which the GLFW backend of
// ImGui 1.86 puts in io.KeysDown.
bool pressed(int key) { return ImGui::IsKeyPressed(key, false); }

void keys(Frame& f) {
    const ImGuiIO& io = ImGui::GetIO();
    auto emit = [&](K kind, int index = -1, int to = -1) {
        ImGui::ClearActiveID(); // else an open text field would undo (or revert) by itself too
        f.out.push_back(EditorCommand::of(kind, index, to));
    };
    const int n = static_cast<int>(f.model.doc->exercises.size());
    const int sel = std::clamp(f.state.selected, 0, n - 1);
    if (f.model.askClose) {
        if (pressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) emit(K::KeepEditing);
        return;
    }
    if (pressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) emit(K::Close);
    if (io.KeyCtrl && pressed(ImGui::GetKeyIndex(ImGuiKey_Z))) emit(io.KeyShift ? K::Redo : K::Undo);
    if (io.KeyCtrl && pressed(ImGui::GetKeyIndex(ImGuiKey_Y))) emit(K::Redo);
    if (io.KeyCtrl && pressed('S')) emit(K::Save);
    if (io.KeyCtrl && (pressed('P') || pressed(ImGui::GetKeyIndex(ImGuiKey_Enter)))) emit(K::Play);
    if (io.KeyCtrl && pressed('N')) emit(K::Add);
    if (io.KeyCtrl && pressed('D')) emit(K::Duplicate, sel);
    if (io.KeyCtrl && pressed(ImGui::GetKeyIndex(ImGuiKey_Delete))) emit(K::Remove, sel);
    if (io.KeyAlt && pressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)) && sel > 0) emit(K::Move, sel, sel - 1);
    if (io.KeyAlt && pressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)) && sel + 1 < n) emit(K::Move, sel, sel + 1);
}

void heading(Frame& f, const std::string& text) {
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    textWrappedIn(f.ctx.fonts.heading, f.pal.text.u32(), text, ImGui::GetContentRegionAvail().x);
}

void routineFields(Frame& f) {
    heading(f, "Routine");
    for (Field field : {Field::Title, Field::Summary}) editor::field(f, {-1, field});
    problemsAt(f, {-1, Field::Other});
    heading(f, "Timings every exercise uses");
    for (Field field : {Field::PrepareSeconds, Field::RestBetweenSets, Field::SwitchSides, Field::RestBetweenExercises,
                        Field::RepTempo, Field::SideOrder, Field::FirstSide})
        editor::field(f, {-1, field});
}

void exerciseFields(Frame& f, int i) {
    const ExerciseDraft& e = f.model.doc->exercises[static_cast<std::size_t>(i)];
    const int n = static_cast<int>(f.model.doc->exercises.size());
    ImGui::PushID(i);
    ImGui::Separator();
    heading(f,
            "Exercise " + std::to_string(i + 1) + " of " + std::to_string(n) + (e.name.empty() ? "" : ": " + e.name));
    const std::string id = std::to_string(i);
    if (editor::flowButton(f, "Up", ("up" + id).c_str(), false, i > 0, false))
        f.out.push_back(EditorCommand::of(K::Move, i, i - 1));
    if (editor::flowButton(f, "Down", ("down" + id).c_str(), false, i + 1 < n, true))
        f.out.push_back(EditorCommand::of(K::Move, i, i + 1));
    if (editor::flowButton(f, "Duplicate", ("dup" + id).c_str(), false, true, true))
        f.out.push_back(EditorCommand::of(K::Duplicate, i, -1));
    if (editor::flowButton(f, "Remove", ("remove" + id).c_str(), false, n > 1, true))
        f.out.push_back(EditorCommand::of(K::Remove, i, -1));
    problemsAt(f, {i, Field::Other});
    editor::field(f, {i, Field::Name});
    editor::field(f, {i, Field::Sides});
    if (e.sides == Sides::Each) editor::field(f, {i, Field::SideLabel});
    editor::field(f, {i, Field::Dose});
    problemsAt(f, {i, Field::Dose});
    editor::field(f, {i, Field::Sets});
    editor::field(f, {i, e.dose == DoseKind::Hold ? Field::HoldSeconds : Field::Reps});
    if (e.dose == DoseKind::RepsWithHold) editor::field(f, {i, Field::RepHoldSeconds});
    if (f.model.check && static_cast<std::size_t>(i) < f.model.check->doseTexts.size())
        textWrappedIn(f.ctx.fonts.body, f.pal.text.u32(),
                      "On the ready screen: " + f.model.check->doseTexts[static_cast<std::size_t>(i)],
                      ImGui::GetContentRegionAvail().x);
    for (Field field : {Field::KeyPoints, Field::Equipment, Field::Cautions}) editor::field(f, {i, field});
    editor::pictureField(f, i, Field::StartPicture);
    editor::pictureField(f, i, Field::EndPicture);
    ImGui::PopID();
}

std::string summaryLine(const EditorViewModel& m) {
    const std::size_t problems = m.check ? m.check->problems.size() : 0;
    if (problems > 0)
        return std::to_string(problems) + (problems == 1 ? " problem" : " problems") +
               " (shown in orange at its field): Save waits until they are fixed.";
    return "Total " + formatDuration(m.check ? m.check->totalSeconds : 0) +
           (m.modified ? "  \xC2\xB7  not saved yet" : "  \xC2\xB7  saved");
}

void footer(Frame& f) {
    const bool ok = f.model.check && f.model.check->ok();
    textWrappedIn(f.ctx.fonts.body, (ok ? f.pal.text : f.pal.warning).u32(), summaryLine(f.model),
                  ImGui::GetContentRegionAvail().x);
    if (!f.model.status.empty())
        textWrappedIn(f.ctx.fonts.body, f.pal.muted.u32(), f.model.status, ImGui::GetContentRegionAvail().x);
    if (editor::flowButton(f, "Save  (Ctrl+S)", "save", true, ok, false)) f.out.push_back(EditorCommand::of(K::Save));
    if (editor::flowButton(f, "Play this routine  (Ctrl+P)", "play", false, ok, true))
        f.out.push_back(EditorCommand::of(K::Play));
    if (editor::flowButton(f, "Add exercise  (Ctrl+N)", "add", false, f.model.doc->exercises.size() < 100, true))
        f.out.push_back(EditorCommand::of(K::Add));
    if (editor::flowButton(f, "Undo  (Ctrl+Z)", "undo", false, f.model.canUndo, true))
        f.out.push_back(EditorCommand::of(K::Undo));
    if (editor::flowButton(f, "Redo  (Ctrl+Y)", "redo", false, f.model.canRedo, true))
        f.out.push_back(EditorCommand::of(K::Redo));
    if (editor::flowButton(f, "Close  (Esc)", "close", false, true, true)) f.out.push_back(EditorCommand::of(K::Close));
}

// The unsaved-changes question, over the editor.
void closeQuestion(Frame& f) {
    beginOverlay("editor-close", f.pal, ImVec2(scaled(28), scaled(14)));
    textWrappedIn(f.ctx.fonts.heading, f.pal.text.u32(), "Close with unsaved changes?",
                  ImGui::GetContentRegionAvail().x);
    textWrappedIn(f.ctx.fonts.body, f.pal.muted.u32(), "Save them now, or close and let them go.",
                  ImGui::GetContentRegionAvail().x);
    const bool ok = f.model.check && f.model.check->ok();
    if (editor::flowButton(f, "Save and close", "ask.save", true, ok, false)) {
        f.out.push_back(EditorCommand::of(K::Save));
        f.out.push_back(EditorCommand::of(K::Discard));
    }
    if (editor::flowButton(f, "Close without saving", "ask.discard", false, true, true))
        f.out.push_back(EditorCommand::of(K::Discard));
    if (editor::flowButton(f, "Keep editing  (Esc)", "ask.keep", false, true, true))
        f.out.push_back(EditorCommand::of(K::KeepEditing));
    endOverlay();
}

} // namespace

void drawEditor(const ViewContext& ctx, const EditorViewModel& model, EditorViewState& state,
                std::vector<EditorCommand>& out) {
    if (!model.doc || model.doc->exercises.empty()) return;
    const Palette& pal = paletteFor(Phase::Neutral);
    Frame f{ctx, model, state, out, pal};
    keys(f);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    if (state.focusTitle) ImGui::SetNextWindowFocus(); // on opening; later the child with the fields keeps it
    ImGui::PushStyleColor(ImGuiCol_WindowBg, pal.background.vec4());
    ImGui::PushStyleColor(ImGuiCol_Text, pal.text.vec4());
    ImGui::PushStyleColor(ImGuiCol_FrameBg, pal.background.vec4()); // inputs stand out of the panel
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scaled(1), scaled(0.6f)));
    ImGui::Begin("routine-editor", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    textWrappedIn(ctx.fonts.heading, pal.text.u32(), model.doc->title.empty() ? "New routine" : model.doc->title,
                  ImGui::GetContentRegionAvail().x);
    textWrappedIn(ctx.fonts.body, pal.muted.u32(), "Saves to " + model.where, ImGui::GetContentRegionAvail().x);
    // The footer's height from the last frame: its buttons wrap at large text sizes.
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID footerKey = ImGui::GetID("footer-height");
    const float footerHeight = st->GetFloat(footerKey, ImGui::GetFrameHeightWithSpacing() * 3);
    ImGui::BeginChild("fields",
                      ImVec2(0, std::max(ImGui::GetFrameHeight() * 3, ImGui::GetContentRegionAvail().y - footerHeight)),
                      false, ImGuiWindowFlags_AlwaysVerticalScrollbar);
    routineFields(f);
    problemsAt(f, {-1, Field::Exercises});
    for (int i = 0; i < static_cast<int>(model.doc->exercises.size()); ++i) exerciseFields(f, i);
    ImGui::Separator();
    if (editor::flowButton(f, "Add exercise", "add.bottom", false, model.doc->exercises.size() < 100, false))
        out.push_back(EditorCommand::of(K::Add));
    ImGui::EndChild();
    const float before = ImGui::GetCursorPosY();
    footer(f);
    st->SetFloat(footerKey, ImGui::GetCursorPosY() - before + ImGui::GetStyle().ItemSpacing.y);
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    if (model.askClose) closeQuestion(f);
}

} // namespace matside::ui
