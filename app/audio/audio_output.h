// The sound output: an OpenAL Soft device driven by its own thread, or silence when there is none.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/sound_ports.h"

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace matside {

struct AudioOutputOptions {
    std::string device;          // OpenAL device name; empty = the system default (default: empty)
    float volume = 0.8f;         // 0..1 master volume (default 0.8)
    bool muted = false;          // start muted (default false)
    bool reportToStderr = true;  // say once on stderr when running silently (default true)
    bool pauseWhenIdle = true;   // stop the mixer after 3 s of silence, so idle costs no CPU (default true)
};

// Keeps OpenAL Soft's own log lines ("AL lib: (EE) ...") off stderr, so running without a
// device prints matside's one line only. Call first thing in main(), before any thread
// starts (it sets ALSOFT_LOGLEVEL=0 unless the user set it).
void quietAudioLogs();

// All OpenAL work, opening the device included, happens on one audio thread: the calls
// here only post a request and return, so no driver can hang or stall the UI thread.
// Without a device (none, refused, or unplugged mid-session) it runs silently: silent()
// turns true and one line goes to stderr, once.
class AudioOutput final : public SoundOutput {
public:
    explicit AudioOutput(AudioOutputOptions options = {});
    ~AudioOutput() override;
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    void playTone(Tone tone, SteadyTime at) override;
    void pushSpeech(std::uint64_t gen, std::vector<std::int16_t> pcm, int sampleRate,
                    SteadyTime notBefore) override;
    void flushSpeech(std::uint64_t gen) override;
    void expectSoundAt(SteadyTime at) override;
    void setMuted(bool muted) override;
    void setVolume(float volume) override;
    bool muted() const;
    float volume() const;
    bool silent() const override;

    // Blocks until the device was opened or found missing; for tests and tools, not the UI.
    // Returns true when a device is open.
    bool waitUntilOpen(std::chrono::milliseconds timeout);
    // True while speech is queued or still playing.
    bool speaking() const;
    // True while the mixer is paused for lack of anything to play.
    bool devicePaused() const;
    // How many times the audio thread has woken up so far (tests check it does not spin).
    unsigned wakeUps() const;
    std::string deviceName() const;
    // Why the output is silent ("no sound device", "sound device lost"), empty otherwise.
    std::string failure() const;
    // Makes the audio thread act as if the device had just been unplugged (for tests).
    void simulateDeviceLoss();

    struct Shared; // state shared with the audio thread (which may outlive a hung close)

private:
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace matside
