// bench/floor: the smallest honest program doing the player's visible job (issue 18), to
// measure matside against in the same run: GLFW + Dear ImGui 1.86, DejaVu Sans through
// fontconfig at the player's sizes, a countdown in digits as big as the player's, redrawn
// once a second, sleeping in glfwWaitEventsTimeout in between.
// Usage: floor [--size WxH] [--exit-after SECONDS]   (prints "floor: first frame at T")
// SPDX-License-Identifier: GPL-3.0-or-later
#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

std::string fontFile(const char* pattern) {
    std::string file;
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
    FcConfigSubstitute(nullptr, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    if (FcPattern* match = FcFontMatch(nullptr, pat, &result)) {
        FcChar8* path = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch) file = reinterpret_cast<char*>(path);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pat);
    return file;
}

} // namespace

int main(int argc, char** argv) {
    int width = 1280, height = 800;
    double exitAfter = 30;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--size")) std::sscanf(argv[i + 1], "%dx%d", &width, &height);
        if (!std::strcmp(argv[i], "--exit-after")) exitAfter = std::atof(argv[i + 1]);
    }

    // Window and GL 3.3 core context, as the player's.
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(width, height, "floor", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) return 1;
    glfwSwapInterval(1);

    // ImGui with the player's faces and sizes (ui/theme.cpp typeScaleFor at text size 1).
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    const float body = std::round(std::max(std::min(height / 34.0f, width / 52.0f), 14.0f));
    const float digitsForWidth = (width - 3 * body) * 0.56f / (3 * 0.56f + 0.28f);
    const float digitsPx = std::round(std::max(std::min(height * 0.43f, digitsForWidth), body * 2));
    static const ImWchar text[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190, 0x2193, 0x2212, 0x2212, 0};
    static const ImWchar digitRange[] = {0x0030, 0x003A, 0};
    const std::string regular = fontFile("DejaVu Sans:style=Book"), bold = fontFile("DejaVu Sans:style=Bold");
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->AddFontFromFileTTF(regular.c_str(), body, nullptr, text);
    ImFont* digits = io.Fonts->AddFontFromFileTTF(bold.c_str(), digitsPx, nullptr, digitRange);
    if (!digits) return 1;

    // Loop: one frame a second (when the shown second changes), asleep in between.
    const auto start = std::chrono::steady_clock::now();
    bool first = true;
    while (!glfwWindowShouldClose(window)) {
        const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!first && t >= exitAfter) break; // --exit-after 0: exactly one frame
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const int left = std::max(0, 30 - static_cast<int>(t));
        char label[16];
        std::snprintf(label, sizeof label, "%d:%02d", left / 60, left % 60);
        const ImVec2 size = digits->CalcTextSizeA(digitsPx, FLT_MAX, 0, label);
        ImGui::GetBackgroundDrawList()->AddText(digits, digitsPx,
                                                ImVec2((width - size.x) * 0.5f, (height - size.y) * 0.5f),
                                                IM_COL32(240, 240, 240, 255), label);
        ImGui::Render();
        glViewport(0, 0, width, height);
        glClearColor(0.1f, 0.1f, 0.12f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (first) {
            first = false;
            const double now =
                std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
            std::fprintf(stderr, "floor: first frame at %.6f\n", now);
        }
        const double next = std::floor(t) + 1.0; // the next second, when the digits change
        glfwWaitEventsTimeout(std::max(next - t, 0.001));
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
