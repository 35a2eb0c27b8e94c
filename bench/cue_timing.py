# Cue timing for bench/run: where each cue tone landed in OpenAL Soft's wave-backend WAV,
# against the time the player's --log-events JSON lines say it was due. The same method as
# tests/ui/sound_window_test.cpp and tests/audio/wave_render_test.cpp (Goertzel amplitude of
# the tone's first note over a 20 ms Hann window in 2 ms steps; onset = first window at half
# the tone's own rendered amplitude, reported at the window's centre), ported to Python.
#
# The WAV's clock starts when the device opened, not at launch, so the WAV is tied to the
# session's clock by the median offset of all tones (onset minus due time); a tone's error is
# its distance from that line: how far it strayed from where its neighbours put it, which is
# what a listener hears. A constant output latency (the same for every tone) is not seen.
# The player must not pause its mixer while recording (see bench/no_pause_shim.c).
# SPDX-License-Identifier: GPL-3.0-or-later
import json, math, statistics

WINDOW_S, STEP_S = 0.020, 0.002
SEARCH_S = 0.150  # as the C++ tests: a tone is looked for this far either side of its place

# What app/audio/cue_sounds.cpp and tone_synth.cpp say: cue -> notes of its tone
# (start ms, duration ms, Hz, amplitude, attack ms, release ms, decay /s, harmonic2, harmonic3).
def _note(start, dur, hz, amp=0.5):
    return (start, dur, hz, amp, 5, 30, 0.0, 0.25, 0.10)

def _bell(start, hz):
    return (start, 700, hz, 0.32, 6, 120, 3.0, 0.15, 0.05)

TONES = {
    "countdown": [_note(0, 90, 880)],
    "work_start": [_note(0, 120, 660), _note(130, 220, 990)],
    "work_end": [_note(0, 120, 784), _note(130, 260, 392)],
    "rep_count": [(0, 40, 1568, 0.22, 3, 25, 0.0, 0.0, 0.0)],
    "switch_sides": [_note(0, 100, 587), _note(120, 100, 440), _note(240, 100, 587), _note(360, 100, 440)],
    "session_done": [_bell(0, 523.25), _bell(150, 659.25), _bell(300, 783.99), _bell(450, 1046.5)],
}

def tone_seconds(cue):
    return max(n[0] + n[1] for n in TONES[cue]) / 1000.0

def _envelope(n, t_ms):
    start, dur, hz, amp, attack, release, decay, h2, h3 = n
    if t_ms < 0 or t_ms > dur:
        return 0.0
    e = 1.0
    if t_ms < attack:
        e *= 0.5 - 0.5 * math.cos(math.pi * t_ms / attack)
    elif decay > 0:
        e *= math.exp(-decay * (t_ms - attack) / 1000.0)
    if dur - t_ms < release:
        e *= 0.5 - 0.5 * math.cos(math.pi * (dur - t_ms) / release)
    return e

def render(cue, rate):
    """The tone as renderNotes makes it, as floats in -1..1."""
    notes = TONES[cue]
    count = int(math.ceil(max(n[0] + n[1] for n in notes) * rate / 1000.0)) + 1
    mix = [0.0] * count
    for n in notes:
        start, dur, hz, amp, _, _, _, h2, h3 = n
        norm = 1.0 / (1.0 + h2 + h3)
        for i in range(int(math.ceil(start * rate / 1000.0)), count):
            t_ms = i * 1000.0 / rate - start
            if t_ms > dur:
                break
            ph = 2 * math.pi * hz * t_ms / 1000.0
            mix[i] += amp * norm * _envelope(n, t_ms) * (math.sin(ph) + h2 * math.sin(2 * ph) + h3 * math.sin(3 * ph))
    peak = max(abs(v) for v in mix)
    scale = 0.9 / peak if peak > 0.9 else 1.0
    return [v * scale for v in mix]

class Wav:
    """An int16 PCM WAV as OpenAL Soft writes it (WAVE_FORMAT_EXTENSIBLE, which Python's
    `wave` does not read before 3.12), as mono floats; sizes not yet filled in are tolerated."""
    def __init__(self, path):
        data = open(path, "rb").read()
        if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
            raise ValueError(f"{path}: not a RIFF/WAVE file ({len(data)} bytes)")
        pos, channels, bits, self.rate = 12, 0, 0, 0
        while pos + 8 <= len(data):
            cid, size = data[pos:pos + 4], int.from_bytes(data[pos + 4:pos + 8], "little")
            body = data[pos + 8:pos + 8 + size]
            if cid == b"fmt ":
                channels = int.from_bytes(body[2:4], "little")
                self.rate = int.from_bytes(body[4:8], "little")
                bits = int.from_bytes(body[14:16], "little")
            elif cid == b"data":
                break
            pos += 8 + size + (size & 1)
        else:
            raise ValueError(f"{path}: no data chunk")
        if bits != 16 or channels < 1:
            raise ValueError(f"{path}: expected int16 PCM, got {bits} bits, {channels} channels")
        pcm = memoryview(body[:len(body) // (2 * channels) * 2 * channels]).cast("h")
        self.samples = [sum(pcm[i:i + channels]) / (32768.0 * channels) for i in range(0, len(pcm), channels)] \
            if channels > 1 else [v / 32768.0 for v in pcm]
        self.seconds = len(self.samples) / self.rate
        n = int(WINDOW_S * self.rate)
        self._hann = [0.5 - 0.5 * math.cos(2 * math.pi * i / (n - 1)) for i in range(n)]

    def amplitude(self, at_s, hz, samples=None):
        """Goertzel amplitude of `hz` in the 20 ms window starting at `at_s` (as wav_analysis.cpp)."""
        s = self.samples if samples is None else samples
        begin, n = max(0, int(at_s * self.rate)), len(self._hann)
        if begin + n > len(s):
            return 0.0
        coeff = 2 * math.cos(2 * math.pi * hz / self.rate)
        s1 = s2 = 0.0
        for x, h in zip(s[begin:begin + n], self._hann):
            s1, s2 = x * h + coeff * s1 - s2, s1
        return 2 * math.sqrt(max(0.0, s1 * s1 + s2 * s2 - coeff * s1 * s2)) / (n * 0.5)

    def onset(self, hz, threshold, from_s, to_s):
        t = max(0.0, from_s)
        while t < min(to_s, self.seconds):
            if self.amplitude(t, hz) >= threshold:
                return t + WINDOW_S / 2
            t += STEP_S
        return None

def expected_tones(log_lines, exclude):
    """(due seconds, cue) for every cue with a tone, as cue_player.cpp schedules them: a
    countdown pip at its own time, other tones of one moment one after another."""
    tones, tone_end = [], -1.0
    for line in log_lines:
        e = json.loads(line)
        if e.get("event") != "cue" or e.get("cue") not in TONES:
            continue
        t = float(e["t"])
        if any(a <= t <= b for a, b in exclude):
            continue  # muted on purpose (a burst of skips): nothing was played
        at = t if e["cue"] == "countdown" else max(t, tone_end)
        tone_end = max(tone_end, at + tone_seconds(e["cue"]))
        tones.append((at, e["cue"]))
    return tones

def analyse(wav_path, log_path, exclude=()):
    """Matches every expected tone to its onset in the WAV. Returns a dict of figures."""
    wav = Wav(wav_path)
    thresholds = {}
    for cue in TONES:
        r, hz = render(cue, wav.rate), TONES[cue][0][2]
        peak, t = 0.0, 0.0
        while (t + WINDOW_S) * wav.rate < len(r):
            peak = max(peak, wav.amplitude(t, hz, r))
            t += STEP_S
        thresholds[cue] = 0.5 * peak
    tones = expected_tones(open(log_path).read().splitlines(), exclude)
    found, missing, offset = [], [], None  # found: (due, onset, cue)
    for due, cue in tones:
        hz, thr = TONES[cue][0][2], thresholds[cue]
        if offset is None:  # the first tone: the first onset of its pitch anywhere in the WAV
            onset = wav.onset(hz, thr, 0.0, wav.seconds)
        else:
            onset = wav.onset(hz, thr, due + offset - SEARCH_S, due + offset + SEARCH_S)
        if onset is None:
            missing.append((due, cue))
            continue
        offset = offset if offset is not None else onset - due
        found.append((due, onset, cue))
    mid = statistics.median(onset - due for due, onset, _ in found) if found else 0.0
    errors = [(abs(onset - due - mid), due, cue) for due, onset, cue in found]
    kinds = {}
    for _, _, cue in found:
        kinds[cue] = kinds.get(cue, 0) + 1
    worst = max(errors) if errors else (float("nan"), None, None)
    return {
        "expected": len(tones), "found": len(found), "missing": missing, "worst_ms": worst[0] * 1000,
        "worst_at": worst[1], "worst_cue": worst[2], "kinds": kinds, "wav_seconds": wav.seconds,
    }
