// The illustration frames for the player: which pose to show when (pure), and the GL
// textures decoded in the background and uploaded on the GL thread.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "core/session.h"
#include "images/picture_size.h"
#include "ui/layout.h"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace matside {

enum class Pose { Start, End };

struct PoseChoice {
    Pose pose = Pose::Start;
    std::optional<Millis> changesIn; // from the snapshot's moment; nothing: holds still
};

// Holds show the end pose; rep sets alternate start and end at the rep tempo (the held
// part of a rep in the end pose); get-ready and rests show where the next exercise starts.
PoseChoice choosePose(const Snapshot& snapshot);

class PictureSet {
public:
    // `wake` is called from the decoding thread when a picture is ready (wakes the loop). The
    // pictures are the files the routine's loader found (Illustrations::startFile, ...).
    PictureSet(const Plan& plan, std::function<void()> wake);
    ~PictureSet();

    // The picture for this frame (uploads finished decodes; asks for upcoming ones). Only
    // the current and next steps' pictures are kept, decoded to fit `panel` (physical
    // pixels, see panelPixels) and decoded again when it grows (see needsRedecode).
    ui::PictureFrame frameFor(const Snapshot& snapshot, PixelSize panel);
    // One pose of `step`'s exercise, for the exercise details (a set of its own, so the
    // player's pictures are not forgotten).
    ui::PictureFrame poseFrame(const PlanStep& step, Pose pose, PixelSize panel);
    // Bytes of the textures held now (for MATSIDE_REPORT_TEXTURES and the memory tests).
    std::size_t textureBytes() const;
    // True once after a decode finished since the last frame (the loop must draw).
    bool arrived();
    // When the pose next flips by itself.
    std::optional<Millis> nextChange(const Snapshot& snapshot, Millis now) const;
    void release();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace matside
