// GL textures for pictures: upload RGBA8 pixels with mipmaps, handed to ImGui::Image.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace matside::platform {

// Owns one GL texture; move-only. Needs a current GL context to create and destroy.
class Texture {
public:
    // Uploads `width` x `height` RGBA8 pixels (rows top to bottom). With `mipmaps`, a large
    // picture shown small stays smooth; without, it costs a third less (llvmpipe keeps it in
    // process memory), for pictures already decoded to the size they are shown at.
    // Nothing when the size is unusable.
    static std::optional<Texture> fromRgba(const std::uint8_t* pixels, int width, int height, bool mipmaps = true);
    std::size_t bytes() const { return m_bytes; } // pixel bytes held, mipmaps included

    Texture(Texture&& other) noexcept;
    Texture& operator=(Texture&& other) noexcept;
    Texture(const Texture&) = delete;
    Texture& operator=(const Texture&) = delete;
    ~Texture();

    void* imguiId() const; // ImTextureID for ImGui::Image / AddImage
    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    Texture(unsigned id, int width, int height, std::size_t bytes)
        : m_id(id),
          m_width(width),
          m_height(height),
          m_bytes(bytes) {}
    unsigned m_id = 0;
    int m_width = 0, m_height = 0;
    std::size_t m_bytes = 0;
};

} // namespace matside::platform
