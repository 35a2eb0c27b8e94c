// Frame drawing: fonts and style follow the window; the session state picks the screen.
#include "player/player_frame.h"

#include "player/picture_set.h"
#include "ui/done_view.h"
#include "ui/help_overlay.h"
#include "ui/paused_overlay.h"
#include "ui/player_view.h"
#include "ui/ready_view.h"
#include "ui/theme.h"

#include <glad/gl.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace matside {

PlayerFrame::PlayerFrame(const Plan& plan, std::vector<std::filesystem::path> assetDirs, std::function<void()> wake)
    : m_plan(plan), m_assetDirs(std::move(assetDirs)),
      m_pictures(std::make_unique<PictureSet>(plan, m_assetDirs, std::move(wake))) {}

PlayerFrame::~PlayerFrame() = default;

void PlayerFrame::releaseTextures() { m_pictures->release(); }

std::optional<Millis> PlayerFrame::nextAnimationChange() const {
    return m_pictures->nextChange(m_last, m_lastNow);
}

bool PlayerFrame::picturesArrived() { return m_pictures->arrived(); }

std::vector<ui::Action> PlayerFrame::draw(const PlayerController& controller, platform::FontManager& fonts, Millis now,
                                          int width, int height, float contentScale) {
    // Fonts are baked for this window size; the style's em follows the body face.
    const ui::TypeScale type = ui::typeScaleFor(width, height, contentScale);
    fonts.update(platform::FontRequest{type.body, type.heading, type.title, type.digits});
    const platform::Fonts& f = fonts.fonts();
    if (f.body->FontSize != m_styledBody) {
        ui::applyBaseStyle(ImGui::GetStyle(), f.body->FontSize);
        m_styledBody = f.body->FontSize;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    const Snapshot s = controller.snapshot(now);
    m_last = s;
    m_lastNow = now;
    ui::ViewContext ctx{m_plan, ui::UiFonts{f.body, f.heading, f.title, f.digits}, controller.muted(), {}};
    std::vector<ui::Action> actions;
    switch (s.state) {
    case SessionState::Ready: ui::drawReadyView(ctx, s, actions); break;
    case SessionState::Done: ui::drawDoneView(ctx, s, actions); break;
    default:
        ctx.picture = m_pictures->frameFor(
            s, ui::computePlayerLayout(ImVec2(float(width), float(height)), f.body->FontSize, f.digits->FontSize).picture.width());
        ui::drawPlayerView(ctx, s, actions);
        if (s.state == SessionState::Paused && !controller.helpOpen() && !controller.quitPromptOpen())
            ui::drawPausedOverlay(ctx, s, actions);
        break;
    }
    if (controller.helpOpen()) ui::drawHelpOverlay(ctx, s, actions);
    if (controller.quitPromptOpen()) ui::drawQuitPrompt(ctx, s, actions);

    ImGui::Render();
    glViewport(0, 0, width, height);
    const ui::Rgb bg = ui::paletteFor(ui::phaseOf(s)).background;
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return actions;
}

} // namespace matside
