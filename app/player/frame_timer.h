// For bench/run (MATSIDE_REPORT_FRAME_TIMES=FILE): how long each drawn frame took, from the
// start of building it to after SwapBuffers, and its p50/p99/max.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace matside {

struct FrameTimeSummary {
    std::size_t count = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

// Nearest-rank percentile (p in 0..100) of `samples`: the smallest value with at least p %
// of the samples at or below it, so it is always one of the measured values. 0 for none.
double percentile(std::vector<double> samples, double p);

FrameTimeSummary summarise(const std::vector<double>& samplesMs);

class FrameTimer {
public:
    explicit FrameTimer(std::filesystem::path file)
        : m_file(std::move(file)),
          m_created(std::chrono::steady_clock::now()) {}

    void begin() { m_begun = std::chrono::steady_clock::now(); } // before the frame is built
    void end();                                                  // after SwapBuffers returned
    void add(double atMs, double ms) { m_startsMs.push_back(atMs), m_samplesMs.push_back(ms); }

    const std::vector<double>& samplesMs() const { return m_samplesMs; }
    const std::vector<double>& startsMs() const { return m_startsMs; } // since the timer was made

    // Writes "START_MS FRAME_MS" per frame to the file (START_MS: when the frame began, since
    // the timer was made, so a bench can keep only a window of the run), and a summary on stderr
    // ("matside: frame times: N frames, p50 X ms, p99 Y ms, max Z ms"). False: not written.
    bool report() const;

private:
    std::filesystem::path m_file;
    std::chrono::steady_clock::time_point m_created, m_begun;
    std::vector<double> m_startsMs, m_samplesMs;
};

} // namespace matside
