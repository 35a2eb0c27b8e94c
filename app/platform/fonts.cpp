// Font lookup through fontconfig and atlas (re)building for Dear ImGui 1.86.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/fonts.h"

#include "core/text_coverage.h"

#include <backends/imgui_impl_opengl3.h>
#include <fontconfig/fontconfig.h>
#include <glad/gl.h>
#include <imgui.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <utility>

namespace matside::platform {

std::string findFontFile(const std::string& pattern) {
    if (!FcInit()) return {};
    std::string file;
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern.c_str()));
    if (!pat) return {};
    FcConfigSubstitute(nullptr, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    if (FcPattern* match = FcFontMatch(nullptr, pat, &result)) {
        FcChar8* path = nullptr;
        FcBool scalable = FcFalse;
        FcPatternGetBool(match, FC_SCALABLE, 0, &scalable);
        if (FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch && scalable) {
            file = reinterpret_cast<const char*>(path);
            // stb_truetype reads TrueType/OpenType files only.
            const auto dot = file.rfind('.');
            const std::string ext = dot == std::string::npos ? "" : file.substr(dot);
            if (ext != ".ttf" && ext != ".otf" && ext != ".TTF" && ext != ".OTF") file.clear();
        }
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pat);
    return file;
}

namespace {

std::vector<unsigned char> readFile(const std::string& path) {
    if (path.empty()) return {};
    std::ifstream in(path, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {});
}

// Latin text, dashes and quotes, the multiplication sign, arrows for the help overlay: the
// ranges `validate` checks routine text against (core/text_coverage.h), so they agree.
const ImWchar* textRanges() {
    static const std::vector<ImWchar> ranges = [] {
        std::vector<ImWchar> out;
        for (const GlyphRange& r : shownGlyphRanges()) {
            out.push_back(static_cast<ImWchar>(r.first));
            out.push_back(static_cast<ImWchar>(r.last));
        }
        out.push_back(0);
        return out;
    }();
    return ranges.data();
}
// The timer needs nothing else: a tiny atlas entry even at 800 px.
const ImWchar kDigitRanges[] = {0x0030, 0x003A, 0};

ImFont* addFace(std::vector<unsigned char>& data, float size, const ImWchar* ranges, int oversample) {
    ImGuiIO& io = ImGui::GetIO();
    size = std::round(size);
    if (data.empty()) {
        ImFontConfig cfg;
        cfg.SizePixels = size;
        cfg.GlyphRanges = ranges; // the timer face: digits only, not 200 glyphs at 300 px
        cfg.OversampleH = cfg.OversampleV = 1;
        cfg.PixelSnapH = true; // a pixel font: crisp blocks at any size
        return io.Fonts->AddFontDefault(&cfg);
    }
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false; // the bytes stay in FontManager across rebuilds
    cfg.OversampleH = oversample;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = oversample == 1;
    return io.Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), size, &cfg, ranges);
}

// The built-in font (ProggyClean) holds ASCII and Latin-1 only. Its stand-ins for the few
// other characters the views print, so a bullet reads as a dot and not as '?'.
void remapForBuiltInFont(ImFont* font) {
    static constexpr std::pair<ImWchar, ImWchar> kStandIns[] = {
        {0x2022, 0x00B7},                                // bullet -> middle dot
        {0x2013, '-'},    {0x2014, '-'},  {0x2212, '-'}, // dashes, minus
        {0x2018, '\''},   {0x2019, '\''}, {0x201C, '"'}, {0x201D, '"'},
        {0x2026, '.'},                                                  // ellipsis (one dot beats a question mark)
        {0x2190, '<'},    {0x2192, '>'},  {0x2191, '^'}, {0x2193, 'v'}, // arrows
    };
    for (auto [character, standIn] : kStandIns) font->AddRemapChar(character, standIn);
}

bool movedBy(float baked, float wanted, float tolerance) {
    return baked <= 0 || std::fabs(wanted - baked) > tolerance * baked;
}

} // namespace

FontManager::FontManager()
    : m_regularFile(findFontFile("DejaVu Sans:style=Book")),
      m_boldFile(findFontFile("DejaVu Sans:style=Bold")) {
    m_regular = readFile(m_regularFile);
    m_bold = readFile(m_boldFile);
    if (m_regular.empty()) m_regularFile.clear();
    if (m_bold.empty()) { // a regular face is better than the bitmap fallback
        m_bold = m_regular;
        m_boldFile = m_regularFile;
    }
}

void FontManager::build(const FontRequest& sizes) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    m_fonts.body = addFace(m_regular, sizes.body, textRanges(), 2);
    m_fonts.heading = addFace(m_bold, sizes.heading, textRanges(), 2);
    m_fonts.title = addFace(m_bold, sizes.title, textRanges(), 1);
    m_fonts.digits = addFace(m_bold, sizes.digits, kDigitRanges, 1);
    if (!m_fonts.body || !m_fonts.heading || !m_fonts.title || !m_fonts.digits) {
        // A face that stb_truetype cannot read: fall back to the built-in font entirely.
        m_regular.clear();
        m_bold.clear();
        m_regularFile.clear();
        m_boldFile.clear();
        build(sizes);
        return;
    }
    atlas->Build();
    if (m_regular.empty())
        for (ImFont* font : {m_fonts.body, m_fonts.heading, m_fonts.title}) remapForBuiltInFont(font);
    ImGui::GetIO().FontDefault = m_fonts.body;
    m_baked = sizes;
}

bool FontManager::update(const FontRequest& wanted, float tolerance) {
    const bool moved =
        movedBy(m_baked.body, wanted.body, tolerance) || movedBy(m_baked.heading, wanted.heading, tolerance) ||
        movedBy(m_baked.title, wanted.title, tolerance) || movedBy(m_baked.digits, wanted.digits, tolerance);
    if (moved) build(wanted);
    if (!m_textureMade) {
        makeBackendObjects();
        m_textureMade = true;
        upload();
        return moved;
    }
    if (!moved) return false;
    upload();
    return true;
}

// The backend's shaders and buffers, without its RGBA copy of our atlas: it is made from a
// stand-in atlas (the built-in font, a few kB) and its texture dropped at once.
void FontManager::makeBackendObjects() {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* atlas = io.Fonts;
    ImFontAtlas standIn;
    standIn.AddFontDefault();
    io.Fonts = &standIn;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = atlas;
}

// One byte a texel (GL_R8, read back as white with the glyph's coverage as alpha) rather
// than the backend's four; the CPU copy is freed once uploaded. llvmpipe keeps textures in
// process memory, so both count in the player's PSS (issue 18).
void FontManager::upload() {
    releaseTexture();
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    m_texture = id;
    m_textureBytes = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)));
    atlas->ClearTexData();
}

void FontManager::releaseTexture() {
    if (!m_texture) return;
    const GLuint id = m_texture;
    glDeleteTextures(1, &id);
    m_texture = 0;
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

} // namespace matside::platform
