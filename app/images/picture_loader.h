// Decodes pictures on a worker thread ahead of time; the GL thread polls finished pixels.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "images/image_decode.h"
#include "images/picture_size.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace matside {

// One finished request: the pixels, or the one-line reason they could not be had.
struct LoadedPicture {
    std::filesystem::path path;
    std::shared_ptr<const Image> image; // null when the picture was refused
    std::string error;                  // empty when `image` is set
    PixelSize source;                   // the file's own size (the image may be smaller)
    PixelSize panel;                    // the panel it was fitted to (empty: not fitted)
    bool ok() const { return image != nullptr; }
};

struct PictureLoaderLimits {
    std::size_t cacheEntries = 8;               // decoded pictures kept for re-requests
    std::size_t cacheBytes = 64u * 1024 * 1024; // and their pixel bytes at most
};

// Decoding a 960x720 PNG takes a few milliseconds, too long for a frame that only waits
// on a timer. The window asks for the current and next exercises' frames; a worker decodes
// them in order, keeps a bounded cache, and hands results over through poll(). No GL here.
class PictureLoader {
public:
    // `onReady` runs on the worker thread after each result is queued (e.g. to call
    // glfwPostEmptyEvent so the loop wakes up); it must be thread-safe and quick.
    explicit PictureLoader(std::function<void()> onReady = {}, PictureLoaderLimits limits = {});
    ~PictureLoader(); // drops queued work, waits for a decode in progress, joins
    PictureLoader(const PictureLoader&) = delete;
    PictureLoader& operator=(const PictureLoader&) = delete;

    // Wants these paths, most urgent first. Each path asked for is delivered once through
    // poll() (from the cache when the file is unchanged). Work queued by an earlier call
    // and not in this list is dropped, so a skip forward does not wait on stale decodes.
    // With a `panel` (physical pixels), each picture is scaled down on the worker to
    // decodeSizeFor(its size, panel), so the GL thread never holds more than it shows.
    void request(const std::vector<std::filesystem::path>& paths, PixelSize panel = {});

    // The next finished result, if any. Called by the GL thread every frame; never blocks
    // on a decode.
    std::optional<LoadedPicture> poll();

    // Requests not yet delivered (queued, decoding or waiting in poll()).
    std::size_t outstanding() const;

private:
    struct CacheEntry {
        std::filesystem::path path;
        std::filesystem::file_time_type mtime;
        std::uintmax_t size = 0;
        std::shared_ptr<const Image> image;
    };

    void run();
    LoadedPicture load(const std::filesystem::path& path, PixelSize panel);
    std::shared_ptr<const Image> cached(const std::filesystem::path& path, std::filesystem::file_time_type mtime,
                                        std::uintmax_t size);
    void remember(CacheEntry entry);

    std::function<void()> m_onReady;
    PictureLoaderLimits m_limits;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::filesystem::path> m_queue;   // waiting for the worker
    PixelSize m_panel;                           // what the queued ones are fitted to
    std::optional<std::filesystem::path> m_busy; // being decoded now
    std::deque<LoadedPicture> m_ready;           // waiting for poll()
    bool m_stop = false;

    std::list<CacheEntry> m_cache; // most recently used first; only the worker touches it
    std::size_t m_cacheBytes = 0;

    std::thread m_worker; // last: starts after everything above is constructed
};

} // namespace matside
