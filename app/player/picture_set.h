// The illustration frames for the player: which pose to show when (pure), and the GL
// textures decoded in the background and uploaded on the GL thread.
#pragma once

#include "core/plan.h"
#include "core/session.h"
#include "ui/layout.h"

#include <filesystem>
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
    PictureSet(const Plan& plan, std::vector<std::filesystem::path> assetDirs);
    ~PictureSet();

    // The picture for this frame (uploads finished decodes; asks for upcoming ones).
    ui::PictureFrame frameFor(const Snapshot& snapshot, Millis now);
    // When the pose next flips by itself.
    std::optional<Millis> nextChange(const Snapshot& snapshot, Millis now) const;
    void release();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace matside
