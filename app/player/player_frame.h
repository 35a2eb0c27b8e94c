// One frame of the player: fit fonts and style to the window, pick the screen and overlays
// for the session's state, render. Also owns the illustration textures.
#pragma once

#include "core/plan.h"
#include "platform/fonts.h"
#include "player/player_controller.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace matside {

class PictureSet;

class PlayerFrame {
public:
    // `wake` is called from a decoding thread when a picture is ready.
    PlayerFrame(const Plan& plan, std::vector<std::filesystem::path> assetDirs, std::function<void()> wake);
    ~PlayerFrame();

    // Draws and renders one frame into the current GL back buffer; returns what was clicked.
    std::vector<ui::Action> draw(const PlayerController& controller, platform::FontManager& fonts, Millis now,
                                 int width, int height, float contentScale);

    // When the picture drawn last next changes by itself (rep tempo), or nothing.
    std::optional<Millis> nextAnimationChange() const;

    // A picture finished decoding since the last call: a frame must be drawn.
    bool picturesArrived();

    // GL objects go before the context does.
    void releaseTextures();

private:

    const Plan& m_plan;
    std::vector<std::filesystem::path> m_assetDirs;
    std::unique_ptr<PictureSet> m_pictures;
    float m_styledBody = 0; // body size the style was last scaled for
    Snapshot m_last;        // the snapshot drawn last, for the animation clock
    Millis m_lastNow{0};
};

} // namespace matside
