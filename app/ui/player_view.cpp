// The player screen, region by region (see computePlayerLayout for where each goes).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/player_view.h"

#include "ui/fitted_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace matside::ui {

namespace {

struct Frame {
    const ViewContext& ctx;
    const Snapshot& s;
    const PlanStep& step;
    const Exercise& exercise;
    const Palette& pal;
    ImDrawList* draw;
    PlayerLayout layout;
    bool repSet; // a work step counted in reps: the rep is the big figure
};

// Placeholder of the picture's size: the name and why there is no picture, both wrapped
// (and shrunk if need be) inside the panel, so the layout never jumps and nothing is cut.
void drawPlaceholder(const Frame& f, const Rect& panel) {
    const UiFonts& fonts = f.ctx.fonts;
    const float inset = scaled(0.8f);
    const Rect inner{ImVec2(panel.min.x + inset, panel.min.y + inset),
                     ImVec2(panel.max.x - inset, panel.max.y - inset)};
    const float gap = fonts.body->FontSize * 0.5f;
    const float nameRoom = f.ctx.picture.notice.empty() ? inner.height() : inner.height() * 0.45f;
    const TextFit name = fitText({fonts.heading, fonts.body}, f.exercise.name, ImVec2(inner.width(), nameRoom));
    const TextFit notice =
        fitText({fonts.body}, f.ctx.picture.notice, ImVec2(inner.width(), inner.height() - name.extent.y - gap));
    const float total = name.extent.y + (f.ctx.picture.notice.empty() ? 0.0f : gap + notice.extent.y);
    const float top = std::max(inner.min.y, (inner.min.y + inner.max.y - total) * 0.5f);
    const Rect nameBox{ImVec2(inner.min.x, top), ImVec2(inner.max.x, std::min(top + nameRoom, inner.max.y))};
    const Rect nameDrawn = drawFittedText(f.draw, {fonts.heading, fonts.body}, f.pal.muted.u32(), f.exercise.name,
                                          nameBox, Align::Centre, "picture.name");
    if (!f.ctx.picture.notice.empty()) {
        const Rect noticeBox{ImVec2(inner.min.x, nameDrawn.max.y + gap), inner.max};
        drawFittedText(f.draw, {fonts.body}, f.pal.muted.u32(), f.ctx.picture.notice, noticeBox, Align::Centre,
                       "picture.notice");
    }
    reportTextBox("picture.panel", "", panel, inner);
}

std::string restWords(const PlanStep& step) {
    switch (step.purpose) {
    case RestPurpose::BetweenSets: return "between sets";
    case RestPurpose::SwitchSides: return "switch sides";
    case RestPurpose::NextExercise: return "before the next exercise";
    default: return {};
    }
}

void drawHeader(const Frame& f) {
    const Rect& r = f.layout.header;
    const UiFonts& fonts = f.ctx.fonts;
    const bool paused = f.s.state == SessionState::Paused;
    Snapshot active = f.s;
    active.state = f.s.activeState;
    std::string line = paused ? std::string("PAUSED") : phaseWord(f.s);
    f.draw->AddText(fonts.heading, fonts.heading->FontSize, r.min, f.pal.accent.u32(), line.c_str());
    float x = r.min.x + fonts.heading->CalcTextSizeA(fonts.heading->FontSize, FLT_MAX, 0, line.c_str()).x;
    std::string detail = paused ? std::string(" \xC2\xB7 ") + phaseWord(active) : std::string();
    if (f.step.kind == StepKind::Rest) detail += " \xC2\xB7 " + restWords(f.step);
    detail += " \xC2\xB7 exercise " + std::to_string(f.step.exerciseIndex + 1) + " of " +
              std::to_string(f.ctx.plan.routine->exercises.size());
    const float dy = (fonts.heading->FontSize - fonts.body->FontSize) * 0.6f;
    f.draw->AddText(fonts.body, fonts.body->FontSize, ImVec2(x, r.min.y + dy), f.pal.muted.u32(), detail.c_str());
    SoundState sound = f.ctx.sound; // the badge: M, V, no device, no voice (issue 5)
    sound.muted = sound.muted || f.ctx.muted;
    drawSoundBadge(f.draw, fonts.body, f.pal.muted.u32(), r.max.x, r.min.y + dy, sound);

    const float y2 = r.min.y + fonts.heading->FontSize * 1.25f;
    const std::string side = sideText(f.ctx.plan, f.step);
    float sideW = 0;
    if (!side.empty()) {
        sideW = fonts.title->CalcTextSizeA(fonts.title->FontSize, FLT_MAX, 0, side.c_str()).x;
        f.draw->AddText(fonts.title, fonts.title->FontSize, ImVec2(r.max.x - sideW, y2), f.pal.accent.u32(),
                        side.c_str());
    }
    // The name wraps onto a second line, and shrinks, rather than being cut (issue 18).
    const Rect nameBox{ImVec2(r.min.x, y2), ImVec2(r.max.x - sideW - (sideW > 0 ? scaled(1) : 0.0f), r.max.y)};
    drawFittedText(f.draw, {fonts.title, fonts.heading, fonts.body}, f.pal.text.u32(), f.exercise.name, nameBox,
                   Align::Left, "work.name");
}

void drawPicture(const Frame& f) {
    const Rect& r = f.layout.picture;
    const PictureFrame& pic = f.ctx.picture;
    const float rounding = scaled(0.6f);
    f.draw->AddRectFilled(r.min, r.max, f.pal.panel.u32(), rounding);
    const UiFonts& fonts = f.ctx.fonts;
    if (pic.texture) {
        const float inset = scaled(0.4f);
        const float availW = r.width() - 2 * inset, availH = r.height() - 2 * inset;
        float w = availW, h = availW / std::max(pic.aspect, 0.01f);
        if (h > availH) {
            h = availH;
            w = h * pic.aspect;
        }
        const ImVec2 p0(r.min.x + (r.width() - w) * 0.5f, r.min.y + (r.height() - h) * 0.5f);
        const ImVec2 uv0(pic.mirrored ? 1.0f : 0.0f, 0), uv1(pic.mirrored ? 0.0f : 1.0f, 1);
        f.draw->AddImageRounded(pic.texture, p0, ImVec2(p0.x + w, p0.y + h), uv0, uv1, IM_COL32_WHITE, rounding * 0.6f);
        // For the test that the figure fills its panel (the drawings are framed to do so).
        reportTextBox("picture.image", "", r, Rect{p0, ImVec2(p0.x + w, p0.y + h)});
    } else {
        drawPlaceholder(f, r);
    }
    if (f.step.side) {
        // Which side, in a tag under the picture rather than on it, where it covered parts
        // of some drawings (the pelvic lift's raised foot at 800x600).
        const char* word = *f.step.side == Side::Left ? "LEFT" : "RIGHT";
        const ImVec2 ts = fonts.heading->CalcTextSizeA(fonts.heading->FontSize, FLT_MAX, 0, word);
        const ImVec2 p(r.min.x, r.max.y + scaled(0.3f));
        const Rect label{p, ImVec2(p.x + ts.x + scaled(1), p.y + ts.y + scaled(0.3f))};
        f.draw->AddRectFilled(label.min, label.max, f.pal.accent.u32(), scaled(0.4f));
        reportTextBox("picture.side", word, Rect{r.min, ImVec2(r.max.x, f.layout.notes.min.y)}, label);
        f.draw->AddText(fonts.heading, fonts.heading->FontSize, ImVec2(p.x + scaled(0.5f), p.y + scaled(0.15f)),
                        f.pal.onAccent.u32(), word);
    }
}

void drawNotes(const Frame& f) {
    const Rect& r = f.layout.notes;
    // Large text in a small window: the key points shrink until they all fit rather than
    // clip; when even the smallest size cannot hold them all, the rest are one key away.
    ImFont* body = f.ctx.fonts.body;
    std::vector<std::string> points;
    for (const auto& point : f.exercise.keyPoints) points.push_back("\xE2\x80\xA2 " + point);
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    const float width = r.width() - scaled(0.5f);
    const BlockFit block = fitBlock(body, points, ImVec2(width, r.height()), gap);
    float y = r.min.y;
    for (std::size_t i = 0; i < block.items.size(); ++i) {
        const Rect box{ImVec2(r.min.x, y), ImVec2(r.min.x + width, r.max.y)};
        const Rect drawn =
            drawFit(f.draw, block.items[i], f.pal.text.u32(), points[i], box, Align::Left, "work.keypoint");
        y = drawn.max.y + gap;
    }
    if (block.items.size() < points.size()) {
        const std::string more =
            "+ " + std::to_string(points.size() - block.items.size()) + " more  \xC2\xB7  I: about this exercise";
        const Rect box{ImVec2(r.min.x, y), ImVec2(r.min.x + width, r.max.y)};
        drawFit(f.draw, fitText({body}, more, ImVec2(box.width(), block.size)), f.pal.muted.u32(), more, box,
                Align::Left, "work.keypoint");
    }
}

void drawTimer(const Frame& f, std::vector<Action>& out) {
    const Rect& r = f.layout.timer;
    const ImVec2 c((r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f);
    // Smaller while paused: nothing counts, and the details column needs the room.
    const float paused = f.s.state == SessionState::Paused ? kPausedDigitsScale : 1.0f;
    if (f.repSet) {
        const int current = std::min(f.s.repsDone + 1, f.step.reps.value_or(1));
        const std::string big = std::to_string(current);
        const std::string of = "of " + std::to_string(f.step.reps.value_or(0));
        const float ofW = f.ctx.fonts.title->CalcTextSizeA(f.ctx.fonts.title->FontSize, FLT_MAX, 0, of.c_str()).x;
        const float bigW = bigDigitsWidth(f.ctx.fonts.digits, big, paused);
        const float x0 = c.x - (bigW + ofW + scaled(0.8f)) * 0.5f;
        drawBigDigits(f.draw, f.ctx.fonts.digits, big, ImVec2(x0 + bigW * 0.5f, c.y), f.pal.text.u32(), paused);
        f.draw->AddText(f.ctx.fonts.title, f.ctx.fonts.title->FontSize,
                        ImVec2(x0 + bigW + scaled(0.8f),
                               c.y + f.ctx.fonts.digits->FontSize * 0.31f * paused - f.ctx.fonts.title->FontSize),
                        f.pal.muted.u32(), of.c_str());
    } else {
        const std::string text = timerText(displaySeconds(f.s.stepRemaining));
        const float scale = std::min(paused, r.width() / std::max(bigDigitsWidth(f.ctx.fonts.digits, text), 1.0f));
        drawBigDigits(f.draw, f.ctx.fonts.digits, text, c, f.pal.text.u32(), scale);
    }
    // The whole figure is a pause button for a tap from the mat.
    ImGui::SetCursorScreenPos(r.min);
    if (ImGui::InvisibleButton("timer", ImVec2(r.width(), r.height()))) out.push_back(Action::session(Command::Toggle));
}

std::string nextText(const Frame& f) {
    const PlanStep* n = f.s.nextStep;
    if (!n) return "Next: finish";
    // A rest says what it is for: changing sides, between sets, or before another exercise.
    if (n->kind == StepKind::Rest) {
        const std::string secs = std::to_string(n->seconds) + " s";
        if (n->purpose == RestPurpose::SwitchSides) return "Next: switch sides (" + secs + ")";
        if (n->purpose == RestPurpose::NextExercise)
            return "Next: rest " + secs + ", then " + f.ctx.plan.exerciseOf(*n).name;
        return "Next: rest " + secs;
    }
    std::string text = "Next: " + f.ctx.plan.exerciseOf(*n).name;
    if (const std::string side = sideText(f.ctx.plan, *n); !side.empty()) text += ", " + side;
    if (n->kind == StepKind::Work && n->set && n->sets && *n->sets > 1)
        text += ", set " + std::to_string(*n->set) + " of " + std::to_string(*n->sets);
    return text;
}

void drawDetails(const Frame& f) {
    const Rect& r = f.layout.details;
    const UiFonts& fonts = f.ctx.fonts;
    const float stepFraction = f.s.stepDuration.count() > 0 ? 1.0f - static_cast<float>(f.s.stepRemaining.count()) /
                                                                         static_cast<float>(f.s.stepDuration.count())
                                                            : 0.0f;
    drawBar(f.draw, Rect{r.min, ImVec2(r.max.x, r.min.y + scaled(0.7f))}, stepFraction, f.pal);

    float y = r.min.y + scaled(1.4f);
    std::string counters;
    if (f.step.set && f.step.sets)
        counters = "Set " + std::to_string(*f.step.set) + " of " + std::to_string(*f.step.sets);
    if (f.repSet) {
        counters += (counters.empty() ? "" : "     ") + std::string("Rep ") +
                    std::to_string(std::min(f.s.repsDone + 1, *f.step.reps)) + " of " + std::to_string(*f.step.reps);
    }
    if (f.step.kind != StepKind::Work && !counters.empty()) counters += " next";
    // Each line has its box in the column; a long exercise name in "Next:" wraps, then
    // shrinks. In a short column the lines close up (and shrink) so "Next:" keeps a line.
    const float room = r.max.y - y;
    const float lineH = std::min(fonts.heading->FontSize, room / 3.4f);
    if (!counters.empty()) {
        drawFittedText(f.draw, {fonts.heading, fonts.body}, f.pal.text.u32(), counters,
                       Rect{ImVec2(r.min.x, y), ImVec2(r.max.x, y + lineH)}, Align::Left, "work.counters");
        y += lineH * 1.2f;
    }
    std::string sub;
    if (f.repSet) sub = formatDuration(displaySeconds(f.s.stepRemaining)) + " left in this set";
    else if (f.step.kind == StepKind::Work) sub = describeDose(f.step);
    else if (f.step.kind == StepKind::Rest) sub = "+ / \xE2\x88\x92 : 10 s more or less rest";
    else sub = describeDose(f.step);
    const Rect subDrawn =
        drawFittedText(f.draw, {fonts.heading, fonts.body}, f.pal.muted.u32(), sub,
                       Rect{ImVec2(r.min.x, y), ImVec2(r.max.x, y + lineH)}, Align::Left, "work.dose");
    y = subDrawn.max.y + lineH * 0.3f;
    drawFittedText(f.draw, {fonts.heading, fonts.body}, f.pal.text.u32(), nextText(f), Rect{ImVec2(r.min.x, y), r.max},
                   Align::Left, "work.next");
}

void drawFooter(const Frame& f, std::vector<Action>& out) {
    const Rect& r = f.layout.footer;
    const UiFonts& fonts = f.ctx.fonts;
    const std::string left = "Session " + std::to_string(static_cast<int>(f.s.progress * 100 + 0.5)) + " %";
    const std::string right = formatDuration(displaySeconds(f.s.sessionRemaining)) + " left";
    f.draw->AddText(fonts.body, fonts.body->FontSize, r.min, f.pal.muted.u32(), left.c_str());
    const float rw = fonts.body->CalcTextSizeA(fonts.body->FontSize, FLT_MAX, 0, right.c_str()).x;
    f.draw->AddText(fonts.body, fonts.body->FontSize, ImVec2(r.max.x - rw, r.min.y), f.pal.muted.u32(), right.c_str());
    const float barY = r.min.y + fonts.body->FontSize * 1.25f;
    drawBar(f.draw, Rect{ImVec2(r.min.x, barY), ImVec2(r.max.x, barY + scaled(0.4f))}, static_cast<float>(f.s.progress),
            f.pal);

    const float h = scaled(3.0f), gap = scaled(1.0f);
    // Back, Pause, Next, and "It hurts" at the far right in the warning colour (issue 7).
    const float side = std::min(scaled(9.0f), (r.width() - 3 * gap) * 0.21f);
    const float hurts = std::min(scaled(10.0f), (r.width() - 3 * gap) * 0.24f);
    const float middle = r.width() - 2 * side - hurts - 3 * gap;
    ImGui::SetCursorScreenPos(ImVec2(r.min.x, r.max.y - h));
    if (bigButton("\xE2\x86\x90 Back", ImVec2(side, h), f.pal, false, fonts.heading))
        out.push_back(Action::session(Command::Prev));
    ImGui::SameLine(0, gap);
    auto fits = [&](const char* label, float width) {
        return fonts.heading->CalcTextSizeA(fonts.heading->FontSize, FLT_MAX, 0, label).x +
                   ImGui::GetStyle().FramePadding.x * 2 <=
               width;
    };
    const bool paused = f.s.state == SessionState::Paused;
    const char* pauseLabel = paused ? "Resume  (Space)" : "Pause  (Space)";
    if (!fits(pauseLabel, middle)) pauseLabel = paused ? "Resume" : "Pause";
    if (bigButton(pauseLabel, ImVec2(middle, h), f.pal, true, fonts.heading))
        out.push_back(Action::session(Command::Toggle));
    ImGui::SameLine(0, gap);
    if (bigButton("Next \xE2\x86\x92", ImVec2(side, h), f.pal, false, fonts.heading))
        out.push_back(Action::session(Command::Done));
    ImGui::SameLine(0, gap);
    Palette warn = f.pal;
    warn.accent = f.pal.warning;
    warn.onAccent = f.pal.onWarning;
    const char* hurtsLabel = fits("It hurts  (X)", hurts) ? "It hurts  (X)" : "It hurts";
    if (bigButton(hurtsLabel, ImVec2(hurts, h), warn, true, fonts.heading))
        out.push_back(Action::of(Action::Kind::ItHurts));
}

} // namespace

namespace {

// Height the key points need in `width` pixels of body text.
float notesHeight(const Exercise& e, ImFont* body, float width) {
    float h = 0;
    for (const auto& point : e.keyPoints)
        h += body->CalcTextSizeA(body->FontSize, FLT_MAX, width, ("\xE2\x80\xA2 " + point).c_str()).y +
             ImGui::GetStyle().ItemSpacing.y;
    return h;
}

// The key points get the height they need; the picture keeps the rest, at least 55 % of the
// column (it is what gets copied from the mat; drawNotes shrinks long key points to fit).
// The LEFT/RIGHT label's height under the picture (with its gap), or 0 for a step with no side.
float sideLabelRoom(const PlanStep& step, ImFont* heading) {
    return step.side ? heading->FontSize + scaled(0.3f) + scaled(0.3f) : 0.0f;
}

void fitNotes(PlayerLayout& l, const Exercise& e, ImFont* body, float labelRoom) {
    const float gap = l.notes.min.y - l.picture.max.y;
    const float bottom = l.notes.max.y;
    const float column = bottom - l.picture.min.y;
    const float need = notesHeight(e, body, l.notes.width() - scaled(0.5f)) + labelRoom;
    const float pictureH =
        std::clamp(column - gap - need, std::min(column * 0.55f, l.picture.height()), l.picture.height());
    l.picture.max.y = l.picture.min.y + pictureH;
    l.notes.min.y = l.picture.max.y + labelRoom + gap;
}

PlayerLayout workLayout(const ViewContext& ctx, const Snapshot& s, ImVec2 size) {
    PlayerLayout l = computePlayerLayout(size, ctx.fonts.body->FontSize, ctx.fonts.digits->FontSize,
                                         s.state == SessionState::Paused ? kPausedDigitsScale : 1.0f);
    fitNotes(l, ctx.plan.exerciseOf(*s.step), ctx.fonts.body, sideLabelRoom(*s.step, ctx.fonts.heading));
    return l;
}

} // namespace

void drawPlayerView(const ViewContext& ctx, const Snapshot& s, std::vector<Action>& out) {
    if (!s.step) return;
    const Palette& pal = paletteFor(phaseOf(s));
    beginCanvas("player", pal);
    const ImVec2 size = ImGui::GetWindowSize();
    Frame f{ctx,
            s,
            *s.step,
            ctx.plan.exerciseOf(*s.step),
            pal,
            ImGui::GetWindowDrawList(),
            workLayout(ctx, s, size),
            s.step->kind == StepKind::Work && s.step->reps.has_value()};
    drawHeader(f);
    drawPicture(f);
    drawNotes(f);
    drawTimer(f, out);
    drawDetails(f);
    drawFooter(f, out);
    endCanvas();
}

Rect workPictureImage(const ViewContext& ctx, const Snapshot& s, ImVec2 size) {
    if (!s.step) return {};
    const Rect panel = workLayout(ctx, s, size).picture;
    const float inset = scaled(0.4f);
    return {ImVec2(panel.min.x + inset, panel.min.y + inset), ImVec2(panel.max.x - inset, panel.max.y - inset)};
}

} // namespace matside::ui
