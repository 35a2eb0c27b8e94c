// Test helpers for sound: read a WAV file, measure a frequency, find where a tone begins.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/tone_synth.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside::test {

struct WavData {
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples; // mono (channels averaged), -1..1
    double seconds() const { return sampleRate ? double(samples.size()) / sampleRate : 0; }
};

// Reads PCM int16 / float32 WAV (plain or WAVE_FORMAT_EXTENSIBLE). Sets `error` on failure.
std::optional<WavData> readWav(const std::filesystem::path& file, std::string& error);

std::vector<float> toFloat(const std::vector<std::int16_t>& pcm);

// Amplitude (0..1 scale of a full-scale sine) of `frequencyHz` in samples[begin, begin+count).
double goertzelAmplitude(const std::vector<float>& samples, std::size_t begin, std::size_t count,
                         double frequencyHz, int sampleRate);

// Frequency from the rate of upward zero crossings in samples[begin, begin+count).
double zeroCrossingFrequency(const std::vector<float>& samples, std::size_t begin, std::size_t count,
                             int sampleRate);

double rms(const std::vector<float>& samples, std::size_t begin, std::size_t count);

// Slides a 20 ms window in 2 ms steps over [fromSeconds, toSeconds) and returns the centre
// of the first window where the amplitude at `frequencyHz` reaches `threshold`. With a
// threshold of half the tone's steady amplitude, that centre is where the tone began.
std::optional<double> findToneOnset(const WavData& wav, double frequencyHz, double fromSeconds,
                                    double toSeconds, double threshold);

// Largest amplitude at `frequencyHz` of any 20 ms window in [fromSeconds, toSeconds).
double peakToneAmplitude(const WavData& wav, double frequencyHz, double fromSeconds, double toSeconds);

// RMS over [fromSeconds, toSeconds).
double rmsBetween(const WavData& wav, double fromSeconds, double toSeconds);

// Amplitude of a tone's first note in its own rendering (renderTone at `rate`), measured as
// findToneOnset measures: what the WAV shows of that tone at gain 1.
double renderedAmplitude(Tone tone, int rate);

} // namespace matside::test
