// The editor's widgets: labels above full-width inputs, so every text size fits 800x600;
// problems wrapped under their field in the warning colour.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor_widgets.h"

#include "ui/fitted_text.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h> // how a field was activated: by Tab or by the mouse

#include <sstream>

namespace matside::ui::editor {

namespace {

int resizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

bool inputString(const char* id, std::string& s, bool multiline, float height, const char* hint = nullptr) {
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (multiline)
        return ImGui::InputTextMultiline(id, s.data(), s.capacity() + 1, ImVec2(-FLT_MIN, height), flags,
                                         resizeCallback, &s);
    if (hint) return ImGui::InputTextWithHint(id, hint, s.data(), s.capacity() + 1, flags, resizeCallback, &s);
    return ImGui::InputText(id, s.data(), s.capacity() + 1, flags, resizeCallback, &s);
}

std::string joinLines(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? "\n" : "") + items[i];
    return text;
}

// One item per line; blank lines are no items (the person is between two).
std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> items;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find_first_not_of(' ') != std::string::npos) items.push_back(line);
    return items;
}

std::vector<const char*> choicesOf(Field field) {
    switch (field) {
    case Field::SideOrder: return {"Alternate sides every set", "All sets on one side first"};
    case Field::FirstSide: return {"Left", "Right"};
    case Field::Sides: return {"Both together", "Each side in turn"};
    case Field::SideLabel: return {"Leg", "Arm", "Side"};
    case Field::Dose: return {"Hold", "Reps", "Reps with a hold"};
    default: return {};
    }
}

std::string idOf(FieldRef ref) {
    return std::to_string(ref.exercise) + "." + std::to_string(static_cast<int>(ref.field));
}

// The item's rectangle against its window's: text must not run out of the editor's panel.
void report(Frame&, const std::string& what, const std::string& text) {
    const ImVec2 min = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    reportLastItem(what, text, Rect{min, ImVec2(min.x + size.x, min.y + size.y)});
}

// A field reached by Tab is scrolled to the upper part of the view, so the choices and
// numbers under it are in sight too (ImGui alone scrolls only until the field shows).
void followFocus() {
    if (ImGui::IsItemActivated() && ImGui::GetCurrentContext()->ActiveIdSource != ImGuiInputSource_Mouse)
        ImGui::SetScrollHereY(0.2f);
}

bool choice(Frame& f, FieldRef ref, int& value) {
    const auto labels = choicesOf(ref.field);
    bool changed = false;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string label = std::string(labels[i]) + "##" + idOf(ref) + "." + std::to_string(i);
        const float w =
            ImGui::CalcTextSize(labels[i]).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        }
        if (ImGui::RadioButton(label.c_str(), value == static_cast<int>(i))) {
            value = static_cast<int>(i);
            changed = true;
        }
        report(f, "editor.choice." + idOf(ref) + "." + std::to_string(i), labels[i]);
    }
    return changed;
}

} // namespace

void problemsAt(Frame& f, FieldRef ref) {
    if (!f.model.check) return;
    for (const FieldProblem& p : f.model.check->problems) {
        if (!(p.where == ref)) continue;
        textWrappedIn(f.ctx.fonts.body, f.pal.warning.u32(), p.message, ImGui::GetContentRegionAvail().x);
        report(f, "editor.problem." + idOf(ref), p.message);
    }
}

void field(Frame& f, FieldRef ref) {
    const auto value = fieldValue(*f.model.doc, ref);
    if (!value) return;
    const std::string id = "##" + idOf(ref);
    textWrappedIn(f.ctx.fonts.body, f.pal.muted.u32(), fieldLabel(ref.field), ImGui::GetContentRegionAvail().x);
    report(f, "editor.label." + idOf(ref), fieldLabel(ref.field));
    std::optional<FieldValue> changed;
    if (!choicesOf(ref.field).empty()) {
        int v = std::get<int>(*value);
        if (choice(f, ref, v)) changed = v;
    } else if (const int* n = std::get_if<int>(&*value)) {
        int v = *n;
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 10));
        if (ImGui::InputInt(id.c_str(), &v)) changed = v;
    } else if (const auto* s = std::get_if<std::string>(&*value)) {
        std::string text = *s;
        if (ref.exercise < 0 && ref.field == Field::Title && f.state.focusTitle) {
            ImGui::SetKeyboardFocusHere();
            f.state.focusTitle = false;
        }
        if (inputString(id.c_str(), text, false, 0)) changed = text;
    } else if (const auto* list = std::get_if<std::vector<std::string>>(&*value)) {
        std::string text = joinLines(*list);
        const float lines = static_cast<float>(std::max<std::size_t>(list->size() + 1, 2));
        const float h = std::min(lines, 5.0f) * ImGui::GetTextLineHeight() + ImGui::GetStyle().FramePadding.y * 2;
        if (inputString(id.c_str(), text, true, h)) changed = splitLines(text);
    }
    report(f, "editor.field." + idOf(ref), fieldLabel(ref.field));
    followFocus();
    if (ImGui::IsItemActive() && ref.exercise >= 0) f.state.selected = ref.exercise;
    if (changed) {
        EditorCommand c = EditorCommand::of(EditorCommand::Kind::Set);
        c.ref = ref;
        c.value = *changed;
        f.out.push_back(std::move(c));
    }
    problemsAt(f, ref);
}

void pictureField(Frame& f, int exercise, Field which) {
    const FieldRef ref{exercise, which};
    const auto value = fieldValue(*f.model.doc, ref);
    if (!value) return;
    const std::string& current = std::get<std::string>(*value);
    textWrappedIn(f.ctx.fonts.body, f.pal.muted.u32(), fieldLabel(which), ImGui::GetContentRegionAvail().x);
    const auto thumb = f.model.thumbs.find({exercise, which});
    if (thumb != f.model.thumbs.end() && thumb->second.texture) {
        const float h = ImGui::GetFontSize() * 4;
        ImGui::Image(thumb->second.texture, ImVec2(h * thumb->second.aspect, h));
        report(f, "editor.thumb." + idOf(ref), current);
    }
    textWrappedIn(f.ctx.fonts.body, f.pal.text.u32(), current.empty() ? "No picture" : current,
                  ImGui::GetContentRegionAvail().x);
    if (thumb != f.model.thumbs.end() && !thumb->second.problem.empty())
        textWrappedIn(f.ctx.fonts.body, f.pal.warning.u32(), thumb->second.problem, ImGui::GetContentRegionAvail().x);
    std::string& path = f.state.picturePaths[{exercise, which}];
    inputString(("##path" + idOf(ref)).c_str(), path, false, 0, "File path of a PNG or JPEG");
    report(f, "editor.field.path." + idOf(ref), "picture path");
    followFocus();
    if (flowButton(f, "Use this picture", ("use" + idOf(ref)).c_str(), false, !path.empty(), false)) {
        EditorCommand c = EditorCommand::of(EditorCommand::Kind::Picture, exercise);
        c.ref = ref;
        c.path = path;
        f.out.push_back(std::move(c));
        path.clear();
    }
    if (!current.empty() && flowButton(f, "No picture", ("clear" + idOf(ref)).c_str(), false, true, true)) {
        EditorCommand c = EditorCommand::of(EditorCommand::Kind::Set);
        c.ref = ref;
        c.value = std::string();
        f.out.push_back(std::move(c));
    }
    problemsAt(f, ref);
}

bool flowButton(Frame& f, const char* label, const char* id, bool primary, bool enabled, bool sameLine) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float w = ImGui::CalcTextSize(label).x + st.FramePadding.x * 2;
    if (sameLine) {
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    }
    if (!enabled) ImGui::BeginDisabled();
    ImGui::PushStyleColor(ImGuiCol_Button, (primary ? f.pal.accent : f.pal.panel).vec4());
    ImGui::PushStyleColor(ImGuiCol_Text, (primary ? f.pal.onAccent : f.pal.text).vec4());
    const bool pressed = ImGui::Button((std::string(label) + "##" + id).c_str(),
                                       ImVec2(std::min(w, ImGui::GetContentRegionAvail().x), 0));
    ImGui::PopStyleColor(2);
    if (!enabled) ImGui::EndDisabled();
    report(f, std::string("editor.button.") + id, label);
    return pressed;
}

} // namespace matside::ui::editor
