// The benchmark's frame-time maths: nearest-rank percentiles, the summary, the file it writes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/frame_timer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>

namespace matside {
namespace {

TEST(FrameTimer, NearestRankPercentilesAreMeasuredValues) {
    std::vector<double> oneToHundred;
    for (int i = 100; i >= 1; --i) oneToHundred.push_back(i); // unsorted on purpose
    EXPECT_DOUBLE_EQ(percentile(oneToHundred, 50), 50);
    EXPECT_DOUBLE_EQ(percentile(oneToHundred, 99), 99);
    EXPECT_DOUBLE_EQ(percentile(oneToHundred, 100), 100);
    EXPECT_DOUBLE_EQ(percentile(oneToHundred, 0), 1);
    // Ten frames: p50 is the 5th smallest, p99 the largest (rank ceil(9.9) = 10).
    const std::vector<double> ten{9, 1, 8, 2, 7, 3, 6, 4, 5, 40};
    EXPECT_DOUBLE_EQ(percentile(ten, 50), 5);
    EXPECT_DOUBLE_EQ(percentile(ten, 99), 40);
    EXPECT_DOUBLE_EQ(percentile({}, 50), 0);
    EXPECT_DOUBLE_EQ(percentile({3.5}, 99), 3.5);
}

TEST(FrameTimer, SummaryCountsAndFindsTheSlowestFrame) {
    std::vector<double> ms(200, 2.0);
    ms[17] = 30.0; // one slow frame in 200 is above p99 (the 198th smallest)
    ms[80] = 12.0;
    const FrameTimeSummary s = summarise(ms);
    EXPECT_EQ(s.count, 200u);
    EXPECT_DOUBLE_EQ(s.p50Ms, 2.0);
    EXPECT_DOUBLE_EQ(s.p99Ms, 2.0);
    EXPECT_DOUBLE_EQ(s.maxMs, 30.0);
    EXPECT_EQ(summarise({}).count, 0u);
}

TEST(FrameTimer, MeasuresASpanAndWritesOneLinePerFrame) {
    const std::string file = testing::TempDir() + "frame-times-" + std::to_string(::getpid()) + ".txt";
    FrameTimer timer(file);
    timer.begin();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    timer.end();
    timer.add(5000, 1.25);
    ASSERT_EQ(timer.samplesMs().size(), 2u);
    EXPECT_GE(timer.samplesMs()[0], 19.5);
    EXPECT_LT(timer.samplesMs()[0], 500.0);
    EXPECT_GE(timer.startsMs()[0], 0.0);
    EXPECT_LT(timer.startsMs()[0], timer.samplesMs()[0]) << "began right after the timer was made";
    testing::internal::CaptureStderr();
    ASSERT_TRUE(timer.report());
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("matside: frame times: 2 frames, p50 1.25 ms"), std::string::npos) << err;
    std::ifstream in(file);
    std::vector<double> read;
    for (double v; in >> v;) read.push_back(v);
    ASSERT_EQ(read.size(), 4u) << "two lines of START_MS FRAME_MS";
    EXPECT_NEAR(read[1], timer.samplesMs()[0], 1e-3);
    EXPECT_DOUBLE_EQ(read[2], 5000);
    EXPECT_DOUBLE_EQ(read[3], 1.25);
    std::remove(file.c_str());
    testing::internal::CaptureStderr();
    EXPECT_FALSE(FrameTimer("/nonexistent-dir/x/frames.txt").report());
    EXPECT_NE(testing::internal::GetCapturedStderr().find("cannot write frame times"), std::string::npos);
}

} // namespace
} // namespace matside
