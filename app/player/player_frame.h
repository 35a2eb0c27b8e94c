// One frame of the player: fit fonts and style to the window, pick the screen and overlays
// for the session's state, render. Also owns the illustration textures.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "core/routine_document_file.h"
#include "core/routine_library.h"
#include "platform/fonts.h"
#include "player/player_controller.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace matside {

class SafetyPanel;

class PictureSet;
class HistoryPanel;
class Guide;

// What the guide screens need besides the session (set by PlayerApp; no guide: none drawn).
struct GuideFrameInput {
    const Guide* guide = nullptr;
    const std::vector<LibraryEntry>* library = nullptr;
    std::filesystem::path currentRoutine;
    const Routine* texts = nullptr; // About / Tips / red flags
    const std::vector<DraftEntry>* drafts = nullptr; // the picker's unsaved edits (issue 15)
};

class PlayerFrame {
public:
    // `wake` is called from a decoding thread when a picture is ready.
    PlayerFrame(const Plan& plan, std::function<void()> wake);
    ~PlayerFrame();

    // Draws and renders one frame into the current GL back buffer; returns what was clicked.
    std::vector<ui::Action> draw(const PlayerController& controller, platform::FontManager& fonts, Millis now,
                                 int width, int height, float contentScale);

    void setGuide(GuideFrameInput input) { m_guide = std::move(input); }
    // Drawn last, over every screen (the routine editor, issue 15); empty: nothing.
    void setOverlay(std::function<void(const ui::ViewContext&)> overlay) { m_overlay = std::move(overlay); }

    // What is heard (issue 5), for the sound badge on the player, ready and done screens.
    void setSound(const ui::SoundState& sound) { m_sound = sound; }

    // The history panel whose check-ins and History screen are drawn (null: none).
    void setHistory(HistoryPanel* history) { m_history = history; }
    // The safety prompt card over the ready and done screens (issue 14), with the red flags.
    void setSafety(const SafetyPanel* safety, std::vector<std::string> redFlags) {
        m_safety = safety;
        m_redFlags = std::move(redFlags);
    }

    // When the picture drawn last next changes by itself (rep tempo), or nothing.
    std::optional<Millis> nextAnimationChange() const;

    // A picture finished decoding since the last call: a frame must be drawn.
    bool picturesArrived();

    // GL objects go before the context does.
    std::size_t pictureTextureBytes() const; // the work screen's and the details' pictures
    void releaseTextures();

private:
    void drawGuide(const ui::ViewContext& ctx, const Snapshot& s, int width, std::vector<ui::Action>& actions);
    void drawDocumentStatus(ImFont* font, bool atTop);
    void drawSafetyPrompt(const ui::ViewContext& ctx, std::vector<ui::Action>& actions) const;

    const Plan& m_plan;
    std::function<void()> m_wake;
    std::unique_ptr<PictureSet> m_pictures;
    HistoryPanel* m_history = nullptr;
    const SafetyPanel* m_safety = nullptr;
    std::vector<std::string> m_redFlags;
    ui::SoundState m_sound;
    std::unique_ptr<PictureSet> m_detailPictures; // the exercise details' two poses
    GuideFrameInput m_guide;
    std::function<void(const ui::ViewContext&)> m_overlay;
    int m_styledTheme = -1;    // theme the style was last set for
    bool m_redrawSoon = false; // a fitted card is still finding its scale
    float m_styledBody = 0;    // body size the style was last scaled for
    Snapshot m_last;           // the snapshot drawn last, for the animation clock
    Millis m_lastNow{0};
};

} // namespace matside
