// Help overlay (drawn from the key table) and the quit question.
#include "ui/help_overlay.h"

#include "ui/theme.h"
#include "ui/widgets.h"

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
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float lineH = fonts.heading->FontSize + spacing;
    const float height = fonts.title->FontSize + spacing + lineH * static_cast<float>(entries.size()) +
                         (fonts.body->FontSize + spacing) * 3 + scaled(0.7f) + scaled(2.4f) + scaled(2.4f) + spacing * 3;
    beginOverlay("help", pal, ImVec2(scaled(34), height));
    textIn(fonts.title, pal.text.u32(), "Keys");
    const float keysW = scaled(9);
    for (const HelpEntry& e : entries) {
        textIn(fonts.heading, pal.accent.u32(), e.keys);
        ImGui::SameLine(keysW);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (fonts.heading->FontSize - fonts.body->FontSize) * 0.5f);
        textIn(fonts.body, pal.text.u32(), e.description);
    }
    ImGui::Dummy(ImVec2(0, scaled(0.4f)));
    textWrappedIn(fonts.body, pal.muted.u32(),
                  "Mouse or touch: Back, Pause and Next at the bottom; a tap on the timer pauses.",
                  ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    if (bigButton("Close  (Esc)", ImVec2(ImGui::GetContentRegionAvail().x, scaled(2.4f)), pal, true, fonts.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endOverlay();
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
