// The one table that says what each core cue sounds like: which tone, and whether its text is spoken.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/tone_synth.h"
#include "core/session.h"

#include <array>
#include <optional>

namespace matside {

// What the voice does with a cue's sentence.
enum class VoicePolicy {
    Silent,    // never spoken (the tone says it all)
    Queue,     // spoken after whatever is being said now (short lines: a rep count, "Halfway")
    Interrupt, // cuts any speech in progress short: a new phase of the session began
};

struct CueSound {
    std::optional<Tone> tone; // played at the cue's own time
    VoicePolicy voice = VoicePolicy::Silent;
};

// Every CueKind, for tests and tables that must cover them all.
inline constexpr std::array<CueKind, 10> kAllCueKinds = {
    CueKind::GetReady,  CueKind::WorkStart, CueKind::WorkEnd,     CueKind::Halfway,
    CueKind::Countdown, CueKind::RepCount,  CueKind::Rest,        CueKind::SwitchSides,
    CueKind::NextExercise, CueKind::SessionDone};

// The table's row for `cue`, or null when the table lacks it (a test pins that down).
const CueSound* findCueSound(CueKind cue);

// The row for `cue`; a cue missing from the table is silent.
const CueSound& cueSound(CueKind cue);

} // namespace matside
