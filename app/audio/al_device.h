// The OpenAL Soft objects behind AudioOutput: device, context, tone sources, one streaming speech source.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/tone_synth.h"

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

// OpenAL's handle types, declared as <AL/alc.h> does, so this header stays free of AL includes.
struct ALCdevice_struct;
struct ALCcontext_struct;

namespace matside {

// A chunk of speech waiting to be streamed.
struct PcmChunk {
    std::vector<std::int16_t> samples;
    int sampleRate = 22050;
    std::size_t consumed = 0; // samples already handed to OpenAL
};

// Used only by the audio thread: OpenAL calls never happen anywhere else, so a slow or
// wedged driver can never stall the UI thread.
class AlDevice {
public:
    AlDevice() = default;
    ~AlDevice() { close(); }
    AlDevice(const AlDevice&) = delete;
    AlDevice& operator=(const AlDevice&) = delete;

    // Opens `name` (empty = the default device), makes a context, renders and uploads every
    // tone. On failure returns false with `why` set, leaving nothing open.
    bool open(const std::string& name, std::string& why);
    void close();
    bool isOpen() const { return m_device != nullptr; }
    std::string deviceName() const;

    void setGain(float listenerGain);
    void playTone(Tone tone);

    // Feeds queued speech to the streaming source: refills finished buffers from `fifo`,
    // restarts after an underrun. Returns true while speech is queued or still playing.
    bool pumpSpeech(std::deque<PcmChunk>& fifo);
    void stopSpeech();
    bool speechIdle() const; // nothing queued on the speech source

    // False once the device reports it is gone (ALC_EXT_disconnect); true when unknowable.
    bool connected() const;

    // True while any tone or speech is still sounding.
    bool busy() const;
    // Stops and restarts the mixer (ALC_SOFT_pause_device) so an idle device costs no CPU.
    // Without the extension both do nothing and paused() stays false.
    void pause();
    void resume();
    bool paused() const { return m_paused; }

private:
    static constexpr std::size_t kToneSources = 4;
    static constexpr std::size_t kStreamBuffers = 4;
    static constexpr int kStreamBufferMs = 100;
    static constexpr int kMixRate = 22050;
    static constexpr float kSpeechGain = 0.8f; // speech a little under the tones' level

    bool fillBuffer(unsigned buffer, std::deque<PcmChunk>& fifo);

    ::ALCdevice_struct* m_device = nullptr;
    ::ALCcontext_struct* m_context = nullptr;
    bool m_canCheckConnection = false;
    void (*m_pauseDevice)(::ALCdevice_struct*) = nullptr;
    void (*m_resumeDevice)(::ALCdevice_struct*) = nullptr;
    bool m_paused = false;
    std::array<unsigned, kToneSources> m_toneSources{};
    std::array<unsigned, kAllTones.size()> m_toneBuffers{};
    std::array<double, kToneSources> m_toneStartedAt{}; // for stealing the oldest source
    double m_toneCounter = 0;
    unsigned m_speechSource = 0;
    std::array<unsigned, kStreamBuffers> m_streamBuffers{};
    std::vector<unsigned> m_freeStreamBuffers;
};

} // namespace matside
