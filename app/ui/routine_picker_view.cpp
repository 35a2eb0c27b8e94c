// The routine picker: every routine in the library with its title, time and exercise count;
// a broken one with a warning sign and the same messages as `matside validate`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fit_card.h"
#include "ui/fitted_text.h"
#include "ui/guide_views.h"
#include "ui/widgets.h"

#include "core/routine_json.h"

namespace matside::ui {

std::vector<std::string> libraryErrorLines(const LibraryEntry& entry) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : entry.errors) lines.push_back(formatDiagnostic(entry.file.filename(), d));
    return lines;
}

namespace {

void validRow(const ViewContext& ctx, const Palette& pal, const LibraryEntry& e, int n, bool current,
              std::vector<Action>& out) {
    const UiFonts& f = ctx.fonts;
    const std::string label = std::to_string(n + 1) + ".  " + e.title + "##routine" + std::to_string(n);
    auto sizeOf = [](ImFont* font) { // the face's size with the card's scale
        ImGui::PushFont(font);
        const float px = ImGui::GetFontSize();
        ImGui::PopFont();
        return px;
    };
    const float headPx = sizeOf(f.heading), bodyPx = sizeOf(f.body);
    const ImGuiStyle& st = ImGui::GetStyle();
    // "Edit a copy" beside the row, as tall as it (issue 15).
    const char* editLabel = "Edit a copy";
    ImGui::PushFont(f.heading);
    const float editW = ImGui::CalcTextSize(editLabel).x + st.FramePadding.x * 2;
    ImGui::PopFont();
    const float w = ImGui::GetContentRegionAvail().x - editW - st.ItemSpacing.x;
    const float h = headPx * 1.15f + bodyPx * 1.3f + st.FramePadding.y * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    // The whole row is the button; the second line is drawn over it.
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.0f));
    if (bigButton(label.c_str(), ImVec2(w, h), pal, current, f.heading))
        out.push_back(Action::indexed(Action::Kind::PickRoutine, n));
    ImGui::PopStyleVar();
    std::string detail = formatDuration(e.totalSeconds) + "  \xC2\xB7  " + std::to_string(e.exerciseCount) +
                         (e.exerciseCount == 1 ? " exercise" : " exercises");
    detail += e.shipped ? "" : "  \xC2\xB7  yours";
    if (current) detail += "  \xC2\xB7  playing now";
    ImGui::GetWindowDrawList()->AddText(f.body, bodyPx,
                                        ImVec2(p.x + st.FramePadding.x, p.y + st.FramePadding.y + headPx * 1.15f),
                                        (current ? pal.onAccent : pal.muted).u32(), detail.c_str());
    ImGui::SameLine();
    const std::string edit = std::string(editLabel) + "##edit" + std::to_string(n);
    if (bigButton(edit.c_str(), ImVec2(editW, h), pal, false, f.heading))
        out.push_back(Action::indexed(Action::Kind::EditCopy, n));
    reportLastItem("picker.edit." + std::to_string(n), editLabel,
                   Rect{ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                                                      ImGui::GetWindowPos().y + ImGui::GetWindowSize().y)});
}

// Unsaved edits from last time (a draft beside the routine): open them again.
void draftRows(const ViewContext& ctx, const Palette& pal, const std::vector<DraftEntry>& drafts,
               std::vector<Action>& out) {
    int i = 0;
    for (const DraftEntry& d : drafts) {
        const std::string label = "Unsaved changes: " + d.title + "  (open them)##draft" + std::to_string(i);
        if (bigButton(label.c_str(), ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(ctx.fonts.heading)), pal,
                      false, ctx.fonts.heading))
            out.push_back(Action::indexed(Action::Kind::ResumeDraft, i));
        reportLastItem("picker.draft." + std::to_string(i), d.title,
                       Rect{ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                                                          ImGui::GetWindowPos().y + ImGui::GetWindowSize().y)});
        ++i;
    }
}

void brokenRow(const ViewContext& ctx, const Palette& pal, const LibraryEntry& e, int n) {
    const UiFonts& f = ctx.fonts;
    warningSign(pal, 1.3f);
    ImGui::SameLine();
    textIn(f.heading, pal.warning.u32(),
           std::to_string(n + 1) + ".  " + e.file.filename().string() + ": cannot be used");
    for (const std::string& line : libraryErrorLines(e)) cardText(f.body, pal.text.u32(), line);
}

} // namespace

void drawRoutinePicker(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& f = ctx.fonts;
    beginFittedCard("routines", pal, guideCardSize());
    cardText(f.title, pal.text.u32(), "Routines");
    cardText(f.body, pal.muted.u32(),
             "Click one or press its number; N makes a new one, E edits a copy of the one playing. Your own go in " +
                 userRoutinesDir().string() + ".");
    int n = 0;
    if (view.library) {
        for (const LibraryEntry& e : *view.library) {
            if (e.valid()) validRow(ctx, pal, e, n, e.file == view.currentRoutine, out);
            else brokenRow(ctx, pal, e, n);
            ++n;
        }
    }
    if (n == 0) cardText(f.body, pal.muted.u32(), "No routines found.");
    if (view.drafts) draftRows(ctx, pal, *view.drafts, out);
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    if (bigButton("New routine  (N)", ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(f.heading)), pal, false,
                  f.heading))
        out.push_back(Action::of(Action::Kind::NewRoutine));
    reportLastItem("picker.new", "New routine",
                   Rect{ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                                                      ImGui::GetWindowPos().y + ImGui::GetWindowSize().y)});
    if (bigButton("Close  (Esc)", ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(f.heading)), pal, false,
                  f.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endFittedCard();
}

} // namespace matside::ui
