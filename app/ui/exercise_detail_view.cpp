// Exercise details: the two poses, the dose, key points, equipment, the muscles it works,
// why it helps and what to take care with.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fit_card.h"
#include "ui/guide_views.h"
#include "ui/widgets.h"

#include <algorithm>

namespace matside::ui {

namespace {

std::string joinedList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// One pose in a panel of `size`: the picture kept to its aspect, or the reason there is none.
void posePanel(const ViewContext& ctx, const Palette& pal, const PictureFrame& pic, const char* label, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 p1(p0.x + size.x, p0.y + size.y);
    draw->AddRectFilled(p0, p1, paletteFor(Phase::Neutral).background.u32(), scaled(0.5f));
    if (pic.texture) {
        float w = size.x, h = size.x / std::max(pic.aspect, 0.01f);
        if (h > size.y) {
            h = size.y;
            w = h * pic.aspect;
        }
        const ImVec2 a(p0.x + (size.x - w) * 0.5f, p0.y + (size.y - h) * 0.5f);
        draw->AddImage(pic.texture, a, ImVec2(a.x + w, a.y + h), ImVec2(pic.mirrored ? 1.0f : 0.0f, 0),
                       ImVec2(pic.mirrored ? 0.0f : 1.0f, 1));
    } else {
        draw->PushClipRect(p0, p1, true);
        textCentred(draw, ctx.fonts.body, pal.muted.u32(), p0.x, p1.x, p0.y + size.y * 0.45f,
                    pic.notice.empty() ? std::string("Loading...") : pic.notice);
        draw->PopClipRect();
    }
    const ImVec2 ts = ImGui::CalcTextSize(label);
    draw->AddRectFilled(ImVec2(p0.x + scaled(0.4f), p0.y + scaled(0.4f)),
                        ImVec2(p0.x + scaled(1.0f) + ts.x, p0.y + scaled(0.7f) + ts.y), pal.accent.u32(), scaled(0.3f));
    draw->AddText(ImVec2(p0.x + scaled(0.7f), p0.y + scaled(0.55f)), pal.onAccent.u32(), label);
    ImGui::Dummy(size);
}

void section(const UiFonts& f, const Palette& pal, const char* heading, Rgb colour, const std::string& text) {
    if (text.empty()) return;
    textIn(f.heading, colour.u32(), heading);
    cardText(f.body, pal.text.u32(), text);
}

} // namespace

void drawExerciseCard(const ViewContext& ctx, const GuideView& view, std::vector<Action>& out) {
    const Palette& pal = paletteFor(Phase::Neutral);
    const UiFonts& f = ctx.fonts;
    const auto& exercises = ctx.plan.routine->exercises;
    if (exercises.empty()) return;
    const std::size_t index = static_cast<std::size_t>(std::clamp<int>(view.exercise, 0, int(exercises.size()) - 1));
    const Exercise& e = exercises[index];
    const ImVec2 card = guideCardSize();
    beginFittedCard("exercise", pal, card);
    cardText(f.title, pal.text.u32(), std::to_string(index + 1) + ". " + e.name);
    cardText(f.heading, pal.accent.u32(), exerciseDoseText(e));
    const float w = ImGui::GetContentRegionAvail().x, gap = scaled(0.8f);
    const float pw = (w - gap) * 0.5f;
    // The pictures give way with the text when the card has to shrink to fit.
    ImGui::PushFont(f.body);
    const float fit = ImGui::GetFontSize() / f.body->FontSize;
    ImGui::PopFont();
    const ImVec2 pic(pw, std::min(pw * 0.75f, card.y * 0.3f * fit));
    posePanel(ctx, pal, view.startPose, "Start", pic);
    ImGui::SameLine(0, gap);
    posePanel(ctx, pal, view.endPose, "End", pic);
    // Two columns in a wide card (key points | the rest), so the text can stay large.
    const bool twoColumns = w >= scaled(30) && ImGui::BeginTable("detail", 2, ImGuiTableFlags_SizingStretchSame);
    if (twoColumns) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
    }
    if (!e.keyPoints.empty()) {
        textIn(f.heading, pal.accent.u32(), "Key points");
        cardBullets(f.body, pal.text.u32(), e.keyPoints);
    }
    if (twoColumns) ImGui::TableNextColumn();
    section(f, pal, "You need", pal.accent, joinedList(e.equipment));
    section(f, pal, "Works", pal.accent, joinedList(e.targetMuscles));
    section(f, pal, "Why it helps", pal.accent, e.why);
    if (!e.cautions.empty()) {
        textIn(f.heading, pal.warning.u32(), "Take care");
        cardBullets(f.body, pal.text.u32(), e.cautions);
    }
    if (twoColumns) ImGui::EndTable();
    ImGui::Dummy(ImVec2(0, scaled(0.3f)));
    if (bigButton("Close  (Esc)", ImVec2(ImGui::GetContentRegionAvail().x, cardButtonHeight(f.heading)), pal, true, f.heading))
        out.push_back(Action::of(Action::Kind::CloseOverlay));
    endFittedCard();
}

} // namespace matside::ui
