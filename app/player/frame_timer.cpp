// Frame time recording for the benchmark: steady-clock spans, nearest-rank percentiles, a plain file.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/frame_timer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iomanip>

namespace matside {

double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(samples.size()));
    const std::size_t index = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
    return samples[std::min(index, samples.size() - 1)];
}

FrameTimeSummary summarise(const std::vector<double>& samplesMs) {
    FrameTimeSummary s;
    s.count = samplesMs.size();
    if (samplesMs.empty()) return s;
    s.p50Ms = percentile(samplesMs, 50);
    s.p99Ms = percentile(samplesMs, 99);
    s.maxMs = *std::max_element(samplesMs.begin(), samplesMs.end());
    return s;
}

void FrameTimer::end() {
    using Ms = std::chrono::duration<double, std::milli>;
    add(Ms(m_begun - m_created).count(), Ms(std::chrono::steady_clock::now() - m_begun).count());
}

bool FrameTimer::report() const {
    const FrameTimeSummary s = summarise(m_samplesMs);
    std::fprintf(stderr, "matside: frame times: %zu frames, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", s.count, s.p50Ms,
                 s.p99Ms, s.maxMs);
    std::ofstream out(m_file);
    out << std::fixed << std::setprecision(3);
    for (std::size_t i = 0; i < m_samplesMs.size(); ++i) out << m_startsMs[i] << " " << m_samplesMs[i] << "\n";
    out.flush();
    if (!out) {
        std::fprintf(stderr, "matside: cannot write frame times to %s\n", m_file.string().c_str());
        return false;
    }
    return true;
}

} // namespace matside
