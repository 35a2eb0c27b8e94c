// Help overlay (drawn from the key table) and the quit question.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help_overlay.h"

#include "ui/fit_card.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

std::vector<HelpEntry> helpEntries() {
    std::vector<HelpEntry> entries;
    for (const KeyBinding& b : keyBindings()) {
        if (b.description) entries.push_back(HelpEntry{b.label ? b.label : "", b.description});
        else if (b.label && !entries.empty()) entries.back().keys += std::string(" / ") + b.label;
    }
    return entries;
}

void drawHelpOverlay(const ViewContext& ctx, const Snapshot& s, std::vector<Action>& out) {
    const Palette& pal = paletteFor(phaseOf(s));
    const UiFonts& fonts = ctx.fonts;
    const auto entries = helpEntries();
    // The key table grew with the guide screens (issue 7): two columns in a wide enough card,
    // and a fitted card that shrinks the text rather than clip it in a small window.
    const ImVec2 view = ImGui::GetMainViewport()->WorkSize;
    beginFittedCard("help", pal, ImVec2(std::min(view.x - scaled(1), scaled(72)), view.y - scaled(1)));
    textIn(fonts.title, pal.text.u32(), "Keys");
    const int columns = ImGui::GetContentRegionAvail().x >= scaled(30) ? 2 : 1;
    const std::size_t rows = (entries.size() + columns - 1) / columns;
    // The key column is as wide as the widest key label at the card's current scale.
    ImGui::PushFont(fonts.heading);
    float keysW = 0;
    for (const HelpEntry& e : entries) keysW = std::max(keysW, ImGui::CalcTextSize(e.keys.c_str()).x);
    const float headingPx = ImGui::GetFontSize();
    ImGui::PopFont();
    ImGui::PushFont(fonts.body);
    const float lift = (headingPx - ImGui::GetFontSize()) * 0.55f; // descriptions on the keys' baseline
    ImGui::PopFont();
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(scaled(0.5f), scaled(0.12f)));
    if (ImGui::BeginTable("keys", columns * 2, ImGuiTableFlags_SizingStretchProp)) {
        for (int c = 0; c < columns; ++c) {
            ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthFixed, keysW);
            ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthStretch);
        }
        for (std::size_t r = 0; r < rows; ++r) {
            ImGui::TableNextRow();
            for (int c = 0; c < columns; ++c) {
                const std::size_t i = r + static_cast<std::size_t>(c) * rows;
                ImGui::TableNextColumn();
                if (i < entries.size()) textIn(fonts.heading, pal.accent.u32(), entries[i].keys);
                ImGui::TableNextColumn();
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() + lift);
                if (i < entries.size())
                    textWrappedIn(fonts.body, pal.text.u32(), entries[i].description, ImGui::GetContentRegionAvail().x);
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));
    textWrappedIn(fonts.body, pal.muted.u32(),
                  "Mouse or touch: Back, Pause, Next and It hurts at the bottom; a tap on the timer pauses.",
                  ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    if (bigButton("Close  (Esc)", ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(fonts.heading)), pal, true,
                  fonts.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endFittedCard();
}

void drawQuitPrompt(const ViewContext& ctx, const Snapshot& s, std::vector<Action>& out) {
    const Palette& pal = paletteFor(phaseOf(s));
    const UiFonts& fonts = ctx.fonts;
    beginOverlay("quit", pal, ImVec2(scaled(28), scaled(11)));
    textIn(fonts.title, pal.text.u32(), "Quit this session?");
    textWrappedIn(fonts.body, pal.muted.u32(), "Q again to quit, Esc to keep going.", ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(0, scaled(0.6f)));
    const float w = (ImGui::GetContentRegionAvail().x - scaled(1)) * 0.5f;
    if (bigButton("Quit  (Q)", ImVec2(w, scaled(3)), pal, false, fonts.heading)) out.push_back(Action::of(Action::Kind::ConfirmQuit));
    ImGui::SameLine(0, scaled(1));
    if (bigButton("Keep going", ImVec2(w, scaled(3)), pal, true, fonts.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endOverlay();
}

} // namespace matside::ui
