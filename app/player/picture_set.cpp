// Pose timing and picture textures (placeholder until the images library is linked).
#include "player/picture_set.h"

#include <algorithm>

namespace matside {

PoseChoice choosePose(const Snapshot& s) {
    const PlanStep* step = s.step;
    if (!step) return {};
    if (step->kind != StepKind::Work) return {Pose::Start, std::nullopt};
    if (!step->reps || step->repSeconds <= 0) return {Pose::End, std::nullopt};
    const long long rep = step->repSeconds * 1000LL;
    const long long hold = std::clamp(step->holdSeconds.value_or(0) * 1000LL, 0LL, rep);
    // Move in during the first half of the moving time, hold (or turn) in the end pose,
    // move back out in the rest of the rep.
    const long long moveIn = (rep - hold) / 2;
    const long long endUntil = hold > 0 ? moveIn + hold : rep / 2 + moveIn;
    const long long startEnd = hold > 0 ? moveIn : rep / 2;
    const long long elapsed = std::max<long long>((s.stepDuration - s.stepRemaining).count(), 0);
    const long long inRep = elapsed % rep;
    const bool end = inRep >= startEnd && inRep < std::min(endUntil, rep);
    long long next = 0;
    if (inRep < startEnd) next = startEnd - inRep;
    else if (end) next = std::min(endUntil, rep) - inRep;
    else next = rep - inRep;
    if (s.state == SessionState::Paused) return {end ? Pose::End : Pose::Start, std::nullopt};
    return {end ? Pose::End : Pose::Start, Millis{std::max<long long>(next, 1)}};
}

struct PictureSet::Impl {
    const Plan& plan;
    std::vector<std::filesystem::path> assetDirs;
};

PictureSet::PictureSet(const Plan& plan, std::vector<std::filesystem::path> assetDirs)
    : m(std::make_unique<Impl>(Impl{plan, std::move(assetDirs)})) {}
PictureSet::~PictureSet() = default;

ui::PictureFrame PictureSet::frameFor(const Snapshot& snapshot, Millis) {
    ui::PictureFrame frame;
    frame.mirrored = snapshot.step && snapshot.step->side == Side::Right;
    return frame;
}

std::optional<Millis> PictureSet::nextChange(const Snapshot& snapshot, Millis now) const {
    const PoseChoice c = choosePose(snapshot);
    if (!c.changesIn) return std::nullopt;
    return now + *c.changesIn;
}

void PictureSet::release() {}

} // namespace matside
