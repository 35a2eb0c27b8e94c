// Frame drawing: fonts and style follow the window; the session state picks the screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/player_frame.h"

#include "player/guide.h"
#include "player/history_panel.h"
#include "player/picture_set.h"
#include "player/safety_panel.h"
#include "ui/done_view.h"
#include "ui/fit_card.h"
#include "ui/guide_views.h"
#include "ui/help_overlay.h"
#include "ui/paused_overlay.h"
#include "ui/plan_week_view.h"
#include "ui/player_view.h"
#include "ui/ready_view.h"
#include "ui/safety_prompt_view.h"
#include "ui/theme.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

namespace matside {

PlayerFrame::PlayerFrame(const Plan& plan, std::function<void()> wake)
    : m_plan(plan),
      m_wake(wake),
      m_pictures(std::make_unique<PictureSet>(plan, std::move(wake))) {}

PlayerFrame::~PlayerFrame() = default;

std::size_t PlayerFrame::pictureTextureBytes() const {
    return m_pictures->textureBytes() + (m_detailPictures ? m_detailPictures->textureBytes() : 0);
}

void PlayerFrame::releaseTextures() {
    m_pictures->release();
    if (m_detailPictures) m_detailPictures->release();
}

void PlayerFrame::drawGuide(const ui::ViewContext& ctx, const Snapshot& s, int width,
                            std::vector<ui::Action>& actions) {
    if (!m_guide.guide || m_guide.guide->screen() == ui::GuideScreen::None) return;
    ui::GuideView view{m_guide.guide->screen(),
                       m_guide.guide->exercise(),
                       m_guide.library,
                       m_guide.currentRoutine,
                       {},
                       {},
                       m_guide.texts,
                       m_guide.drafts};
    if (view.screen == ui::GuideScreen::Exercise) {
        // The exercise's first work step carries its pictures (first side, as drawn).
        for (const PlanStep& step : m_plan.steps) {
            if (step.kind != StepKind::Work || static_cast<int>(step.exerciseIndex) != view.exercise) continue;
            if (!m_detailPictures) m_detailPictures = std::make_unique<PictureSet>(m_plan, m_wake);
            const float w = static_cast<float>(width) * 0.45f; // the details' pose panels, 4:3
            const PixelSize panel = panelPixels(w, w * 0.75f, 1.0f);
            view.startPose = m_detailPictures->poseFrame(step, Pose::Start, panel);
            view.endPose = m_detailPictures->poseFrame(step, Pose::End, panel);
            break;
        }
    }
    ui::drawGuideScreen(ctx, s, view, actions);
}

// Where the last handout or report went, one line along the bottom of the window (issue 13).
void PlayerFrame::drawDocumentStatus(ImFont* font, bool atTop) {
    const std::string& status = m_history->documents().status();
    if (status.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, status.c_str());
    const float pad = font->FontSize * 0.4f;
    // The ready screen's footer is full: there the line goes in the top margin, above the title.
    const float y = atTop ? vp->WorkPos.y + pad * 0.6f : vp->WorkPos.y + vp->WorkSize.y - size.y - pad * 2;
    const ImVec2 at(vp->WorkPos.x + std::max(pad, (vp->WorkSize.x - size.x) * 0.5f), y);
    const ui::Palette& pal = ui::paletteFor(ui::Phase::Neutral);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(ImVec2(at.x - pad, at.y - pad * 0.5f), ImVec2(at.x + size.x + pad, at.y + size.y + pad * 0.5f),
                        pal.panel.u32(), pad);
    draw->AddText(font, font->FontSize, at, pal.text.u32(), status.c_str());
}

std::optional<Millis> PlayerFrame::nextAnimationChange() const {
    if (m_redrawSoon) return m_lastNow; // a guide card changed its text scale: draw again now
    return m_pictures->nextChange(m_last, m_lastNow);
}

bool PlayerFrame::picturesArrived() {
    const bool detail = m_detailPictures && m_detailPictures->arrived();
    return m_pictures->arrived() || detail;
}

std::vector<ui::Action> PlayerFrame::draw(const PlayerController& controller, platform::FontManager& fonts, Millis now,
                                          int width, int height, float contentScale) {
    // Fonts are baked for this window size; the style's em follows the body face.
    const ui::TypeScale type =
        ui::typeScaleFor(width, height, contentScale, ui::textScaleFactor(ui::activeTextScale()));
    fonts.update(platform::FontRequest{type.body, type.heading, type.title, type.digits});
    const platform::Fonts& f = fonts.fonts();
    if (f.body->FontSize != m_styledBody || static_cast<int>(ui::activeTheme()) != m_styledTheme) {
        ui::applyBaseStyle(ImGui::GetStyle(), f.body->FontSize);
        m_styledBody = f.body->FontSize;
        m_styledTheme = static_cast<int>(ui::activeTheme());
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    const Snapshot s = controller.snapshot(now);
    m_last = s;
    m_lastNow = now;
    ui::ViewContext ctx{m_plan, ui::UiFonts{f.body, f.heading, f.title, f.digits}, controller.muted(), {}, nullptr,
                        m_sound};
    if (m_history) ctx.checkin = &m_history->checkin();
    std::vector<ui::Action> actions;
    if (m_history) m_history->followCard(now);
    switch (s.state) {
    case SessionState::Ready:
    case SessionState::Done: {
        // The sound badge in the top-right margin, behind the screen's (transparent) canvas
        // so overlays cover it; the player screen draws it in its own header.
        ui::SoundState sound = m_sound;
        sound.muted = sound.muted || controller.muted();
        const float margin = f.body->FontSize * 0.4f;
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ui::drawSoundBadge(ImGui::GetBackgroundDrawList(), f.body, ui::paletteFor(ui::Phase::Neutral).muted.u32(),
                           vp->WorkPos.x + vp->WorkSize.x - margin, vp->WorkPos.y + margin, sound);
        if (s.state == SessionState::Ready) ui::drawReadyView(ctx, s, actions);
        else ui::drawDoneView(ctx, s, actions);
        drawSafetyPrompt(ctx, actions);
        break;
    }
    default: {
        // Decoded to the size it is drawn at. The layout is in framebuffer pixels, which
        // already carry the content scale (hence 1 here).
        const ui::Rect image = ui::workPictureImage(ctx, s, ImVec2(float(width), float(height)));
        ctx.picture = m_pictures->frameFor(s, panelPixels(image.width(), image.height(), 1.0f));
        ui::drawPlayerView(ctx, s, actions);
        if (auto card = m_history ? m_history->cardView() : std::nullopt; card && s.state == SessionState::Rest) {
            ui::FeedbackCardClick click; // the rest's "How was ...?" (issue 14)
            ui::drawFeedbackCard(ctx, *card, click);
            m_history->cardClicked(click);
        }
        if (s.state == SessionState::Paused && !controller.helpOpen() && !controller.quitPromptOpen() &&
            !(m_guide.guide && m_guide.guide->screen() != ui::GuideScreen::None))
            ui::drawPausedOverlay(ctx, s, actions);
        break;
    }
    }
    if (m_history && m_history->historyScreen()) { // History (L): over ready and done
        bool close = false, report = false;
        ui::drawHistoryScreen(ctx, *m_history->historyScreen(), close, &report);
        if (close) m_history->closeHistory();
        if (report) actions.push_back(ui::Action::of(ui::Action::Kind::Print));
    }
    if (m_history && (s.state == SessionState::Ready || m_history->historyOpen()))
        drawDocumentStatus(f.body, !m_history->historyOpen());
    if (m_history && m_history->planOpen()) { // Plan my week (W): over ready and done
        std::vector<ui::PlanWeekClick> clicks;
        ui::drawPlanWeekView(ctx, m_history->planSnapshot(), clicks);
        m_history->planClicked(clicks);
    }
    drawGuide(ctx, s, width, actions);
    m_redrawSoon = ui::takeRedrawRequest();
    if (controller.helpOpen()) ui::drawHelpOverlay(ctx, s, actions);
    if (controller.quitPromptOpen()) ui::drawQuitPrompt(ctx, s, actions);
    if (m_overlay) m_overlay(ctx);

    ImGui::Render();
    glViewport(0, 0, width, height);
    const ui::Rgb bg = ui::paletteFor(ui::phaseOf(s)).background;
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return actions;
}

// Over the ready or done screen, under History, Plan my week, the guide and help; its clicks
// become the keys' actions so one path handles both.
void PlayerFrame::drawSafetyPrompt(const ui::ViewContext& ctx, std::vector<ui::Action>& actions) const {
    const SafetyPrompt* prompt = m_safety ? m_safety->shownPrompt() : nullptr;
    if (!prompt || (m_history && (m_history->historyOpen() || m_history->planOpen()))) return;
    ui::SafetyPromptClick click;
    ui::drawSafetyPrompt(ctx, {prompt->exerciseName, prompt->recorded, m_redFlags, !prompt->exerciseId.empty()}, click);
    if (click.pause) actions.push_back(ui::Action::of(ui::Action::Kind::PauseExercise));
    if (click.close) actions.push_back(ui::Action::of(ui::Action::Kind::CloseOverlay));
}

} // namespace matside
