// The cue → sound table. Change what a cue sounds like here and nowhere else.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_sounds.h"

namespace matside {
namespace {

struct Row {
    CueKind cue;
    CueSound sound;
};

// Why these choices: phase changes (get ready, work, rest, switch, done) interrupt speech so a
// skip is heard at once; a work step's end has a tone only because the rest or switch cue
// that follows at the same moment speaks. Countdown pips carry no voice: "3, 2, 1" spoken
// over its own pips would lag behind them.
constexpr Row kTable[] = {
    {CueKind::GetReady, {std::nullopt, VoicePolicy::Interrupt}},
    {CueKind::WorkStart, {Tone::WorkStart, VoicePolicy::Interrupt}},
    {CueKind::WorkEnd, {Tone::WorkEnd, VoicePolicy::Silent}},
    {CueKind::Halfway, {std::nullopt, VoicePolicy::Queue}},
    {CueKind::Countdown, {Tone::CountdownPip, VoicePolicy::Silent}},
    {CueKind::RepCount, {Tone::RepTick, VoicePolicy::Queue}},
    {CueKind::Rest, {std::nullopt, VoicePolicy::Interrupt}},
    {CueKind::SwitchSides, {Tone::SwitchSides, VoicePolicy::Interrupt}},
    {CueKind::NextExercise, {std::nullopt, VoicePolicy::Interrupt}},
    {CueKind::SessionDone, {Tone::SessionDone, VoicePolicy::Interrupt}},
};

} // namespace

const CueSound* findCueSound(CueKind cue) {
    for (const Row& row : kTable)
        if (row.cue == cue) return &row.sound;
    return nullptr;
}

const CueSound& cueSound(CueKind cue) {
    static const CueSound none{};
    const CueSound* sound = findCueSound(cue);
    return sound ? *sound : none;
}

} // namespace matside
