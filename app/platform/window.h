// The GLFW window with an OpenGL 3.3 context, its input queue and the sleeping loop helpers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/settings_dir.h"

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

struct GLFWwindow;

namespace matside::platform {

struct WindowOptions {
    std::string title = "matside";            // window title
    int width = 1280;                         // client size in screen coordinates
    int height = 800;
    std::optional<int> x, y;                  // position; nothing = let the window manager choose
    bool fullscreen = false;                  // start fullscreen on the primary monitor
};

// A key as the window saw it: GLFW key code (presses and repeats) or a typed character.
struct RawKey {
    int glfwKey = 0;        // 0 for characters
    char32_t character = 0; // 0 for key presses
    bool repeat = false;
};

class Window {
public:
    // Initialises GLFW and opens the window; on failure a one-line message for the person
    // (e.g. no display, with the xvfb-run hint).
    static std::variant<std::unique_ptr<Window>, std::string> open(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return m_window; }
    void* x11Display() const; // the X Display*, for the screen-saver suspend

    // Sleeps until an event arrives or `timeoutSeconds` passes (nothing: until an event).
    void waitEvents(std::optional<double> timeoutSeconds);
    void pollEvents();
    // Wakes a waitEvents() from another thread.
    static void wake();

    // Keys and characters typed since the last call.
    std::vector<RawKey> takeKeys();
    // Paths of files dropped on the window since the last call (a file manager's drag).
    std::vector<std::string> takeDroppedPaths();
    // True once after any input or window change (key, mouse, resize, focus, expose).
    bool takeActivity();

    bool drawable() const;                       // not minimised and of non-zero size
    void framebufferSize(int& width, int& height) const;
    float contentScale() const;                  // HiDPI factor, 1 on ordinary screens

    bool closeRequested() const;
    void cancelClose();

    bool fullscreen() const { return m_fullscreen; }
    void setFullscreen(bool on);
    // Brings the window to the front (restored if minimised), when the window manager lets it.
    void raise();
    WindowGeometry geometry() const;             // windowed placement (even while fullscreen)

    void swapBuffers();

private:
    explicit Window(GLFWwindow* window);
    static void installCallbacks(GLFWwindow* window);
    void rememberWindowedPlacement();

    GLFWwindow* m_window = nullptr;
    bool m_fullscreen = false;
    WindowGeometry m_windowed;       // placement to return to when leaving fullscreen
    std::vector<RawKey> m_keys;
    std::vector<std::string> m_dropped;
    bool m_activity = true;          // draw the first frames
    bool m_iconified = false;

    friend struct WindowCallbacks;
};

} // namespace matside::platform
