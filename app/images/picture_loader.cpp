// Worker thread for PictureLoader: decode in request order, cache by path, size and mtime.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/picture_loader.h"

#include <algorithm>
#include <system_error>

namespace matside {

PictureLoader::PictureLoader(std::function<void()> onReady, PictureLoaderLimits limits)
    : m_onReady(std::move(onReady)),
      m_limits(limits),
      m_worker([this] { run(); }) {}

PictureLoader::~PictureLoader() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_worker.join();
}

void PictureLoader::request(const std::vector<std::filesystem::path>& paths, PixelSize panel) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_panel = panel;
        for (const auto& p : paths) {
            const bool inQueue = std::find(m_queue.begin(), m_queue.end(), p) != m_queue.end();
            const bool inReady =
                std::any_of(m_ready.begin(), m_ready.end(), [&](const LoadedPicture& r) { return r.path == p; });
            if (!inQueue && !inReady && m_busy != p) m_queue.push_back(p);
        }
    }
    m_wake.notify_one();
}

std::optional<LoadedPicture> PictureLoader::poll() {
    std::lock_guard lock(m_mutex);
    if (m_ready.empty()) return std::nullopt;
    LoadedPicture out = std::move(m_ready.front());
    m_ready.pop_front();
    return out;
}

std::size_t PictureLoader::outstanding() const {
    std::lock_guard lock(m_mutex);
    return m_queue.size() + m_ready.size() + (m_busy ? 1 : 0);
}

void PictureLoader::run() {
    for (;;) {
        std::filesystem::path path;
        PixelSize panel;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop) return;
            path = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = path;
            panel = m_panel;
        }
        LoadedPicture result = load(path, panel); // outside the lock: poll() must never wait on it
        {
            std::lock_guard lock(m_mutex);
            m_busy.reset();
            if (m_stop) return;
            m_ready.push_back(std::move(result));
        }
        if (m_onReady) m_onReady();
    }
}

LoadedPicture PictureLoader::load(const std::filesystem::path& path, PixelSize panel) {
    LoadedPicture out;
    out.path = path;
    out.panel = panel;
    std::error_code ec, ec2;
    const auto mtime = std::filesystem::last_write_time(path, ec);
    const auto size = std::filesystem::file_size(path, ec2);
    const bool stamped = !ec && !ec2;
    if (stamped) {
        out.image = cached(path, mtime, size);
    }
    if (!out.image) {
        DecodeResult decoded = decodeImageFile(path);
        if (auto* error = std::get_if<std::string>(&decoded)) {
            out.error = std::move(*error);
            return out;
        }
        out.image = std::make_shared<const Image>(std::move(std::get<Image>(decoded)));
        if (stamped) remember({path, mtime, size, out.image});
    }
    out.source = {out.image->width, out.image->height};
    if (!panel.empty()) { // the cache keeps the file's own size; each panel gets its own copy
        const PixelSize fitted = decodeSizeFor(out.source, panel);
        if (!(fitted == out.source)) out.image = std::make_shared<const Image>(resizeImage(*out.image, fitted));
    }
    return out;
}

std::shared_ptr<const Image> PictureLoader::cached(const std::filesystem::path& path,
                                                   std::filesystem::file_time_type mtime, std::uintmax_t size) {
    auto it = std::find_if(m_cache.begin(), m_cache.end(), [&](const CacheEntry& e) { return e.path == path; });
    if (it == m_cache.end()) return nullptr;
    if (it->mtime != mtime || it->size != size) { // the file changed on disk: decode again
        m_cacheBytes -= it->image->rgba.size();
        m_cache.erase(it);
        return nullptr;
    }
    m_cache.splice(m_cache.begin(), m_cache, it); // most recently used first
    return m_cache.front().image;
}

void PictureLoader::remember(CacheEntry entry) {
    const std::size_t bytes = entry.image->rgba.size();
    if (m_limits.cacheEntries == 0 || bytes > m_limits.cacheBytes) return;
    m_cache.push_front(std::move(entry));
    m_cacheBytes += bytes;
    while (m_cache.size() > m_limits.cacheEntries || m_cacheBytes > m_limits.cacheBytes) {
        m_cacheBytes -= m_cache.back().image->rgba.size();
        m_cache.pop_back();
    }
}

} // namespace matside
