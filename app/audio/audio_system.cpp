// Wires output, voice and cue player together from the remembered settings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_system.h"

#include <utility>

namespace matside {
namespace {

AudioOutputOptions outputOptions(const AudioSettings& s, const AudioBackends& b) {
    AudioOutputOptions o;
    o.device = b.device;
    o.volume = s.volume;
    o.muted = s.muted;
    return o;
}

SpeechOptions speechOptions(const AudioSettings& s, const AudioBackends& b) {
    SpeechOptions o;
    o.dataPath = b.espeakData;
    o.voice = s.voiceName;
    o.rateWpm = s.rateWpm;
    return o;
}

} // namespace

AudioSystem::AudioSystem(CuePlayer::SessionNow sessionNow, const AudioSettings& settings, const AudioBackends& backends)
    : m_output(outputOptions(settings, backends)),
      m_speech(m_output, speechOptions(settings, backends)),
      m_cues(m_output, &m_speech, std::move(sessionNow)),
      m_voiceName(settings.voiceName),
      m_rateWpm(settings.rateWpm) {
    m_cues.setVolume(settings.volume);
    m_cues.setMuted(settings.muted);
    m_cues.setVoiceEnabled(settings.voice);
}

AudioSettings AudioSystem::settings() const {
    AudioSettings s;
    s.muted = m_cues.muted();
    s.voice = m_cues.voiceEnabled();
    s.volume = m_cues.volume();
    s.voiceName = m_voiceName;
    s.rateWpm = m_rateWpm;
    return s;
}

} // namespace matside
