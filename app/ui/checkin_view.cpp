// Pain rating row, Start/Continue row and note field: small widgets shared by ready and done.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/checkin_view.h"

#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

namespace {
constexpr int kPainButtons = 11; // 0..10
float buttonHeight() { return scaled(2.2f); }

float textWidth(ImFont* font, const char* text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text).x;
}
} // namespace

float painRowHeight() {
    const float line = ImGui::GetIO().FontDefault ? ImGui::GetIO().FontDefault->FontSize : ImGui::GetFontSize();
    return line * 1.3f + buttonHeight() + ImGui::GetStyle().ItemSpacing.y * 2;
}

void drawPainRow(const Palette& pal, const UiFonts& fonts, const char* question, std::optional<int> value,
                 float width, std::optional<int>& clicked) {
    const float x0 = ImGui::GetCursorPosX();
    textIn(fonts.body, pal.text.u32(), question);
    // The scale's meaning on the same line when it fits, so the row stays one line tall.
    const char* scale = "0 no pain \xE2\x80\x93 10 worst imaginable  (optional)";
    const float qw = textWidth(fonts.body, question) + scaled(1);
    if (qw + textWidth(fonts.body, scale) <= width) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(x0 + qw); // window-relative: inside a group SameLine's offset is not
        textIn(fonts.body, pal.muted.u32(), scale);
    }
    const float gap = scaled(0.3f);
    const float bw = std::min((width - gap * (kPainButtons - 1)) / kPainButtons, scaled(5));
    ImGui::SetCursorPosX(x0);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, ImGui::GetStyle().ItemSpacing.y));
    for (int n = 0; n < kPainButtons; ++n) {
        if (n > 0) ImGui::SameLine();
        const std::string label = std::to_string(n) + "##" + question;
        if (bigButton(label.c_str(), ImVec2(bw, buttonHeight()), pal, value == n, fonts.heading)) clicked = n;
    }
    ImGui::PopStyleVar();
}

bool drawStartRow(const Palette& pal, const UiFonts& fonts, CheckinState& state, float x, float width, float height) {
    const bool offer = !state.resumeLabel.empty();
    const float gap = scaled(1);
    const float startW = offer ? std::min((width - gap) * 0.42f, scaled(20)) : std::min(width, scaled(20));
    const float continueW = offer ? std::min(width - gap - startW, scaled(30)) : 0;
    float cx = x + (width - startW - (offer ? gap + continueW : 0)) * 0.5f;
    ImGui::SetCursorPosX(cx);
    const float y = ImGui::GetCursorPosY();
    const char* startLabel = offer ? "Start fresh  (Space)" : "Start  (Space)";
    const bool start = bigButton(startLabel, ImVec2(startW, height), pal, true, fonts.heading);
    if (offer) {
        ImGui::SetCursorPos(ImVec2(cx + startW + gap, y));
        const std::string label = state.resumeLabel + "  (C)";
        // Two lines inside one button: what "continue" means, and where it lands.
        ImGui::BeginGroup();
        if (bigButton(("##continue"), ImVec2(continueW, height), pal, false, fonts.heading)) state.clickedContinue = true;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const float lines = fonts.heading->FontSize + fonts.body->FontSize * 1.1f;
        const float top = min.y + (max.y - min.y - lines) * 0.5f;
        textCentred(draw, fonts.heading, pal.text.u32(), min.x, max.x, top, label);
        textCentred(draw, fonts.body, pal.muted.u32(), min.x, max.x, top + fonts.heading->FontSize * 1.05f,
                    state.resumeDetail);
        ImGui::EndGroup();
    }
    return start;
}

void drawHistoryButton(const Palette& pal, CheckinState& state, float width) {
    if (!state.historyAvailable) return;
    ImGui::PushStyleColor(ImGuiCol_Button, pal.panel.vec4());
    ImGui::PushStyleColor(ImGuiCol_Text, pal.text.vec4());
    if (ImGui::Button("History  (L)", ImVec2(width, 0))) state.clickedHistory = true;
    ImGui::PopStyleColor(2);
}

float historyButtonWidth() { return ImGui::CalcTextSize("History  (L)").x + scaled(1.6f); }

void drawNoteField(const Palette& pal, const UiFonts& fonts, CheckinState& state, float width) {
    textIn(fonts.body, pal.text.u32(), "A short note (optional)");
    ImGui::PushStyleColor(ImGuiCol_FrameBg, pal.panel.vec4());
    ImGui::PushStyleColor(ImGuiCol_Text, pal.text.vec4());
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, pal.muted.vec4());
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(scaled(0.6f), scaled(0.5f)));
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("##note", "e.g. right side easier today", state.note.data(), state.note.size());
    state.noteActive = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) state.noteEdited = true;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
}

float historyNoticeHeight(const UiFonts& fonts, const CheckinState& state, float width) {
    if (state.notice.empty()) return 0;
    ImFont* f = fonts.body;
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, width, state.notice.c_str()).y + ImGui::GetStyle().ItemSpacing.y;
}

void drawHistoryNotice(const Palette& pal, const UiFonts& fonts, const CheckinState& state, float width) {
    if (state.notice.empty()) return;
    textWrappedIn(fonts.body, pal.accent.u32(), state.notice, width);
}

} // namespace matside::ui
