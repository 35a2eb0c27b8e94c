// A file manager's drag and drop, for window tests: drops file URIs on an X window through the
// XDND protocol (version 5), as Nautilus or Thunar would, since xdotool cannot drag between
// programs. Usage: xdnd_drop WINDOW_ID X Y PATH... (X, Y in root coordinates). Exit 0 once the
// target has taken the data and said XdndFinished, 1 on any refusal or after 10 s.
// SPDX-License-Identifier: GPL-3.0-or-later
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

namespace {

struct Atoms {
    Atom aware, enter, position, status, drop, finished, selection, copy, uriList;
    explicit Atoms(Display* d)
        : aware(XInternAtom(d, "XdndAware", False)),
          enter(XInternAtom(d, "XdndEnter", False)),
          position(XInternAtom(d, "XdndPosition", False)),
          status(XInternAtom(d, "XdndStatus", False)),
          drop(XInternAtom(d, "XdndDrop", False)),
          finished(XInternAtom(d, "XdndFinished", False)),
          selection(XInternAtom(d, "XdndSelection", False)),
          copy(XInternAtom(d, "XdndActionCopy", False)),
          uriList(XInternAtom(d, "text/uri-list", False)) {}
};

void send(Display* d, Window target, Atom type, long l0, long l1, long l2, long l3, long l4) {
    XEvent e{};
    e.xclient.type = ClientMessage;
    e.xclient.display = d;
    e.xclient.window = target;
    e.xclient.message_type = type;
    e.xclient.format = 32;
    e.xclient.data.l[0] = l0;
    e.xclient.data.l[1] = l1;
    e.xclient.data.l[2] = l2;
    e.xclient.data.l[3] = l3;
    e.xclient.data.l[4] = l4;
    XSendEvent(d, target, False, NoEventMask, &e);
    XFlush(d);
}

// file:// URIs, one per line, with the characters a URI may not hold percent-encoded.
std::string uriList(int count, char** paths) {
    std::string out;
    for (int i = 0; i < count; ++i) {
        out += "file://";
        for (const unsigned char c : std::string(paths[i])) {
            if (std::isalnum(c) || std::string("/-_.~").find(static_cast<char>(c)) != std::string::npos) {
                out += static_cast<char>(c);
            } else {
                char hex[4];
                std::snprintf(hex, sizeof hex, "%%%02X", c);
                out += hex;
            }
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: xdnd_drop WINDOW_ID X Y PATH...\n");
        return 2;
    }
    Display* d = XOpenDisplay(nullptr);
    if (!d) return std::fprintf(stderr, "xdnd_drop: no X display\n"), 1;
    const Window target = std::strtoul(argv[1], nullptr, 0);
    const long x = std::atol(argv[2]), y = std::atol(argv[3]);
    const Atoms a(d);
    const std::string data = uriList(argc - 4, argv + 4);

    // The target must say it takes drops (GLFW sets XdndAware to 5 on every window).
    Atom type = None;
    int format = 0;
    unsigned long items = 0, after = 0;
    unsigned char* prop = nullptr;
    if (XGetWindowProperty(d, target, a.aware, 0, 1, False, XA_ATOM, &type, &format, &items, &after, &prop) !=
            Success ||
        items == 0)
        return std::fprintf(stderr, "xdnd_drop: window 0x%lx is not XdndAware\n", target), 1;
    XFree(prop);

    const Window source = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
    XSetSelectionOwner(d, a.selection, source, CurrentTime);
    send(d, target, a.enter, static_cast<long>(source), 5L << 24, static_cast<long>(a.uriList), None, None);
    send(d, target, a.position, static_cast<long>(source), 0, (x << 16) | y, CurrentTime, static_cast<long>(a.copy));

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    bool dropped = false;
    while (std::chrono::steady_clock::now() < deadline) {
        if (!XPending(d)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        XEvent e;
        XNextEvent(d, &e);
        if (e.type == ClientMessage && e.xclient.message_type == a.status && !dropped) {
            if (!(e.xclient.data.l[1] & 1)) return std::fprintf(stderr, "xdnd_drop: the target refused the drop\n"), 1;
            send(d, target, a.drop, static_cast<long>(source), 0, CurrentTime, 0, 0);
            dropped = true;
        } else if (e.type == SelectionRequest) {
            // The target asks for the data: hand it the URI list in the property it named.
            const XSelectionRequestEvent& r = e.xselectionrequest;
            XEvent reply{};
            reply.xselection.type = SelectionNotify;
            reply.xselection.requestor = r.requestor;
            reply.xselection.selection = r.selection;
            reply.xselection.target = r.target;
            reply.xselection.time = r.time;
            reply.xselection.property = None;
            if (r.target == a.uriList) {
                XChangeProperty(d, r.requestor, r.property, a.uriList, 8, PropModeReplace,
                                reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
                reply.xselection.property = r.property;
            }
            XSendEvent(d, r.requestor, False, NoEventMask, &reply);
            XFlush(d);
        } else if (e.type == ClientMessage && e.xclient.message_type == a.finished) {
            XCloseDisplay(d);
            return 0;
        }
    }
    std::fprintf(stderr, "xdnd_drop: no XdndFinished from 0x%lx within 10 s\n", target);
    return 1;
}
