// The routine picker: every routine in the library with its title, time and exercise count;
// a broken one with a warning sign and the same messages as `matside validate`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fit_card.h"
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
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = headPx * 1.15f + bodyPx * 1.3f + st.FramePadding.y * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    // The whole row is the button; the second line is drawn over it.
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.0f));
    if (bigButton(label.c_str(), ImVec2(w, h), pal, current, f.heading)) out.push_back(Action::indexed(Action::Kind::PickRoutine, n));
    ImGui::PopStyleVar();
    std::string detail = formatDuration(e.totalSeconds) + "  \xC2\xB7  " + std::to_string(e.exerciseCount) +
                         (e.exerciseCount == 1 ? " exercise" : " exercises");
    detail += e.shipped ? "" : "  \xC2\xB7  yours";
    if (current) detail += "  \xC2\xB7  playing now";
    ImGui::GetWindowDrawList()->AddText(f.body, bodyPx, ImVec2(p.x + st.FramePadding.x, p.y + st.FramePadding.y + headPx * 1.15f),
                                        (current ? pal.onAccent : pal.muted).u32(), detail.c_str());
}

void brokenRow(const ViewContext& ctx, const Palette& pal, const LibraryEntry& e, int n) {
    const UiFonts& f = ctx.fonts;
    warningSign(pal, 1.3f);
    ImGui::SameLine();
    textIn(f.heading, pal.warning.u32(), std::to_string(n + 1) + ".  " + e.file.filename().string() + ": cannot be used");
    for (const std::string& line : libraryErrorLines(e)) cardText(f.body, pal.text.u32(), line);
}

} // namespace

void drawRoutinePicker(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& f = ctx.fonts;
    beginFittedCard("routines", pal, guideCardSize());
    cardText(f.title, pal.text.u32(), "Routines");
    cardText(f.body, pal.muted.u32(), "Click one or press its number. Your own go in " + userRoutinesDir().string() + ".");
    int n = 0;
    if (view.library) {
        for (const LibraryEntry& e : *view.library) {
            if (e.valid()) validRow(ctx, pal, e, n, e.file == view.currentRoutine, out);
            else brokenRow(ctx, pal, e, n);
            ++n;
        }
    }
    if (n == 0) cardText(f.body, pal.muted.u32(), "No routines found.");
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    if (bigButton("Close  (Esc)", ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(f.heading)), pal, false, f.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endFittedCard();
}

} // namespace matside::ui
