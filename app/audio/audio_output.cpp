// The audio thread: opens the device, starts tones on time, streams speech, notices a lost device.
#include "audio/audio_output.h"

#include "audio/al_device.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <utility>

namespace matside {
namespace {

using namespace std::chrono_literals;

constexpr auto kStaleTone = 250ms;       // a tone this late is dropped, not played out of time
constexpr auto kStreamPoll = 30ms;       // wake-up period while speech streams
constexpr auto kConnectionPoll = 500ms;  // how often an idle thread checks the device is there

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
    std::string deviceName;
    std::string failure;
};

namespace {

void goSilent(AudioOutput::Shared& s, AlDevice& device, const std::string& why) {
    device.close();
    std::lock_guard lock(s.mutex);
    if (!s.silent && s.options.reportToStderr)
        std::cerr << "matside: " << why << "; running silently\n";
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
    bool flush = false;
    bool gainDirty = false;
    float gain = 1;
    bool loseDevice = false;
};

Work takeWork(AudioOutput::Shared& s, SteadyTime now) {
    Work w;
    s.posted = false;
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
    return w;
}

void audioThread(std::shared_ptr<AudioOutput::Shared> shared) {
    AudioOutput::Shared& s = *shared;
    AlDevice device;
    std::string why;
    const bool opened = device.open(s.options.device, why);
    if (!opened) goSilent(s, device, why);
    {
        std::lock_guard lock(s.mutex);
        s.openAttempted = true;
        if (opened) s.deviceName = device.deviceName();
    }
    s.changed.notify_all();

    std::deque<PcmChunk> fifo;
    SteadyTime lastCheck = std::chrono::steady_clock::now();
    SteadyTime wakeAt = lastCheck;
    for (;;) {
        Work w;
        {
            std::unique_lock lock(s.mutex);
            s.wake.wait_until(lock, wakeAt, [&] { return s.stop || s.posted; });
            if (s.stop) break;
            w = takeWork(s, std::chrono::steady_clock::now());
        }
        const SteadyTime now = std::chrono::steady_clock::now();
        if (!device.isOpen()) {
            wakeAt = now + 1h; // silent: requests are dropped as they come
            continue;
        }
        if (w.flush) {
            device.stopSpeech();
            fifo.clear();
        }
        if (w.gainDirty) device.setGain(w.gain);
        for (Tone t : w.due) device.playTone(t);
        for (PcmChunk& c : w.speech) fifo.push_back(std::move(c));
        // A new line waits for its tone to finish, unless speech is already flowing.
        bool streaming = false;
        if (!fifo.empty() && device.speechIdle() && now < w.speechNotBefore) {
            wakeAt = w.speechNotBefore;
        } else {
            streaming = device.pumpSpeech(fifo);
            wakeAt = now + (streaming ? kStreamPoll : kConnectionPoll);
        }
        if (w.nextTone && *w.nextTone < wakeAt) wakeAt = *w.nextTone;
        {
            std::lock_guard lock(s.mutex);
            s.speaking = streaming || !fifo.empty() || !s.speech.empty();
        }
        bool lost = w.loseDevice;
        if (!lost && now - lastCheck >= kConnectionPoll) {
            lastCheck = now;
            lost = !device.connected();
        }
        if (lost) {
            goSilent(s, device, "sound device lost");
            s.changed.notify_all();
        }
    }
    device.close();
    {
        std::lock_guard lock(s.mutex);
        s.finished = true;
    }
    s.changed.notify_all();
}

} // namespace

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
