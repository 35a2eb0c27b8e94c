// printStderrLine from many threads at once: every line arrives whole, none interleaved
// (the player's sound thread and its loop both print lines that scripts and tests read).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stderr_line.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

TEST(StderrLine, LinesFromManyThreadsArriveWhole) {
    char path[] = "/tmp/matside-stderr-XXXXXX";
    const int file = ::mkstemp(path);
    ASSERT_GE(file, 0);
    std::fflush(stderr);
    const int saved = ::dup(2);
    ASSERT_EQ(::dup2(file, 2), 2);

    constexpr int kThreads = 8, kLines = 300;
    const std::string filler(180, 'x'); // long lines, so a split would show
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([t, &filler] {
            for (int i = 0; i < kLines; ++i)
                matside::printStderrLine("matside: thread " + std::to_string(t) + " line " + std::to_string(i) + " " +
                                         filler + " end");
        });
    for (auto& thread : threads) thread.join();
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    ::close(file);

    std::ifstream in(path);
    std::map<int, int> perThread;
    int lines = 0;
    for (std::string line; std::getline(in, line); ++lines) {
        int t = -1, i = -1;
        char rest[256] = {};
        ASSERT_EQ(std::sscanf(line.c_str(), "matside: thread %d line %d %255s", &t, &i, rest), 3) << line;
        EXPECT_EQ(std::string(rest), filler) << line;
        EXPECT_EQ(line.substr(line.size() - 4), " end") << line;
        EXPECT_EQ(i, perThread[t]++) << "each thread's lines in its own order";
    }
    ::unlink(path);
    EXPECT_EQ(lines, kThreads * kLines);
    for (int t = 0; t < kThreads; ++t) EXPECT_EQ(perThread[t], kLines);
}

} // namespace
