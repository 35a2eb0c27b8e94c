// GLFW window: context creation, input queue via callbacks, fullscreen and sleeping waits.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/window.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <utility>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>

#include <cstdlib>
#include <string>

namespace matside::platform {

namespace {
std::string g_lastGlfwError; // GLFW reports errors through a C callback only

void onGlfwError(int, const char* description) { g_lastGlfwError = description ? description : "?"; }

Window* self(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }
} // namespace

// Callbacks are installed before ImGui's backend, which chains to them.
struct WindowCallbacks {
    static void key(GLFWwindow* w, int key, int, int action, int) {
        Window* win = self(w);
        win->m_activity = true;
        if (action == GLFW_PRESS || action == GLFW_REPEAT)
            win->m_keys.push_back(RawKey{key, 0, action == GLFW_REPEAT});
    }
    static void character(GLFWwindow* w, unsigned int c) {
        Window* win = self(w);
        win->m_activity = true;
        win->m_keys.push_back(RawKey{0, static_cast<char32_t>(c), false});
    }
    static void activity(GLFWwindow* w) { self(w)->m_activity = true; }
    static void cursor(GLFWwindow* w, double, double) { activity(w); }
    static void button(GLFWwindow* w, int, int, int) { activity(w); }
    static void scroll(GLFWwindow* w, double, double) { activity(w); }
    static void size(GLFWwindow* w, int, int) { activity(w); }
    static void focus(GLFWwindow* w, int) { activity(w); }
    static void drop(GLFWwindow* w, int count, const char** paths) {
        for (int i = 0; i < count; ++i) self(w)->m_dropped.emplace_back(paths[i]);
        activity(w);
    }
    static void iconify(GLFWwindow* w, int iconified) {
        self(w)->m_iconified = iconified != 0;
        activity(w);
    }
};

void Window::installCallbacks(GLFWwindow* w) {
    glfwSetKeyCallback(w, WindowCallbacks::key);
    glfwSetCharCallback(w, WindowCallbacks::character);
    glfwSetCursorPosCallback(w, WindowCallbacks::cursor);
    glfwSetMouseButtonCallback(w, WindowCallbacks::button);
    glfwSetScrollCallback(w, WindowCallbacks::scroll);
    glfwSetFramebufferSizeCallback(w, WindowCallbacks::size);
    glfwSetWindowRefreshCallback(w, WindowCallbacks::activity);
    glfwSetWindowFocusCallback(w, WindowCallbacks::focus);
    glfwSetWindowIconifyCallback(w, WindowCallbacks::iconify);
    glfwSetDropCallback(w, WindowCallbacks::drop);
}

std::variant<std::unique_ptr<Window>, std::string> Window::open(const WindowOptions& options) {
    glfwSetErrorCallback(onGlfwError);
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland))
        return std::string("no display: DISPLAY is not set. Run matside on a desktop, or without "
                           "a screen through `xvfb-run -a matside play`");
    if (!glfwInit())
        return "cannot open the display (" + g_lastGlfwError +
               "). Run matside on a desktop, or without a screen through `xvfb-run -a matside play`";

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE); // shown once placed, so it does not jump
    GLFWwindow* w = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!w) {
        const std::string message = "cannot create an OpenGL 3.3 window (" + g_lastGlfwError + ")";
        glfwTerminate();
        return message;
    }
    glfwMakeContextCurrent(w);
    if (!gladLoadGL(glfwGetProcAddress)) {
        glfwDestroyWindow(w);
        glfwTerminate();
        return std::string("cannot load the OpenGL 3.3 functions");
    }
    glfwSwapInterval(1);
    if (options.x && options.y) glfwSetWindowPos(w, *options.x, *options.y);

    std::unique_ptr<Window> window(new Window(w));
    glfwShowWindow(w);
    if (options.fullscreen) window->setFullscreen(true);
    return window;
}

Window::Window(GLFWwindow* window) : m_window(window) {
    glfwSetWindowUserPointer(window, this);
    installCallbacks(window);
    rememberWindowedPlacement();
}

Window::~Window() {
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

void* Window::x11Display() const { return glfwGetX11Display(); }

void Window::waitEvents(std::optional<double> timeoutSeconds) {
    if (!timeoutSeconds) glfwWaitEvents();
    else if (*timeoutSeconds <= 0) glfwPollEvents();
    else glfwWaitEventsTimeout(*timeoutSeconds);
}

void Window::pollEvents() { glfwPollEvents(); }
void Window::wake() { glfwPostEmptyEvent(); }

void Window::raise() {
    if (m_iconified) glfwRestoreWindow(m_window);
    glfwShowWindow(m_window);
    glfwFocusWindow(m_window);
    m_activity = true;
}

std::vector<std::string> Window::takeDroppedPaths() { return std::exchange(m_dropped, {}); }

std::vector<RawKey> Window::takeKeys() {
    std::vector<RawKey> keys;
    keys.swap(m_keys);
    return keys;
}

bool Window::takeActivity() {
    const bool was = m_activity;
    m_activity = false;
    return was;
}

bool Window::drawable() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(m_window, &w, &h);
    return !m_iconified && !glfwGetWindowAttrib(m_window, GLFW_ICONIFIED) &&
           glfwGetWindowAttrib(m_window, GLFW_VISIBLE) && w > 0 && h > 0;
}

void Window::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(m_window, &width, &height); }

float Window::contentScale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(m_window, &x, &y);
    return y > 0 ? y : 1.0f;
}

bool Window::closeRequested() const { return glfwWindowShouldClose(m_window); }
void Window::cancelClose() { glfwSetWindowShouldClose(m_window, GLFW_FALSE); }

void Window::rememberWindowedPlacement() {
    glfwGetWindowPos(m_window, &m_windowed.x, &m_windowed.y);
    glfwGetWindowSize(m_window, &m_windowed.width, &m_windowed.height);
}

void Window::setFullscreen(bool on) {
    if (on == m_fullscreen) return;
    if (on) {
        rememberWindowedPlacement();
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) return;
        glfwSetWindowMonitor(m_window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(m_window, nullptr, m_windowed.x, m_windowed.y, m_windowed.width,
                             m_windowed.height, GLFW_DONT_CARE);
    }
    m_fullscreen = on;
    m_activity = true;
}

WindowGeometry Window::geometry() const {
    WindowGeometry g = m_windowed;
    if (!m_fullscreen) {
        glfwGetWindowPos(m_window, &g.x, &g.y);
        glfwGetWindowSize(m_window, &g.width, &g.height);
    }
    g.fullscreen = m_fullscreen;
    return g;
}

void Window::swapBuffers() { glfwSwapBuffers(m_window); }

} // namespace matside::platform
