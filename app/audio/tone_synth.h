// The cue tones, synthesised in code: one table of notes per tone and a renderer to int16 PCM.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace matside {

// Each tone is told apart by pitch and by pattern (see kToneTable in tone_synth.cpp):
//   CountdownPip  880 Hz, one 90 ms pip                 (each of the last 3 seconds)
//   WorkStart     660 Hz then 990 Hz, rising            ("go")
//   WorkEnd       784 Hz then 392 Hz, falling octave    ("stop")
//   RepTick       1568 Hz, 40 ms, quiet, pure sine      (one counted rep)
//   SwitchSides   587 / 440 / 587 / 440 Hz, alternating ("turn over")
//   SessionDone   523, 659, 784, 1047 Hz bell arpeggio  (C major chime)
enum class Tone { CountdownPip, WorkStart, WorkEnd, RepTick, SwitchSides, SessionDone };

inline constexpr std::array<Tone, 6> kAllTones = {Tone::CountdownPip, Tone::WorkStart,
                                                  Tone::WorkEnd,      Tone::RepTick,
                                                  Tone::SwitchSides,  Tone::SessionDone};

// Tones are rendered once at this rate; OpenAL resamples to the device.
inline constexpr int kToneSampleRate = 44100;

// One note: a sine with a few harmonics under a smooth envelope.
struct ToneNote {
    double startMs = 0;      // from the start of the tone
    double durationMs = 100; // attack + sustain + release
    double frequencyHz = 440;
    double amplitude = 0.5;  // peak, 0..1 of full scale
    double attackMs = 5;     // raised-cosine fade-in: no click at the start
    double releaseMs = 30;   // raised-cosine fade-out: no click at the end
    double decayPerSecond = 0; // exponential decay after the attack (bells); 0 = flat
    double harmonic2 = 0.25; // relative level of the 2nd and 3rd harmonics (warmth)
    double harmonic3 = 0.10;
};

// The notes a tone is made of, in time order.
const std::vector<ToneNote>& toneNotes(Tone tone);

// Length of a tone in milliseconds (end of its last note).
double toneDurationMs(Tone tone);

// Renders notes into mono int16 samples; overlapping notes add, and the sum is scaled
// down if it would clip. Starts and ends at (near) zero.
std::vector<std::int16_t> renderNotes(const std::vector<ToneNote>& notes, int sampleRate);

std::vector<std::int16_t> renderTone(Tone tone, int sampleRate = kToneSampleRate);

const char* toString(Tone tone);

} // namespace matside
