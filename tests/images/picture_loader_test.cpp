// PictureLoader: results arrive from the worker, in order, through poll(); cache and dropping of stale work.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "images/picture_loader.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace matside {
namespace {

using namespace std::chrono_literals;

// Counts onReady calls and lets a test wait for the n-th, or hold the worker in the first.
struct ReadySignal {
    std::mutex mutex;
    std::condition_variable cv;
    int count = 0;
    bool holdFirst = false;
    bool released = false;

    std::function<void()> callback() {
        return [this] {
            std::unique_lock lock(mutex);
            ++count;
            cv.notify_all();
            if (holdFirst && count == 1) cv.wait(lock, [this] { return released; });
        };
    }
    bool waitFor(int n, std::chrono::milliseconds timeout = 5000ms) {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, timeout, [&] { return count >= n; });
    }
    void release() {
        std::lock_guard lock(mutex);
        released = true;
        cv.notify_all();
    }
};

std::vector<LoadedPicture> drain(PictureLoader& loader) {
    std::vector<LoadedPicture> out;
    while (auto r = loader.poll()) out.push_back(std::move(*r));
    return out;
}

TEST(PictureLoader, DeliversRequestedPicturesAsynchronouslyInOrder) {
    test::ScratchDir dir;
    const auto a = dir.write("a.png", test::makePng(20, 10));
    const auto b = dir.write("b.jpg", test::makeJpeg(8, 8));
    const auto missing = dir.path() / "missing.png";
    ReadySignal ready;
    PictureLoader loader(ready.callback());
    EXPECT_FALSE(loader.poll().has_value()) << "nothing asked for yet";

    loader.request({a, missing, b});
    ASSERT_TRUE(ready.waitFor(3)) << "the worker did not report three results";
    const auto results = drain(loader);
    ASSERT_EQ(results.size(), 3u);
    EXPECT_EQ(results[0].path, a);
    ASSERT_TRUE(results[0].ok()) << results[0].error;
    EXPECT_EQ(results[0].image->width, 20);
    EXPECT_EQ(results[0].image->height, 10);
    EXPECT_EQ(results[0].image->rgba, test::patternPixels(20, 10));
    EXPECT_EQ(results[1].path, missing);
    EXPECT_FALSE(results[1].ok());
    EXPECT_NE(results[1].error.find("missing.png: cannot open"), std::string::npos) << results[1].error;
    EXPECT_EQ(results[2].path, b);
    ASSERT_TRUE(results[2].ok()) << results[2].error;
    EXPECT_EQ(results[2].image->width, 8);
    EXPECT_EQ(loader.outstanding(), 0u);
    EXPECT_FALSE(loader.poll().has_value());
}

TEST(PictureLoader, SamePathTwiceInOneRequestIsDeliveredOnce) {
    test::ScratchDir dir;
    const auto a = dir.write("a.png", test::makePng(4, 4));
    ReadySignal ready;
    PictureLoader loader(ready.callback());
    loader.request({a, a, a});
    ASSERT_TRUE(ready.waitFor(1));
    EXPECT_FALSE(ready.waitFor(2, 200ms)) << "a duplicate was decoded";
    EXPECT_EQ(drain(loader).size(), 1u);
}

TEST(PictureLoader, UnchangedFileComesFromTheCacheAndAChangedOneIsDecodedAgain) {
    test::ScratchDir dir;
    const auto a = dir.write("a.png", test::makePng(6, 6));
    ReadySignal ready;
    PictureLoader loader(ready.callback());
    loader.request({a});
    ASSERT_TRUE(ready.waitFor(1));
    const auto first = drain(loader);
    ASSERT_EQ(first.size(), 1u);
    ASSERT_TRUE(first[0].ok());

    loader.request({a});
    ASSERT_TRUE(ready.waitFor(2));
    const auto second = drain(loader);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].image.get(), first[0].image.get()) << "an unchanged file should not be decoded again";

    dir.write("a.png", test::makePng(9, 7)); // new size on disk
    loader.request({a});
    ASSERT_TRUE(ready.waitFor(3));
    const auto third = drain(loader);
    ASSERT_EQ(third.size(), 1u);
    ASSERT_TRUE(third[0].ok());
    EXPECT_EQ(third[0].image->width, 9);
    EXPECT_EQ(third[0].image->height, 7);
}

TEST(PictureLoader, CacheStaysWithinItsEntryLimit) {
    test::ScratchDir dir;
    const auto a = dir.write("a.png", test::makePng(4, 4));
    const auto b = dir.write("b.png", test::makePng(4, 4));
    ReadySignal ready;
    PictureLoader loader(ready.callback(), PictureLoaderLimits{1, 1u << 20});
    loader.request({a});
    ASSERT_TRUE(ready.waitFor(1));
    const auto firstA = drain(loader);
    loader.request({b}); // evicts a: only one entry fits
    ASSERT_TRUE(ready.waitFor(2));
    drain(loader);
    loader.request({a});
    ASSERT_TRUE(ready.waitFor(3));
    const auto againA = drain(loader);
    ASSERT_EQ(againA.size(), 1u);
    ASSERT_TRUE(againA[0].ok());
    EXPECT_NE(againA[0].image.get(), firstA[0].image.get()) << "a was evicted, so it is decoded afresh";
    EXPECT_EQ(againA[0].image->rgba, firstA[0].image->rgba);
}

TEST(PictureLoader, ANewRequestDropsWorkQueuedByTheOldOne) {
    test::ScratchDir dir;
    const auto a = dir.write("a.png", test::makePng(4, 4));
    const auto b = dir.write("b.png", test::makePng(4, 4));
    const auto c = dir.write("c.png", test::makePng(4, 4));
    const auto d = dir.write("d.png", test::makePng(4, 4));
    ReadySignal ready;
    ready.holdFirst = true; // the worker waits inside the first callback until released
    PictureLoader loader(ready.callback());
    loader.request({a, b, c});
    ASSERT_TRUE(ready.waitFor(1));
    loader.request({d}); // the person skipped ahead: b and c are no longer wanted
    ready.release();
    ASSERT_TRUE(ready.waitFor(2));
    EXPECT_FALSE(ready.waitFor(3, 200ms)) << "stale work was still decoded";
    const auto results = drain(loader);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].path, a);
    EXPECT_EQ(results[1].path, d);
}

TEST(PictureLoader, DestroyingDropsQueuedWorkAndJoins) {
    test::ScratchDir dir;
    std::vector<std::filesystem::path> many;
    for (int i = 0; i < 10; ++i) many.push_back(dir.write("p" + std::to_string(i) + ".png", test::makePng(4, 4)));
    ReadySignal ready;
    ready.holdFirst = true;
    auto loader = std::make_unique<PictureLoader>(ready.callback());
    loader->request(many);
    ASSERT_TRUE(ready.waitFor(1)); // the worker is parked in the first callback, nine queued
    // Let the worker go only once the destructor has had ample time to clear the queue.
    std::thread releaser([&] {
        std::this_thread::sleep_for(200ms);
        ready.release();
    });
    loader.reset(); // returns only after the worker has been joined
    releaser.join();
    std::lock_guard lock(ready.mutex);
    EXPECT_EQ(ready.count, 1) << "queued pictures were decoded during shutdown";
}

} // namespace
} // namespace matside
