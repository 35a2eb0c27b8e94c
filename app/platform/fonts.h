// Fonts for the player: a sans face found through fontconfig, baked by Dear ImGui at the
// sizes the window needs, plus a digits-only face for the huge timer.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <vector>

struct ImFont;

namespace matside::platform {

// Pixel sizes wanted for each face (already multiplied by window size and content scale).
struct FontRequest {
    float body = 20;    // running text, key points, lists
    float heading = 30; // exercise name, phase word, counters
    float title = 48;   // screen titles
    float digits = 300; // the timer or rep count: only 0-9 and ':' are baked
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
    ImFont* digits = nullptr;
};

// Where a face lives on disk, found through fontconfig; empty when none (then ImGui's
// built-in bitmap font is used).
std::string findFontFile(const std::string& pattern);

class FontManager {
public:
    FontManager(); // looks the faces up once; cheap to rebuild later
    // Rebuilds the atlas when any size moved by more than `tolerance` (a fraction) from the
    // baked one, and re-creates the GL font texture. Returns true when it rebuilt.
    // Call between frames, after ImGui's OpenGL backend is initialised.
    bool update(const FontRequest& wanted, float tolerance = 0.06f);
    // Builds the atlas without touching GL, so it can run on a thread while the window
    // and its GL context are being created (no other ImGui call may run meanwhile).
    // update() then only re-creates the texture if the sizes turned out different.
    void prebuild(const FontRequest& expected) { build(expected); }
    const Fonts& fonts() const { return m_fonts; }
    bool usingFallback() const { return m_regular.empty(); }
    const std::string& regularFile() const { return m_regularFile; }
    // The atlas texture's bytes (one a texel), for the memory figures.
    std::size_t textureBytes() const { return m_textureBytes; }
    // Deletes the atlas texture; call while the GL context is still current (before the
    // backend shuts down). The next update() makes it again.
    void releaseTexture();

private:
    void build(const FontRequest& sizes);
    void makeBackendObjects();
    void upload();

    std::string m_regularFile, m_boldFile;
    std::vector<unsigned char> m_regular, m_bold; // file bytes, owned here and lent to the atlas
    FontRequest m_baked{0, 0, 0, 0};
    bool m_textureMade = false;
    unsigned m_texture = 0; // GL name of the atlas texture (ours, not the backend's)
    std::size_t m_textureBytes = 0;
    Fonts m_fonts;
};

} // namespace matside::platform
