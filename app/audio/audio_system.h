// Everything audible in one object: the output device, the voice and the cue player, wired together.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/audio_output.h"
#include "audio/cue_player.h"
#include "audio/speech.h"

#include <string>

namespace matside {

// What the settings file remembers about sound (history/settings.h: mute, voice, volume,
// voiceName, speechRate), copied across where the player starts.
struct AudioSettings {
    bool muted = false;          // M: everything off (default false)
    bool voice = true;           // V: spoken cues on (default true)
    float volume = 0.8f;         // master volume 0..1 (default 0.8)
    std::string voiceName;       // espeak-ng voice, e.g. "en-gb"; "" = "en" (default "")
    int rateWpm = 150;           // speaking rate, words per minute, 80..450 (default 150)
};

// Where sound goes and where the voice data is; the defaults are right outside tests.
struct AudioBackends {
    std::string device;      // OpenAL device name; empty = system default
    std::string espeakData;  // directory holding espeak-ng-data; empty = espeak's default
};

// Construction returns at once: the device opens and espeak-ng loads on their own threads.
// Members are declared so that the cue player goes first and the output last on exit.
class AudioSystem {
public:
    // `sessionNow` gives the time line the session's events are stamped on.
    AudioSystem(CuePlayer::SessionNow sessionNow, const AudioSettings& settings = {},
                const AudioBackends& backends = {});
    AudioSystem(const Clock& sessionClock, const AudioSettings& settings = {}, const AudioBackends& backends = {})
        : AudioSystem([&sessionClock] { return sessionClock.now(); }, settings, backends) {}

    CuePlayer& cues() { return m_cues; }
    AudioOutput& output() { return m_output; }
    Speech& speech() { return m_speech; }

    void setVoiceName(const std::string& name) {
        m_voiceName = name;
        m_speech.setVoice(name);
    }
    void setRate(int wordsPerMinute) {
        m_rateWpm = wordsPerMinute;
        m_speech.setRate(wordsPerMinute);
    }

    // Current toggles and volume, for the settings file.
    AudioSettings settings() const;

private:
    AudioOutput m_output;
    Speech m_speech;
    CuePlayer m_cues;
    std::string m_voiceName;
    int m_rateWpm;
};

} // namespace matside
