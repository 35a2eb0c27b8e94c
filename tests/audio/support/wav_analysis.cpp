// WAV reading and simple spectral measurements for the sound tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/wav_analysis.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>

namespace matside::test {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kWindowSeconds = 0.020;
constexpr double kStepSeconds = 0.002;

std::uint32_t u32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}
std::uint16_t u16(const char* p) {
    std::uint16_t v;
    std::memcpy(&v, p, 2);
    return v;
}

std::size_t index(const WavData& wav, double seconds) {
    return static_cast<std::size_t>(std::max(0.0, seconds) * wav.sampleRate);
}

} // namespace

std::optional<WavData> readWav(const std::filesystem::path& file, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 12 || bytes.compare(0, 4, "RIFF") != 0 || bytes.compare(8, 4, "WAVE") != 0) {
        error = "not a RIFF/WAVE file (" + std::to_string(bytes.size()) + " bytes)";
        return std::nullopt;
    }
    WavData wav;
    int format = 0, bits = 0;
    std::size_t pos = 12;
    while (pos + 8 <= bytes.size()) {
        const std::string id = bytes.substr(pos, 4);
        std::size_t size = u32(bytes.data() + pos + 4);
        const char* body = bytes.data() + pos + 8;
        if (id == "fmt ") {
            format = u16(body);
            wav.channels = u16(body + 2);
            wav.sampleRate = static_cast<int>(u32(body + 4));
            bits = u16(body + 14);
            if (format == 0xFFFE && size >= 26) format = u16(body + 24); // sub-format GUID
        } else if (id == "data") {
            size = std::min(size, bytes.size() - pos - 8); // a header not yet finalised
            const int bytesPer = bits / 8;
            if (wav.channels <= 0 || (format == 1 && bits != 16) || (format == 3 && bits != 32) ||
                (format != 1 && format != 3)) {
                error = "unsupported WAV format " + std::to_string(format) + "/" + std::to_string(bits);
                return std::nullopt;
            }
            const std::size_t frames = size / (bytesPer * wav.channels);
            wav.samples.resize(frames);
            for (std::size_t f = 0; f < frames; ++f) {
                double sum = 0;
                for (int c = 0; c < wav.channels; ++c) {
                    const char* p = body + (f * wav.channels + c) * bytesPer;
                    if (format == 1) sum += static_cast<std::int16_t>(u16(p)) / 32768.0;
                    else {
                        float v;
                        std::memcpy(&v, p, 4);
                        sum += v;
                    }
                }
                wav.samples[f] = static_cast<float>(sum / wav.channels);
            }
            return wav;
        }
        pos += 8 + size + (size & 1);
    }
    error = "no data chunk";
    return std::nullopt;
}

std::vector<float> toFloat(const std::vector<std::int16_t>& pcm) {
    std::vector<float> out(pcm.size());
    std::transform(pcm.begin(), pcm.end(), out.begin(), [](std::int16_t s) { return s / 32768.0f; });
    return out;
}

double goertzelAmplitude(const std::vector<float>& samples, std::size_t begin, std::size_t count,
                         double frequencyHz, int sampleRate) {
    count = std::min(count, samples.size() > begin ? samples.size() - begin : 0);
    if (count == 0) return 0;
    const double w = 2 * kPi * frequencyHz / sampleRate;
    const double coeff = 2 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (std::size_t i = 0; i < count; ++i) {
        // A Hann window keeps neighbouring tones and speech from leaking in.
        const double hann = 0.5 - 0.5 * std::cos(2 * kPi * i / (count - 1 ? count - 1 : 1));
        const double s0 = samples[begin + i] * hann + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2 * std::sqrt(std::max(0.0, power)) / (count * 0.5); // 0.5: the Hann window's gain
}

double zeroCrossingFrequency(const std::vector<float>& samples, std::size_t begin, std::size_t count,
                             int sampleRate) {
    count = std::min(count, samples.size() > begin ? samples.size() - begin : 0);
    std::optional<double> first, last;
    int crossings = 0;
    for (std::size_t i = begin + 1; i < begin + count; ++i) {
        if (samples[i - 1] < 0 && samples[i] >= 0) {
            // Interpolate where it crossed, for sub-sample accuracy.
            const double frac = -samples[i - 1] / (samples[i] - samples[i - 1]);
            const double t = (i - 1 + frac) / sampleRate;
            if (!first) first = t;
            else ++crossings;
            last = t;
        }
    }
    if (!first || crossings == 0) return 0;
    return crossings / (*last - *first);
}

double rms(const std::vector<float>& samples, std::size_t begin, std::size_t count) {
    count = std::min(count, samples.size() > begin ? samples.size() - begin : 0);
    if (count == 0) return 0;
    double sum = 0;
    for (std::size_t i = begin; i < begin + count; ++i) sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / count);
}

std::optional<double> findToneOnset(const WavData& wav, double frequencyHz, double fromSeconds,
                                    double toSeconds, double threshold) {
    const std::size_t window = index(wav, kWindowSeconds);
    for (double t = fromSeconds; t < toSeconds; t += kStepSeconds)
        if (goertzelAmplitude(wav.samples, index(wav, t), window, frequencyHz, wav.sampleRate) >= threshold)
            return t + kWindowSeconds / 2;
    return std::nullopt;
}

double peakToneAmplitude(const WavData& wav, double frequencyHz, double fromSeconds, double toSeconds) {
    const std::size_t window = index(wav, kWindowSeconds);
    double peak = 0;
    for (double t = fromSeconds; t < toSeconds; t += kStepSeconds)
        peak = std::max(peak, goertzelAmplitude(wav.samples, index(wav, t), window, frequencyHz, wav.sampleRate));
    return peak;
}

double rmsBetween(const WavData& wav, double fromSeconds, double toSeconds) {
    const std::size_t a = index(wav, fromSeconds), b = index(wav, toSeconds);
    return b > a ? rms(wav.samples, a, b - a) : 0;
}

double renderedAmplitude(Tone tone, int rate) {
    const std::vector<float> s = toFloat(renderTone(tone, rate));
    const double f = toneNotes(tone).front().frequencyHz;
    const std::size_t window = rate / 50, step = rate / 500; // 20 ms, 2 ms: as findToneOnset
    double peak = 0;
    for (std::size_t i = 0; i + window < s.size(); i += step) peak = std::max(peak, goertzelAmplitude(s, i, window, f, rate));
    return peak;
}

} // namespace matside::test
