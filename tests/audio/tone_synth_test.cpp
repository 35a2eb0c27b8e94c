// Tone synthesis: each note has its documented pitch, tones start and end silent, and differ.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/tone_synth.h"
#include "support/wav_analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace matside {
namespace {

using test::goertzelAmplitude;
using test::toFloat;
using test::zeroCrossingFrequency;

constexpr int kRate = kToneSampleRate;

std::size_t at(double ms) { return static_cast<std::size_t>(ms * kRate / 1000.0); }

float peak(const std::vector<float>& s, std::size_t begin, std::size_t count) {
    float p = 0;
    for (std::size_t i = begin; i < std::min(s.size(), begin + count); ++i) p = std::max(p, std::abs(s[i]));
    return p;
}

TEST(ToneSynth, EveryToneStartsAndEndsAtSilence) {
    for (Tone tone : kAllTones) {
        const std::vector<std::int16_t> pcm = renderTone(tone);
        ASSERT_GT(pcm.size(), at(30)) << toString(tone);
        EXPECT_LT(std::abs(pcm.front()), 50) << toString(tone);
        EXPECT_LT(std::abs(pcm.back()), 50) << toString(tone);
    }
}

// A click is a jump to full level; the fades make the first and last millisecond quiet.
TEST(ToneSynth, AttackAndReleaseAreGradual) {
    for (Tone tone : kAllTones) {
        const std::vector<float> s = toFloat(renderTone(tone));
        const float whole = peak(s, 0, s.size());
        ASSERT_GT(whole, 0.1f) << toString(tone);
        EXPECT_LT(peak(s, 0, at(1)), 0.3f * whole) << toString(tone) << " starts abruptly";
        EXPECT_LT(peak(s, s.size() - at(1), at(1)), 0.3f * whole) << toString(tone) << " ends abruptly";
        EXPECT_LE(whole, 0.91f) << toString(tone) << " would clip once mixed";
    }
}

TEST(ToneSynth, LengthMatchesItsNotes) {
    for (Tone tone : kAllTones)
        EXPECT_NEAR(double(renderTone(tone).size()), toneDurationMs(tone) * kRate / 1000.0, 2.0) << toString(tone);
}

// Each note of the non-overlapping tones, measured by zero crossings in its middle.
TEST(ToneSynth, NotesHaveTheirDocumentedFrequency) {
    const std::vector<std::pair<Tone, std::vector<double>>> expected = {
        {Tone::CountdownPip, {880}},
        {Tone::WorkStart, {660, 990}},
        {Tone::WorkEnd, {784, 392}},
        {Tone::RepTick, {1568}},
        {Tone::SwitchSides, {587, 440, 587, 440}},
    };
    for (const auto& [tone, freqs] : expected) {
        const std::vector<float> s = toFloat(renderTone(tone));
        const std::vector<ToneNote>& notes = toneNotes(tone);
        ASSERT_EQ(notes.size(), freqs.size()) << toString(tone);
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const double from = notes[i].startMs + notes[i].durationMs * 0.2;
            const double f = zeroCrossingFrequency(s, at(from), at(notes[i].durationMs * 0.6), kRate);
            EXPECT_NEAR(f, freqs[i], freqs[i] * 0.01) << toString(tone) << " note " << i;
        }
    }
}

// The chime's bells overlap: right after each bell starts, its pitch is the loudest of the four.
TEST(ToneSynth, ChimeIsARisingArpeggio) {
    const std::vector<float> s = toFloat(renderTone(Tone::SessionDone));
    const double bells[] = {523.25, 659.25, 783.99, 1046.5};
    for (int b = 0; b < 4; ++b) {
        const std::size_t from = at(150.0 * b + 20);
        double loudest = 0;
        int which = -1;
        for (int k = 0; k < 4; ++k) {
            const double a = goertzelAmplitude(s, from, at(60), bells[k], kRate);
            if (a > loudest) loudest = a, which = k;
        }
        EXPECT_EQ(which, b) << "bell " << b;
    }
}

// The WAV test and the ear both tell tones apart by their first note: keep them >= 10 % apart.
TEST(ToneSynth, TonesAreDistinct) {
    std::vector<double> first;
    std::set<std::vector<long>> patterns;
    for (Tone tone : kAllTones) {
        first.push_back(toneNotes(tone).front().frequencyHz);
        std::vector<long> p;
        for (const ToneNote& n : toneNotes(tone)) p.push_back(std::lround(n.frequencyHz));
        patterns.insert(p);
    }
    EXPECT_EQ(patterns.size(), kAllTones.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        for (std::size_t j = i + 1; j < first.size(); ++j)
            EXPECT_GT(std::abs(first[i] - first[j]) / std::min(first[i], first[j]), 0.10)
                << toString(kAllTones[i]) << " vs " << toString(kAllTones[j]);
}

TEST(ToneSynth, RepTickIsSofterThanThePip) {
    const std::vector<float> tick = toFloat(renderTone(Tone::RepTick));
    const std::vector<float> pip = toFloat(renderTone(Tone::CountdownPip));
    EXPECT_LT(peak(tick, 0, tick.size()), 0.6f * peak(pip, 0, pip.size()));
}

TEST(ToneSynth, RendersAtOtherRates) {
    const std::vector<float> s = toFloat(renderTone(Tone::CountdownPip, 22050));
    EXPECT_NEAR(double(s.size()), 90 * 22.05, 2.0);
    EXPECT_NEAR(zeroCrossingFrequency(s, 400, 1000, 22050), 880, 9);
}

} // namespace
} // namespace matside
