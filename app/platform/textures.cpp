// GL texture upload with mipmaps (glad loader, OpenGL 3.3 core).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/textures.h"

#include <glad/gl.h>

#include <cstdint>
#include <utility>

namespace matside::platform {

std::optional<Texture> Texture::fromRgba(const std::uint8_t* pixels, int width, int height, bool mipmaps) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSize);
    if (!pixels || width <= 0 || height <= 0 || width > maxSize || height > maxSize) return std::nullopt;
    GLuint id = 0;
    glGenTextures(1, &id);
    if (!id) return std::nullopt;
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glBindTexture(GL_TEXTURE_2D, id);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    if (mipmaps) glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, mipmaps ? GL_LINEAR_MIPMAP_LINEAR : GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    const std::size_t level0 = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
    return Texture(id, width, height, mipmaps ? level0 * 4 / 3 : level0);
}

Texture::Texture(Texture&& other) noexcept
    : m_id(std::exchange(other.m_id, 0)),
      m_width(other.m_width),
      m_height(other.m_height),
      m_bytes(other.m_bytes) {}

Texture& Texture::operator=(Texture&& other) noexcept {
    if (this != &other) {
        if (m_id) glDeleteTextures(1, &m_id);
        m_id = std::exchange(other.m_id, 0);
        m_width = other.m_width;
        m_height = other.m_height;
        m_bytes = other.m_bytes;
    }
    return *this;
}

Texture::~Texture() {
    if (m_id) glDeleteTextures(1, &m_id);
}

void* Texture::imguiId() const { return reinterpret_cast<void*>(static_cast<std::uintptr_t>(m_id)); }

} // namespace matside::platform
