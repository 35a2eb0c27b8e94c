# Helpers shared by the bench scripts: process CPU and PSS from /proc, an Xvfb server, percentiles.
# SPDX-License-Identifier: GPL-3.0-or-later
import math, os, re, socket, subprocess, sys, tempfile, time

def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime

def pss_kb(pid):
    m = re.search(r"^Pss:\s+(\d+) kB", open(f"/proc/{pid}/smaps_rollup").read(), re.M)
    return int(m.group(1)) if m else 0

def private_kb(pid):
    """Pages only this process maps (USS): unlike PSS, it does not move with how many other
    processes happen to share Mesa's and the other libraries' pages at that moment."""
    text = open(f"/proc/{pid}/smaps_rollup").read()
    return sum(int(m) for m in re.findall(r"^Private_(?:Clean|Dirty):\s+(\d+) kB", text, re.M))

def anon_kb(pid):
    """Anonymous memory (heap, mmaps, llvmpipe's textures and buffers): the part the program's
    own choices decide. Unlike PSS and USS it does not move with whether another process maps
    libLLVM at that moment (alone, LLVM's 36 MB count as private)."""
    m = re.search(r"^Pss_Anon:\s+(\d+) kB", open(f"/proc/{pid}/smaps_rollup").read(), re.M)
    return int(m.group(1)) if m else 0

def percentile(values, p):
    """Nearest rank, as app/player/frame_timer.cpp: always one of the measured values."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))]

def start_xvfb(screen="1920x1080x24"):
    """Starts Xvfb on a free display; returns (process, ":N")."""
    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
                            pass_fds=[w], stderr=open(os.path.join(tempfile.gettempdir(), "matside-bench-xvfb.log"), "w"))
    os.close(w)
    # Read up to the newline: Xvfb dies if the pipe closes before it has written it all.
    display = b""
    while not display.endswith(b"\n"):
        chunk = os.read(r, 64)
        if not chunk:
            sys.exit("bench: Xvfb did not start")
        display += chunk
    display = display.decode().strip()
    os.close(r)
    # -displayfd can answer a moment before the server accepts clients: wait until it does.
    for _ in range(100):
        try:
            with socket.socket(socket.AF_UNIX) as sock:
                sock.connect(f"/tmp/.X11-unix/X{display}")
            break
        except OSError:
            time.sleep(0.05)
    time.sleep(0.5)
    return xvfb, ":" + display
