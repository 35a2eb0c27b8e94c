// The small sound badge on the player and ready screens: a speaker icon and "Sound off",
// "No sound", "Voice off" or "No voice", so a silent player never looks like a broken one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <imgui.h>

#include <string>

namespace matside::ui {

// What is heard right now (filled in by the app from the controller and the audio system).
struct SoundState {
    bool muted = false;    // M: everything off
    bool noDevice = false; // no sound device: nothing is heard whatever the toggles say
    bool voiceOff = false; // V: tones only
    bool noVoice = false;  // no espeak-ng data: tones only
    bool operator==(const SoundState&) const = default;
};

// True when nothing at all is heard (the muted icon).
inline bool nothingHeard(const SoundState& s) { return s.muted || s.noDevice; }

// The badge's words, empty when sound and voice are both on.
std::string soundBadgeText(const SoundState& s);

// Draws the badge (icon then words) with its right edge at `right` and its top at `top`, in
// `font` at its own size. Returns the width drawn (0 when there is nothing to say).
float drawSoundBadge(ImDrawList* draw, ImFont* font, ImU32 colour, float right, float top, const SoundState& s);

} // namespace matside::ui
