// Pose timing, and picture textures decoded on the loader's thread and uploaded here.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/picture_set.h"

#include "images/picture_loader.h"
#include "platform/textures.h"

#include <algorithm>
#include <atomic>
#include <malloc.h>

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

namespace {

// One picture file: its texture once decoded, or why it could not be shown.
struct Slot {
    std::optional<platform::Texture> texture;
    std::string error;
    PixelSize source, decoded; // the file's size, and what the texture holds
    bool pending = true;       // asked of the loader, not delivered yet
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
        : plan(p),
          loader(std::move(onReady), PictureLoaderLimits{0, 0}) {}

    const Plan& plan;
    PictureLoader loader; // no cache: textures are the cache, decoded pixels count against PSS
    std::atomic<bool> arrived{false};
    std::map<std::filesystem::path, Slot> slots;
    std::vector<std::filesystem::path> requested; // the loader's current work, and its panel
    PixelSize requestedPanel;
    // The files were found when the routine was loaded: no file system access per frame.
    PosePaths pathsFor(const PlanStep& step) const {
        const Illustrations& ill = plan.exerciseOf(step).illustrations;
        const bool other = step.side && *step.side != plan.exerciseOf(step).timings.firstSide;
        if (other && !ill.startOtherFile.empty() && !ill.endOtherFile.empty())
            return {ill.startOtherFile, ill.endOtherFile, false};
        // Drawings show the first side; the other side is the same drawing mirrored.
        return {ill.startFile, ill.endFile, other};
    }

    void upload() {
        bool freed = false;
        while (auto done = loader.poll()) {
            freed = true;
            const auto it = slots.find(done->path);
            if (it == slots.end()) continue; // no longer wanted
            Slot& slot = it->second;
            slot.pending = false;
            if (!done->ok()) {
                slot.error = done->error;
                continue;
            }
            // Decoded to the size it is shown at: mipmaps would only add a third.
            auto texture =
                platform::Texture::fromRgba(done->image->rgba.data(), done->image->width, done->image->height, false);
            if (!texture) {
                slot.error = done->path.filename().string() + ": the graphics card refused it";
                continue;
            }
            slot.texture = std::move(texture); // replaces a smaller one only now: no blank frame
            slot.source = done->source;
            slot.decoded = {done->image->width, done->image->height};
        }
        // The decodes were made, and are now freed, in the loader thread's malloc arena, which
        // would keep those megabytes resident; give them back (issue 18: PSS is the budget).
        if (freed) malloc_trim(0);
    }

    // Asks for the pictures of this step and the next, fitted to `panel`, and again when the
    // panel grew past what they hold; forgets textures nobody needs now.
    void want(const Snapshot& s, PixelSize panel) {
        std::vector<std::filesystem::path> paths;
        for (const PlanStep* step : {s.step, s.nextStep}) {
            if (!step) continue;
            const PosePaths p = pathsFor(*step);
            for (const auto& f : {p.end, p.start})
                if (!f.empty() && std::find(paths.begin(), paths.end(), f) == paths.end()) paths.push_back(f);
        }
        for (auto it = slots.begin(); it != slots.end();)
            it = std::find(paths.begin(), paths.end(), it->first) == paths.end() ? slots.erase(it) : std::next(it);
        std::vector<std::filesystem::path> pending;
        for (const auto& f : paths) {
            auto [it, added] = slots.try_emplace(f);
            Slot& slot = it->second;
            if (!added && !slot.pending && slot.error.empty() &&
                needsRedecode(slot.decoded, decodeSizeFor(slot.source, panel)))
                slot.pending = true;
            if (slot.pending) pending.push_back(f);
        }
        if (pending == requested && (pending.empty() || panel == requestedPanel)) return;
        requested = pending;
        requestedPanel = panel;
        loader.request(pending, panel);
    }

    // The texture (or the reason there is none) for one file; nothing while it decodes.
    void fill(ui::PictureFrame& frame, const std::filesystem::path& file, const std::string& errorPrefix) const {
        const auto it = slots.find(file);
        if (it == slots.end()) return;
        if (it->second.texture) {
            frame.texture = it->second.texture->imguiId();
            frame.aspect =
                static_cast<float>(it->second.texture->width()) / static_cast<float>(it->second.texture->height());
        } else if (!it->second.error.empty()) {
            frame.notice = errorPrefix.empty() ? "Picture unavailable" : errorPrefix + it->second.error;
        }
    }

    std::size_t textureBytes() const {
        std::size_t n = 0;
        for (const auto& [path, slot] : slots)
            if (slot.texture) n += slot.texture->bytes();
        return n;
    }
};

PictureSet::PictureSet(const Plan& plan, std::function<void()> wake)
    : m(std::make_unique<Impl>(plan, [this, wake] {
          m->arrived = true;
          if (wake) wake();
      })) {}

PictureSet::~PictureSet() = default;

bool PictureSet::arrived() { return m->arrived.exchange(false); }

ui::PictureFrame PictureSet::frameFor(const Snapshot& snapshot, PixelSize panel) {
    ui::PictureFrame frame;
    if (!snapshot.step) return frame;
    m->upload();
    m->want(snapshot, panel);
    const PosePaths paths = m->pathsFor(*snapshot.step);
    frame.mirrored = paths.mirrored;
    const std::filesystem::path& file = choosePose(snapshot).pose == Pose::End ? paths.end : paths.start;
    if (file.empty()) {
        frame.notice = "No picture for this exercise";
        return frame;
    }
    m->fill(frame, file, "Picture unavailable: "); // nothing yet: the quiet placeholder
    return frame;
}

ui::PictureFrame PictureSet::poseFrame(const PlanStep& step, Pose pose, PixelSize panel) {
    Snapshot only; // want() looks at the step and the next one only
    only.step = &step;
    m->upload();
    m->want(only, panel);
    ui::PictureFrame frame;
    const PosePaths paths = m->pathsFor(step);
    frame.mirrored = paths.mirrored;
    const std::filesystem::path& file = pose == Pose::End ? paths.end : paths.start;
    if (file.empty()) {
        frame.notice = "No picture";
        return frame;
    }
    m->fill(frame, file, "");
    return frame;
}

std::size_t PictureSet::textureBytes() const { return m->textureBytes(); }

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

void PictureSet::release() {
    m->slots.clear();
    m->requested.clear();
}

} // namespace matside
