// Turns session events into sound: each cue's tone on time, its sentence through the voice.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/cue_sounds.h"
#include "audio/sound_ports.h"
#include "core/clock.h"
#include "core/event_sink.h"
#include "core/session.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace matside {

// Plugs into the player as an event sink. Runs on the UI thread and never blocks: it only
// posts requests to the output and the voice.
class CuePlayer final : public EventSink {
public:
    // The session's "now": event times are on this time line. `voice` may be null (tones only).
    using SessionNow = std::function<Millis()>;
    CuePlayer(SoundOutput& output, VoiceEngine* voice, SessionNow sessionNow);
    CuePlayer(SoundOutput& output, VoiceEngine* voice, const Clock& clock)
        : CuePlayer(output, voice, [&clock] { return clock.now(); }) {}

    void onEvents(const std::vector<SessionEvent>& events, const Snapshot& snapshot) override;

    // M: silence everything, now and until unmuted.
    void setMuted(bool muted);
    bool muted() const { return m_muted; }
    void toggleMute() { setMuted(!m_muted); }
    // V: voice on or off; tones keep playing.
    void setVoiceEnabled(bool enabled);
    bool voiceEnabled() const { return m_voiceEnabled; }
    void toggleVoice() { setVoiceEnabled(!m_voiceEnabled); }
    void setVolume(float volume); // 0..1
    float volume() const { return m_volume; }

    // For the muted icon: no device, so nothing is heard whatever the toggles say.
    bool silent() const { return m_output.silent(); }
    // False when the voice cannot speak (no espeak-ng data): tones only.
    bool voiceAvailable() const { return m_voice && m_voice->available(); }

    // A tone more than this late (e.g. after a stall) is dropped rather than played late;
    // a sentence is still worth saying for a while longer.
    static constexpr Millis kToneStaleAfter{250};
    static constexpr Millis kVoiceStaleAfter{3000};
    // Gap between a tone's end and the sentence that follows it.
    static constexpr Millis kVoiceGap{40};

private:
    void playCue(const CueEvent& cue, Millis lateness, bool speakIt);
    void stopSpeech();
    void hintNextSound(const Snapshot& snapshot);
    SteadyTime toSteady(Millis lateness) const;

    SoundOutput& m_output;
    VoiceEngine* m_voice;
    SessionNow m_now;
    bool m_muted = false;
    bool m_voiceEnabled = true;
    float m_volume = 0.8f;
    std::uint64_t m_gen = 1;    // speech generation; bumped to cut speech short
    SteadyTime m_toneEnd{};     // when the last tone scheduled ends: speech starts after it
};

} // namespace matside
