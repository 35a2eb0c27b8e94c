// OpenAL Soft plumbing: open/close, pre-rendered tone buffers, and the speech stream's buffer queue.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/al_device.h"

#include <AL/al.h>
#include <AL/alc.h>
#include <AL/alext.h>

#include <dlfcn.h>

#include <algorithm>
#include <mutex>

namespace matside {
namespace {

void ignoreAlsaError(const char*, int, const char*, int, const char*, ...) {}

// On a machine without a sound card, ALSA prints a dozen lines to stderr while OpenAL
// probes it; matside says it in one line of its own instead. OpenAL loads the same
// libasound.so.2, so setting ALSA's error handler here covers its calls too.
void quietAlsa() {
    static std::once_flag once;
    std::call_once(once, [] {
        void* alsa = dlopen("libasound.so.2", RTLD_NOW | RTLD_LOCAL);
        if (!alsa) return; // no ALSA, nothing to quieten
        using Handler = void (*)(const char*, int, const char*, int, const char*, ...);
        if (auto set = reinterpret_cast<int (*)(Handler)>(dlsym(alsa, "snd_lib_error_set_handler")))
            set(&ignoreAlsaError);
    });
}

} // namespace

bool AlDevice::open(const std::string& name, std::string& why) {
    quietAlsa();
    m_device = alcOpenDevice(name.empty() ? nullptr : name.c_str());
    if (!m_device) {
        why = name.empty() ? "no sound device" : "sound device \"" + name + "\" not found";
        return false;
    }
    // Mix at espeak-ng's rate: no cue has anything above 5 kHz, and half the rate halves the
    // mixer's CPU. The system (or an alsoft.conf "frequency") may still choose another.
    const ALCint attributes[] = {ALC_FREQUENCY, kMixRate, 0};
    m_context = alcCreateContext(m_device, attributes);
    if (!m_context || !alcMakeContextCurrent(m_context)) {
        why = "could not start the sound device";
        close();
        return false;
    }
    m_canCheckConnection = alcIsExtensionPresent(m_device, "ALC_EXT_disconnect") == ALC_TRUE;
    if (alcIsExtensionPresent(m_device, "ALC_SOFT_pause_device") == ALC_TRUE) {
        m_pauseDevice = reinterpret_cast<LPALCDEVICEPAUSESOFT>(alcGetProcAddress(m_device, "alcDevicePauseSOFT"));
        m_resumeDevice = reinterpret_cast<LPALCDEVICERESUMESOFT>(alcGetProcAddress(m_device, "alcDeviceResumeSOFT"));
    }

    alGenSources(static_cast<ALsizei>(m_toneSources.size()), m_toneSources.data());
    alGenBuffers(static_cast<ALsizei>(m_toneBuffers.size()), m_toneBuffers.data());
    alGenSources(1, &m_speechSource);
    alGenBuffers(static_cast<ALsizei>(m_streamBuffers.size()), m_streamBuffers.data());
    for (Tone tone : kAllTones) {
        const std::vector<std::int16_t> pcm = renderTone(tone, kToneSampleRate);
        alBufferData(m_toneBuffers[static_cast<std::size_t>(tone)], AL_FORMAT_MONO16, pcm.data(),
                     static_cast<ALsizei>(pcm.size() * sizeof(std::int16_t)), kToneSampleRate);
    }
    // Head-relative at the origin: no distance attenuation or panning, just mixing.
    for (unsigned s : m_toneSources) alSourcei(s, AL_SOURCE_RELATIVE, AL_TRUE);
    alSourcei(m_speechSource, AL_SOURCE_RELATIVE, AL_TRUE);
    alSourcef(m_speechSource, AL_GAIN, kSpeechGain);
    m_freeStreamBuffers.assign(m_streamBuffers.begin(), m_streamBuffers.end());
    if (alGetError() != AL_NO_ERROR) {
        why = "the sound device refused the tone buffers";
        close();
        return false;
    }
    return true;
}

void AlDevice::close() {
    if (m_context) {
        alSourceStopv(static_cast<ALsizei>(m_toneSources.size()), m_toneSources.data());
        alSourceStop(m_speechSource);
        alSourcei(m_speechSource, AL_BUFFER, 0);
        for (unsigned s : m_toneSources) alSourcei(s, AL_BUFFER, 0);
        alDeleteSources(static_cast<ALsizei>(m_toneSources.size()), m_toneSources.data());
        alDeleteSources(1, &m_speechSource);
        alDeleteBuffers(static_cast<ALsizei>(m_toneBuffers.size()), m_toneBuffers.data());
        alDeleteBuffers(static_cast<ALsizei>(m_streamBuffers.size()), m_streamBuffers.data());
        alcMakeContextCurrent(nullptr);
        alcDestroyContext(m_context);
        m_context = nullptr;
    }
    if (m_device) {
        if (m_paused && m_resumeDevice) m_resumeDevice(m_device);
        alcCloseDevice(m_device); // the wave backend completes its WAV header here
        m_device = nullptr;
    }
    m_paused = false;
    m_pauseDevice = m_resumeDevice = nullptr;
    m_freeStreamBuffers.clear();
}

bool AlDevice::busy() const {
    if (!m_context) return false;
    for (unsigned s : m_toneSources) {
        ALint state = 0;
        alGetSourcei(s, AL_SOURCE_STATE, &state);
        if (state == AL_PLAYING) return true;
    }
    return !speechIdle();
}

void AlDevice::pause() {
    if (!m_device || m_paused || !m_pauseDevice || !m_resumeDevice) return;
    m_pauseDevice(m_device);
    m_paused = true;
}

void AlDevice::resume() {
    if (!m_device || !m_paused) return;
    m_resumeDevice(m_device);
    m_paused = false;
}

std::string AlDevice::deviceName() const {
    const ALCchar* name = m_device ? alcGetString(m_device, ALC_DEVICE_SPECIFIER) : nullptr;
    return name ? name : "";
}

void AlDevice::setGain(float listenerGain) {
    if (m_context) alListenerf(AL_GAIN, std::clamp(listenerGain, 0.0f, 1.0f));
}

void AlDevice::playTone(Tone tone) {
    if (!m_context) return;
    // A free source if there is one, else the one started longest ago.
    std::size_t pick = 0;
    for (std::size_t i = 0; i < m_toneSources.size(); ++i) {
        ALint state = 0;
        alGetSourcei(m_toneSources[i], AL_SOURCE_STATE, &state);
        if (state != AL_PLAYING) {
            pick = i;
            break;
        }
        if (m_toneStartedAt[i] < m_toneStartedAt[pick]) pick = i;
    }
    const unsigned source = m_toneSources[pick];
    alSourceStop(source);
    alSourcei(source, AL_BUFFER, static_cast<ALint>(m_toneBuffers[static_cast<std::size_t>(tone)]));
    alSourcePlay(source);
    m_toneStartedAt[pick] = ++m_toneCounter;
}

bool AlDevice::fillBuffer(unsigned buffer, std::deque<PcmChunk>& fifo) {
    while (!fifo.empty() && fifo.front().consumed >= fifo.front().samples.size()) fifo.pop_front();
    if (fifo.empty()) return false;
    const int rate = fifo.front().sampleRate;
    const std::size_t want = static_cast<std::size_t>(rate) * kStreamBufferMs / 1000;
    std::vector<std::int16_t> data;
    data.reserve(want);
    // Gather across chunks of the same rate; a rate change starts a new buffer.
    while (!fifo.empty() && data.size() < want && fifo.front().sampleRate == rate) {
        PcmChunk& c = fifo.front();
        const std::size_t take = std::min(want - data.size(), c.samples.size() - c.consumed);
        data.insert(data.end(), c.samples.begin() + static_cast<std::ptrdiff_t>(c.consumed),
                    c.samples.begin() + static_cast<std::ptrdiff_t>(c.consumed + take));
        c.consumed += take;
        if (c.consumed >= c.samples.size()) fifo.pop_front();
    }
    alBufferData(buffer, AL_FORMAT_MONO16, data.data(), static_cast<ALsizei>(data.size() * sizeof(std::int16_t)), rate);
    alSourceQueueBuffers(m_speechSource, 1, &buffer);
    return true;
}

bool AlDevice::pumpSpeech(std::deque<PcmChunk>& fifo) {
    if (!m_context) return false;
    ALint processed = 0;
    alGetSourcei(m_speechSource, AL_BUFFERS_PROCESSED, &processed);
    while (processed-- > 0) {
        unsigned buffer = 0;
        alSourceUnqueueBuffers(m_speechSource, 1, &buffer);
        m_freeStreamBuffers.push_back(buffer);
    }
    while (!m_freeStreamBuffers.empty() && fillBuffer(m_freeStreamBuffers.back(), fifo))
        m_freeStreamBuffers.pop_back();
    ALint queued = 0, state = 0;
    alGetSourcei(m_speechSource, AL_BUFFERS_QUEUED, &queued);
    alGetSourcei(m_speechSource, AL_SOURCE_STATE, &state);
    if (queued > 0 && state != AL_PLAYING) alSourcePlay(m_speechSource); // start, or recover an underrun
    return queued > 0 || !fifo.empty();
}

void AlDevice::stopSpeech() {
    if (!m_context) return;
    alSourceStop(m_speechSource);
    alSourcei(m_speechSource, AL_BUFFER, 0); // unqueues everything
    m_freeStreamBuffers.assign(m_streamBuffers.begin(), m_streamBuffers.end());
}

bool AlDevice::speechIdle() const {
    if (!m_context) return true;
    ALint queued = 0;
    alGetSourcei(m_speechSource, AL_BUFFERS_QUEUED, &queued);
    return queued == 0;
}

bool AlDevice::connected() const {
    if (!m_device || !m_canCheckConnection) return m_device != nullptr;
    ALCint value = ALC_TRUE;
    alcGetIntegerv(m_device, ALC_CONNECTED, 1, &value);
    return value == ALC_TRUE;
}

} // namespace matside
