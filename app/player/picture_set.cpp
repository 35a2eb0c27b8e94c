// Pose timing, and picture textures decoded on the loader's thread and uploaded here.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/picture_set.h"

#include "images/picture_loader.h"
#include "platform/textures.h"

#include <algorithm>
#include <atomic>

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

Image shrinkForPanel(Image image, int maxWidth) {
    maxWidth = std::max(maxWidth, 64);
    while (image.width > 2 * maxWidth && image.height >= 2) {
        const int w = image.width / 2, h = image.height / 2;
        std::vector<std::uint8_t> out(static_cast<std::size_t>(w) * h * 4);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                for (int c = 0; c < 4; ++c) {
                    auto px = [&](int xx, int yy) {
                        return image.rgba[(static_cast<std::size_t>(yy) * image.width + xx) * 4 + c];
                    };
                    out[(static_cast<std::size_t>(y) * w + x) * 4 + c] = static_cast<std::uint8_t>(
                        (px(2 * x, 2 * y) + px(2 * x + 1, 2 * y) + px(2 * x, 2 * y + 1) + px(2 * x + 1, 2 * y + 1) + 2) / 4);
                }
        image = Image{w, h, std::move(out)};
    }
    return image;
}

namespace {

// One picture file: its texture once decoded, or why it could not be shown.
struct Slot {
    std::optional<platform::Texture> texture;
    std::string error;
};

// The files for one exercise on one side: the start and end poses, and whether they are
// the other side's drawings mirrored.
struct PosePaths {
    std::filesystem::path start, end;
    bool mirrored = false;
};

} // namespace

struct PictureSet::Impl {
    Impl(const Plan& p, std::function<void()> onReady)
        : plan(p), loader(std::move(onReady), PictureLoaderLimits{0, 0}) {}

    const Plan& plan;
    PictureLoader loader; // no cache: textures are the cache, decoded pixels count against PSS
    std::atomic<bool> arrived{false};
    std::map<std::filesystem::path, Slot> slots;
    std::vector<std::filesystem::path> requested;
    // The files were found when the routine was loaded: no file system access per frame.
    PosePaths pathsFor(const PlanStep& step) const {
        const Illustrations& ill = plan.exerciseOf(step).illustrations;
        const bool other = step.side && *step.side != plan.exerciseOf(step).timings.firstSide;
        if (other && !ill.startOtherFile.empty() && !ill.endOtherFile.empty())
            return {ill.startOtherFile, ill.endOtherFile, false};
        // Drawings show the first side; the other side is the same drawing mirrored.
        return {ill.startFile, ill.endFile, other};
    }

    void upload(float panelWidth) {
        while (auto done = loader.poll()) {
            Slot& slot = slots[done->path];
            if (!done->ok()) {
                slot.error = done->error;
                continue;
            }
            const Image small = shrinkForPanel(*done->image, static_cast<int>(panelWidth));
            slot.texture = platform::Texture::fromRgba(small.rgba.data(), small.width, small.height);
            if (!slot.texture) slot.error = done->path.filename().string() + ": the graphics card refused it";
        }
    }

    // Asks for the pictures of this step and the next; forgets textures nobody needs now.
    void want(const Snapshot& s) {
        std::vector<std::filesystem::path> paths;
        for (const PlanStep* step : {s.step, s.nextStep}) {
            if (!step) continue;
            const PosePaths p = pathsFor(*step);
            for (const auto& f : {p.end, p.start})
                if (!f.empty() && std::find(paths.begin(), paths.end(), f) == paths.end()) paths.push_back(f);
        }
        if (paths == requested) return;
        requested = paths;
        for (auto it = slots.begin(); it != slots.end();)
            it = std::find(paths.begin(), paths.end(), it->first) == paths.end() ? slots.erase(it) : std::next(it);
        std::vector<std::filesystem::path> missing;
        for (const auto& f : paths)
            if (!slots.count(f)) missing.push_back(f);
        if (!missing.empty()) loader.request(missing);
    }
};

PictureSet::PictureSet(const Plan& plan, std::function<void()> wake)
    : m(std::make_unique<Impl>(plan, [this, wake] {
          m->arrived = true;
          if (wake) wake();
      })) {}

PictureSet::~PictureSet() = default;

bool PictureSet::arrived() { return m->arrived.exchange(false); }

ui::PictureFrame PictureSet::frameFor(const Snapshot& snapshot, float panelWidth) {
    ui::PictureFrame frame;
    if (!snapshot.step) return frame;
    m->upload(panelWidth);
    m->want(snapshot);
    const PosePaths paths = m->pathsFor(*snapshot.step);
    frame.mirrored = paths.mirrored;
    const std::filesystem::path& file = choosePose(snapshot).pose == Pose::End ? paths.end : paths.start;
    if (file.empty()) {
        frame.notice = "No picture for this exercise";
        return frame;
    }
    const auto it = m->slots.find(file);
    if (it == m->slots.end()) return frame; // still decoding: the quiet placeholder
    if (it->second.texture) {
        frame.texture = it->second.texture->imguiId();
        frame.aspect = static_cast<float>(it->second.texture->width()) / static_cast<float>(it->second.texture->height());
    } else {
        frame.notice = "Picture unavailable: " + it->second.error;
    }
    return frame;
}

ui::PictureFrame PictureSet::poseFrame(const PlanStep& step, Pose pose, float panelWidth) {
    Snapshot only; // want() looks at the step and the next one only
    only.step = &step;
    m->upload(panelWidth);
    m->want(only);
    ui::PictureFrame frame;
    const PosePaths paths = m->pathsFor(step);
    frame.mirrored = paths.mirrored;
    const std::filesystem::path& file = pose == Pose::End ? paths.end : paths.start;
    if (file.empty()) {
        frame.notice = "No picture";
        return frame;
    }
    const auto it = m->slots.find(file);
    if (it == m->slots.end()) return frame;
    if (it->second.texture) {
        frame.texture = it->second.texture->imguiId();
        frame.aspect = static_cast<float>(it->second.texture->width()) / static_cast<float>(it->second.texture->height());
    } else {
        frame.notice = "Picture unavailable";
    }
    return frame;
}

std::optional<Millis> PictureSet::nextChange(const Snapshot& snapshot, Millis now) const {
    if (!snapshot.step) return std::nullopt;
    // Only an actual pair of pictures animates; a placeholder never needs a frame.
    const PosePaths paths = m->pathsFor(*snapshot.step);
    for (const auto& f : {paths.start, paths.end}) {
        const auto it = m->slots.find(f);
        if (it == m->slots.end() || !it->second.texture) return std::nullopt;
    }
    const PoseChoice c = choosePose(snapshot);
    if (!c.changesIn) return std::nullopt;
    return now + *c.changesIn;
}

void PictureSet::release() { m->slots.clear(); }

} // namespace matside
