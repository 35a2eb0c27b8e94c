// Shared drawing helpers: canvas window, fixed-cell big digits, bars and big buttons.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

void beginCanvas(const char* id, const Palette& palette, float backgroundAlpha) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    // A full screen leaves its background to glClear (same colour): painting it again as a
    // window would cost llvmpipe a second full-window fill every frame.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette.background.vec4(backgroundAlpha >= 1.0f ? 0.0f : backgroundAlpha));
    ImGui::PushStyleColor(ImGuiCol_Text, palette.text.vec4());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse;
    // Screens stay at the back; overlays (drawn translucent) must not: ImGui puts windows
    // created with NoBringToFrontOnFocus behind all others.
    if (backgroundAlpha >= 1.0f) flags |= ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin(id, nullptr, flags);
}

void endCanvas() {
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

namespace {
// Cell width for digits: the widest digit's advance, trimmed of most of its side bearing.
float digitCell(ImFont* font) { return font->FontSize * 0.56f; }
float colonCell(ImFont* font) { return font->FontSize * 0.28f; }
} // namespace

float bigDigitsWidth(ImFont* font, const std::string& text, float scale) {
    float w = 0;
    for (char c : text) w += c == ':' ? colonCell(font) : digitCell(font);
    return w * scale;
}

void drawBigDigits(ImDrawList* draw, ImFont* font, const std::string& text, ImVec2 center, ImU32 colour, float scale) {
    // Ink of a digit spans from the glyph's Y0 to Y1 inside the line; centre that span.
    const ImFontGlyph* zero = font->FindGlyphNoFallback('0');
    const float inkTop = (zero ? zero->Y0 : font->FontSize * 0.2f) * scale;
    const float inkBottom = (zero ? zero->Y1 : font->FontSize * 0.8f) * scale;
    const float y = center.y - (inkTop + inkBottom) * 0.5f;
    float x = center.x - bigDigitsWidth(font, text, scale) * 0.5f;
    for (char c : text) {
        const float cell = (c == ':' ? colonCell(font) : digitCell(font)) * scale;
        if (const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
            const float inkW = (g->X1 - g->X0) * scale;
            const float gx = x + (cell - inkW) * 0.5f - g->X0 * scale; // centre the ink in its cell
            char one[2] = {c, 0};
            draw->AddText(font, font->FontSize * scale, ImVec2(gx, y), colour, one);
        }
        x += cell;
    }
}

void drawBar(ImDrawList* draw, const Rect& r, float fraction, const Palette& palette) {
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    const float rounding = r.height() * 0.5f;
    draw->AddRectFilled(r.min, r.max, palette.track.u32(), rounding);
    if (fraction > 0) {
        const float x = r.min.x + std::max(r.width() * fraction, r.height());
        draw->AddRectFilled(r.min, ImVec2(std::min(x, r.max.x), r.max.y), palette.accent.u32(), rounding);
    }
}

bool bigButton(const char* label, ImVec2 size, const Palette& palette, bool primary, ImFont* font) {
    const Rgb base = primary ? palette.accent : palette.panel;
    const Rgb text = primary ? palette.onAccent : palette.text;
    auto lift = [](Rgb c, int d) {
        auto ch = [d](unsigned char v) { return static_cast<unsigned char>(std::clamp(v + d, 0, 255)); };
        return Rgb{ch(c.r), ch(c.g), ch(c.b)};
    };
    ImGui::PushStyleColor(ImGuiCol_Button, base.vec4());
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, lift(base, primary ? 18 : 14).vec4());
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, lift(base, primary ? -18 : 26).vec4());
    ImGui::PushStyleColor(ImGuiCol_Text, text.vec4());
    if (font) ImGui::PushFont(font);
    const bool clicked = ImGui::Button(label, size);
    if (font) ImGui::PopFont();
    ImGui::PopStyleColor(4);
    return clicked;
}

void textIn(ImFont* font, ImU32 colour, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void textWrappedIn(ImFont* font, ImU32 colour, const std::string& text, float wrapWidth) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrapWidth);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void textCentred(ImDrawList* draw, ImFont* font, ImU32 colour, float x0, float x1, float y, const std::string& text) {
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    draw->AddText(font, font->FontSize, ImVec2(x0 + (x1 - x0 - size.x) * 0.5f, y), colour, text.c_str());
}

void beginOverlay(const char* id, const Palette& palette, ImVec2 cardSize) {
    beginCanvas(id, palette, 0.85f); // the screen below stays faintly visible
    const ImVec2 size = ImGui::GetWindowSize();
    cardSize.x = std::min(cardSize.x, size.x - scaled(1));
    cardSize.y = std::min(cardSize.y, size.y - scaled(1));
    ImGui::SetCursorPos(ImVec2((size.x - cardSize.x) * 0.5f, (size.y - cardSize.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette.panel.vec4());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scaled(1.5f), scaled(1.2f)));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, scaled(0.8f));
    ImGui::BeginChild("card", cardSize, false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
}

void endOverlay() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    endCanvas();
}

void beginCard(const char* id, const Palette& palette, ImVec2 cardSize, ImVec2 centre) {
    ImGui::SetNextWindowPos(centre, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(cardSize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette.panel.vec4());
    ImGui::PushStyleColor(ImGuiCol_Border, palette.accent.vec4());
    ImGui::PushStyleColor(ImGuiCol_Text, palette.text.vec4());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scaled(1.5f), scaled(1.2f)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, scaled(0.8f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, scaled(0.12f));
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
}

void endCard() {
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(3);
}

} // namespace matside::ui
