// Cue tone synthesis: the note table for every tone and an additive sine renderer.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/tone_synth.h"

#include <algorithm>
#include <cmath>

namespace matside {
namespace {

constexpr double kPi = 3.14159265358979323846;

// A bell note for the chime: quick attack, long exponential decay, fewer harmonics.
ToneNote bell(double startMs, double frequencyHz) {
    ToneNote n;
    n.startMs = startMs;
    n.durationMs = 700;
    n.frequencyHz = frequencyHz;
    n.amplitude = 0.32;
    n.attackMs = 6;
    n.releaseMs = 120;
    n.decayPerSecond = 3.0;
    n.harmonic2 = 0.15;
    n.harmonic3 = 0.05;
    return n;
}

ToneNote note(double startMs, double durationMs, double frequencyHz, double amplitude = 0.5) {
    ToneNote n;
    n.startMs = startMs;
    n.durationMs = durationMs;
    n.frequencyHz = frequencyHz;
    n.amplitude = amplitude;
    return n;
}

// Why these: pitches are whole musical notes far enough apart (>= 10 %) to tell by ear, and
// the patterns differ too (single, rising, falling, alternating, arpeggio), so a person
// who cannot tell pitches apart still knows the tones by their shape.
std::vector<ToneNote> makeNotes(Tone tone) {
    switch (tone) {
    case Tone::CountdownPip:
        return {note(0, 90, 880)};
    case Tone::WorkStart:
        return {note(0, 120, 660), note(130, 220, 990)};
    case Tone::WorkEnd:
        return {note(0, 120, 784), note(130, 260, 392)};
    case Tone::RepTick: {
        ToneNote n = note(0, 40, 1568, 0.22);
        n.attackMs = 3;
        n.releaseMs = 25;
        n.harmonic2 = 0;
        n.harmonic3 = 0;
        return {n};
    }
    case Tone::SwitchSides:
        return {note(0, 100, 587), note(120, 100, 440), note(240, 100, 587), note(360, 100, 440)};
    case Tone::SessionDone:
        return {bell(0, 523.25), bell(150, 659.25), bell(300, 783.99), bell(450, 1046.5)};
    }
    return {};
}

double envelope(const ToneNote& n, double tMs) {
    if (tMs < 0 || tMs > n.durationMs) return 0;
    double e = 1;
    if (tMs < n.attackMs) e *= 0.5 - 0.5 * std::cos(kPi * tMs / n.attackMs);
    else if (n.decayPerSecond > 0) e *= std::exp(-n.decayPerSecond * (tMs - n.attackMs) / 1000.0);
    const double untilEnd = n.durationMs - tMs;
    if (untilEnd < n.releaseMs) e *= 0.5 - 0.5 * std::cos(kPi * untilEnd / n.releaseMs);
    return e;
}

} // namespace

const std::vector<ToneNote>& toneNotes(Tone tone) {
    static const std::array<std::vector<ToneNote>, kAllTones.size()> table = [] {
        std::array<std::vector<ToneNote>, kAllTones.size()> t;
        for (Tone tone : kAllTones) t[static_cast<std::size_t>(tone)] = makeNotes(tone);
        return t;
    }();
    return table[static_cast<std::size_t>(tone)];
}

double toneDurationMs(Tone tone) {
    double end = 0;
    for (const ToneNote& n : toneNotes(tone)) end = std::max(end, n.startMs + n.durationMs);
    return end;
}

std::vector<std::int16_t> renderNotes(const std::vector<ToneNote>& notes, int sampleRate) {
    double endMs = 0;
    for (const ToneNote& n : notes) endMs = std::max(endMs, n.startMs + n.durationMs);
    const auto count = static_cast<std::size_t>(std::ceil(endMs * sampleRate / 1000.0)) + 1;
    std::vector<double> mix(count, 0.0);
    for (const ToneNote& n : notes) {
        const auto first = static_cast<std::size_t>(std::ceil(n.startMs * sampleRate / 1000.0));
        const double norm = 1.0 / (1.0 + n.harmonic2 + n.harmonic3); // peak stays at amplitude
        for (std::size_t i = first; i < count; ++i) {
            const double tMs = i * 1000.0 / sampleRate - n.startMs;
            if (tMs > n.durationMs) break;
            const double phase = 2 * kPi * n.frequencyHz * tMs / 1000.0;
            const double wave = std::sin(phase) + n.harmonic2 * std::sin(2 * phase) +
                                n.harmonic3 * std::sin(3 * phase);
            mix[i] += n.amplitude * norm * envelope(n, tMs) * wave;
        }
    }
    double peak = 0;
    for (double v : mix) peak = std::max(peak, std::abs(v));
    const double scale = peak > 0.9 ? 0.9 / peak : 1.0;
    std::vector<std::int16_t> out(count);
    for (std::size_t i = 0; i < count; ++i)
        out[i] = static_cast<std::int16_t>(std::lround(mix[i] * scale * 32767.0));
    return out;
}

std::vector<std::int16_t> renderTone(Tone tone, int sampleRate) {
    return renderNotes(toneNotes(tone), sampleRate);
}

const char* toString(Tone tone) {
    switch (tone) {
    case Tone::CountdownPip: return "countdown-pip";
    case Tone::WorkStart: return "work-start";
    case Tone::WorkEnd: return "work-end";
    case Tone::RepTick: return "rep-tick";
    case Tone::SwitchSides: return "switch-sides";
    case Tone::SessionDone: return "session-done";
    }
    return "?";
}

} // namespace matside
