// The audio thread: opens the device, starts tones on time, streams speech, notices a lost device.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_output.h"

#include "audio/al_device.h"
#include "core/stderr_line.h"

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <utility>

namespace matside {
namespace {

using namespace std::chrono_literals;

constexpr auto kStaleTone = 250ms;       // a tone this late is dropped, not played out of time
constexpr auto kStreamPoll = 100ms;      // wake-up period while speech streams (4 x 100 ms queued)
constexpr auto kConnectionPoll = 500ms;  // how often an idle thread checks the device is there
constexpr auto kIdleBeforePause = 3s;    // silence this long pauses the mixer (no CPU while idle)
constexpr auto kWarmUp = 300ms;          // the mixer restarts this long before an expected sound

struct ToneRequest {
    Tone tone;
    SteadyTime at;
};

} // namespace

struct AudioOutput::Shared {
    AudioOutputOptions options;
    mutable std::mutex mutex;
    std::condition_variable wake;    // the audio thread waits on it
    std::condition_variable changed; // callers of waitUntilOpen() and the destructor wait on it
    std::vector<ToneRequest> tones;
    std::deque<PcmChunk> speech;     // chunks not yet taken by the audio thread
    SteadyTime speechNotBefore{};
    std::uint64_t speechGen = 0;
    bool posted = true;              // something above changed since the thread last looked
    bool flush = false;
    bool gainDirty = true;
    bool loseDevice = false;
    bool stop = false;
    bool openAttempted = false;
    bool finished = false;
    bool silent = false;
    bool speaking = false;
    bool paused = false;
    unsigned passes = 0;             // how often the audio thread woke up (tests: no busy loop)
    std::optional<SteadyTime> expectAt;
    std::string deviceName;
    std::string failure;
};

namespace {

void goSilent(AudioOutput::Shared& s, AlDevice& device, const std::string& why) {
    device.close();
    std::lock_guard lock(s.mutex);
    if (!s.silent && s.options.reportToStderr)
        printStderrLine("matside: " + why + "; running silently");
    s.silent = true;
    s.speaking = false;
    s.failure = why;
    s.tones.clear();
    s.speech.clear();
}

// One pass of work taken from the shared state under the lock.
struct Work {
    std::vector<Tone> due;
    std::deque<PcmChunk> speech;
    SteadyTime speechNotBefore{};
    std::optional<SteadyTime> nextTone;
    std::optional<SteadyTime> expectAt;
    bool flush = false;
    bool gainDirty = false;
    float gain = 1;
    bool loseDevice = false;
};

Work takeWork(AudioOutput::Shared& s, SteadyTime now) {
    Work w;
    s.posted = false;
    ++s.passes;
    w.flush = std::exchange(s.flush, false);
    w.gainDirty = std::exchange(s.gainDirty, false);
    w.gain = s.options.muted ? 0.0f : s.options.volume;
    w.loseDevice = std::exchange(s.loseDevice, false);
    std::erase_if(s.tones, [&](const ToneRequest& r) {
        if (r.at > now) {
            if (!w.nextTone || r.at < *w.nextTone) w.nextTone = r.at;
            return false;
        }
        if (now - r.at <= kStaleTone) w.due.push_back(r.tone);
        return true;
    });
    w.speech.swap(s.speech);
    w.speechNotBefore = s.speechNotBefore;
    w.expectAt = std::exchange(s.expectAt, std::nullopt);
    return w;
}

// The audio thread's own state between passes; only it touches the device.
class AudioLoop {
public:
    explicit AudioLoop(AudioOutput::Shared& s) : m_s(s) {}

    void run() {
        open();
        SteadyTime wakeAt = std::chrono::steady_clock::now();
        for (;;) {
            Work w;
            {
                std::unique_lock lock(m_s.mutex);
                m_s.wake.wait_until(lock, wakeAt, [&] { return m_s.stop || m_s.posted; });
                if (m_s.stop) break;
                w = takeWork(m_s, std::chrono::steady_clock::now());
            }
            const SteadyTime now = std::chrono::steady_clock::now();
            wakeAt = m_device.isOpen() ? pass(w, now) : now + 1h; // silent: requests are dropped
        }
        m_device.close();
        {
            std::lock_guard lock(m_s.mutex);
            m_s.finished = true;
        }
        m_s.changed.notify_all();
    }

private:
    void open() {
        std::string why;
        const bool opened = m_device.open(m_s.options.device, why);
        if (!opened) goSilent(m_s, m_device, why);
        {
            std::lock_guard lock(m_s.mutex);
            m_s.openAttempted = true;
            if (opened) m_s.deviceName = m_device.deviceName();
        }
        m_s.changed.notify_all();
        m_lastCheck = m_lastActive = std::chrono::steady_clock::now();
    }

    // One pass: apply requests, feed speech, pause or check the device. Returns when to wake.
    SteadyTime pass(Work& w, SteadyTime now) {
        if (w.expectAt) m_expectAt = w.expectAt;
        // Sound now, or expected within the warm-up time, needs the mixer running.
        bool needed = !w.due.empty() || !w.speech.empty() || !m_fifo.empty();
        for (const std::optional<SteadyTime>& soon : {m_expectAt, w.nextTone})
            if (soon && now >= *soon - kWarmUp) {
                needed = true;
                m_lastActive = std::max(m_lastActive, *soon);
            }
        if (m_expectAt && now >= *m_expectAt - kWarmUp) m_expectAt.reset();
        if (needed) m_device.resume();

        if (w.flush) {
            m_device.stopSpeech();
            m_fifo.clear();
        }
        if (w.gainDirty) m_device.setGain(w.gain);
        for (Tone t : w.due) m_device.playTone(t);
        for (PcmChunk& c : w.speech) m_fifo.push_back(std::move(c));

        // A new line waits for its tone to finish, unless speech is already flowing.
        SteadyTime wakeAt = now + kConnectionPoll;
        bool streaming = false;
        if (!m_fifo.empty() && m_device.speechIdle() && now < w.speechNotBefore) {
            wakeAt = w.speechNotBefore;
        } else if (!m_device.paused()) {
            streaming = m_device.pumpSpeech(m_fifo);
            if (streaming) wakeAt = now + kStreamPoll;
        }
        {
            std::lock_guard lock(m_s.mutex);
            m_s.speaking = streaming || !m_fifo.empty() || !m_s.speech.empty();
        }
        if (needed || streaming || m_device.busy()) m_lastActive = std::max(m_lastActive, now);
        if (m_s.options.pauseWhenIdle && !m_device.paused() && now - m_lastActive >= kIdleBeforePause) m_device.pause();
        {
            std::lock_guard lock(m_s.mutex);
            m_s.paused = m_device.paused();
        }
        if (!m_device.paused() && m_s.options.pauseWhenIdle) wakeAt = std::min(wakeAt, m_lastActive + kIdleBeforePause);
        // Wake to warm the mixer up ahead of a sound, and again when a tone is due.
        for (const std::optional<SteadyTime>& soon : {m_expectAt, w.nextTone})
            if (soon && *soon - kWarmUp > now) wakeAt = std::min(wakeAt, *soon - kWarmUp);
        if (w.nextTone) wakeAt = std::min(wakeAt, *w.nextTone);
        checkConnection(w.loseDevice, now);
        return wakeAt;
    }

    void checkConnection(bool forcedLoss, SteadyTime now) {
        bool lost = forcedLoss;
        if (!lost && now - m_lastCheck >= kConnectionPoll) {
            m_lastCheck = now;
            lost = !m_device.connected();
        }
        if (lost) {
            goSilent(m_s, m_device, "sound device lost");
            m_s.changed.notify_all();
        }
    }

    AudioOutput::Shared& m_s;
    AlDevice m_device;
    std::deque<PcmChunk> m_fifo;
    std::optional<SteadyTime> m_expectAt; // the next sound the cue player expects
    SteadyTime m_lastActive{};            // last moment anything sounded or was due
    SteadyTime m_lastCheck{};
};

void audioThread(std::shared_ptr<AudioOutput::Shared> shared) {
    AudioLoop(*shared).run();
}

} // namespace

void quietAudioLogs() {
    setenv("ALSOFT_LOGLEVEL", "0", 0); // 0: keep a value the user chose
}

AudioOutput::AudioOutput(AudioOutputOptions options) : m_shared(std::make_shared<Shared>()) {
    m_shared->options = std::move(options);
    m_thread = std::thread(audioThread, m_shared);
}

AudioOutput::~AudioOutput() {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stop = true;
        m_shared->posted = true;
    }
    m_shared->wake.notify_all();
    // A driver wedged in open or close must not hang the app on exit: give it 2 s, then
    // leave the thread behind (it owns its share of the state).
    std::unique_lock lock(m_shared->mutex);
    if (m_shared->changed.wait_for(lock, 2s, [&] { return m_shared->finished; })) {
        lock.unlock();
        m_thread.join();
    } else {
        m_thread.detach();
    }
}

void AudioOutput::playTone(Tone tone, SteadyTime at) {
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->silent || m_shared->options.muted) return;
        m_shared->tones.push_back(ToneRequest{tone, at});
        m_shared->posted = true;
    }
    m_shared->wake.notify_one();
}

void AudioOutput::pushSpeech(std::uint64_t gen, std::vector<std::int16_t> pcm, int sampleRate,
                             SteadyTime notBefore) {
    {
        std::lock_guard lock(m_shared->mutex);
        Shared& s = *m_shared;
        if (s.silent || s.options.muted || gen < s.speechGen || pcm.empty()) return;
        if (s.speech.empty() && !s.speaking) s.speechNotBefore = notBefore;
        s.speech.push_back(PcmChunk{std::move(pcm), sampleRate, 0});
        s.speaking = true;
        s.posted = true;
    }
    m_shared->wake.notify_one();
}

void AudioOutput::flushSpeech(std::uint64_t gen) {
    {
        std::lock_guard lock(m_shared->mutex);
        if (gen > m_shared->speechGen) m_shared->speechGen = gen;
        m_shared->speech.clear();
        m_shared->flush = true;
        m_shared->speaking = false;
        m_shared->posted = true;
    }
    m_shared->wake.notify_one();
}

void AudioOutput::expectSoundAt(SteadyTime at) {
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->silent || m_shared->options.muted) return;
        m_shared->expectAt = at;
        m_shared->posted = true;
    }
    m_shared->wake.notify_one();
}

unsigned AudioOutput::wakeUps() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->passes;
}

bool AudioOutput::devicePaused() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->paused;
}

void AudioOutput::setMuted(bool muted) {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->options.muted = muted;
        m_shared->gainDirty = true;
        m_shared->posted = true;
        if (muted) {
            m_shared->tones.clear();
            m_shared->speech.clear();
            m_shared->flush = true;
        }
    }
    m_shared->wake.notify_one();
}

void AudioOutput::setVolume(float volume) {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->options.volume = std::clamp(volume, 0.0f, 1.0f);
        m_shared->gainDirty = true;
        m_shared->posted = true;
    }
    m_shared->wake.notify_one();
}

bool AudioOutput::muted() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->options.muted;
}

float AudioOutput::volume() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->options.volume;
}

bool AudioOutput::silent() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->silent;
}

bool AudioOutput::waitUntilOpen(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_shared->mutex);
    m_shared->changed.wait_for(lock, timeout, [&] { return m_shared->openAttempted; });
    return m_shared->openAttempted && !m_shared->silent;
}

bool AudioOutput::speaking() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->speaking;
}

std::string AudioOutput::deviceName() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->deviceName;
}

std::string AudioOutput::failure() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->failure;
}

void AudioOutput::simulateDeviceLoss() {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->loseDevice = true;
        m_shared->posted = true;
    }
    m_shared->wake.notify_one();
}

} // namespace matside
