// Cue playing policy: timing from the event's own deadline, interruption on skips, mute and voice toggles.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_player.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace matside {
namespace {

// Commands after which whatever was being said no longer applies.
bool isSkip(Command c) {
    return c == Command::Next || c == Command::Prev || c == Command::Done || c == Command::Restart ||
           c == Command::Quit;
}

} // namespace

CuePlayer::CuePlayer(SoundOutput& output, VoiceEngine* voice, SessionNow sessionNow)
    : m_output(output), m_voice(voice), m_now(std::move(sessionNow)) {}

SteadyTime CuePlayer::toSteady(Millis lateness) const {
    return std::chrono::steady_clock::now() - lateness;
}

void CuePlayer::onEvents(const std::vector<SessionEvent>& events, const Snapshot& snapshot) {
    hintNextSound(snapshot);
    if (events.empty()) return;
    const Millis now = m_now();
    // Of several interrupting sentences in one batch (a burst of skips, a catch-up after a
    // stall), only the last would survive; do not even start the others.
    std::size_t lastInterrupt = events.size();
    for (std::size_t i = 0; i < events.size(); ++i)
        if (const auto* cue = std::get_if<CueEvent>(&events[i].what))
            if (cueSound(cue->cue).voice == VoicePolicy::Interrupt) lastInterrupt = i;

    for (std::size_t i = 0; i < events.size(); ++i) {
        const SessionEvent& e = events[i];
        if (const auto* cue = std::get_if<CueEvent>(&e.what)) {
            const bool superseded = cueSound(cue->cue).voice == VoicePolicy::Interrupt && i != lastInterrupt;
            playCue(*cue, std::max(Millis{0}, now - e.t), !superseded);
        } else if (const auto* command = std::get_if<CommandEvent>(&e.what)) {
            if (isSkip(command->command)) stopSpeech();
        } else if (const auto* state = std::get_if<StateEvent>(&e.what)) {
            if (state->state == SessionState::Done || state->state == SessionState::Ready) stopSpeech();
        }
    }
}

void CuePlayer::playCue(const CueEvent& cue, Millis lateness, bool speakIt) {
    if (m_muted) return;
    const CueSound& sound = cueSound(cue.cue);
    const SteadyTime at = toSteady(lateness);
    if (sound.tone && lateness <= kToneStaleAfter) {
        // Tones of one moment (last rep's tick, work end, switch, chime) play one after
        // another so each stays recognisable; a countdown pip always keeps its second.
        const SteadyTime toneAt = *sound.tone == Tone::CountdownPip ? at : std::max(at, m_toneEnd);
        m_output.playTone(*sound.tone, toneAt);
        const auto length = std::chrono::microseconds(std::lround(toneDurationMs(*sound.tone) * 1000));
        m_toneEnd = std::max(m_toneEnd, toneAt + length);
    }
    if (sound.voice == VoicePolicy::Silent || !speakIt || !m_voiceEnabled || !m_voice || cue.text.empty() ||
        lateness > kVoiceStaleAfter)
        return;
    if (sound.voice == VoicePolicy::Interrupt) stopSpeech();
    m_voice->say(cue.text, m_gen, std::max(at, m_toneEnd + kVoiceGap));
}

// The next tone the session will most likely ask for: the next rep's tick, else the first
// countdown pip (or, inside the countdown, the step's end). Lets an idle device wake in time.
void CuePlayer::hintNextSound(const Snapshot& s) {
    const bool running = s.state == SessionState::Prepare || s.state == SessionState::Work || s.state == SessionState::Rest;
    if (m_muted || !running || !s.step) return;
    const PlanStep& step = *s.step;
    Millis until = s.stepRemaining - Millis{3000};
    if (step.kind == StepKind::Work && step.reps && step.repSeconds > 0) {
        const Millis rep{step.repSeconds * 1000};
        until = rep - (s.stepDuration - s.stepRemaining) % rep;
    } else if (until < Millis{0}) {
        until = s.stepRemaining;
    }
    m_output.expectSoundAt(std::chrono::steady_clock::now() + until);
}

void CuePlayer::stopSpeech() {
    ++m_gen;
    if (m_voice) m_voice->cancel(m_gen);
    m_output.flushSpeech(m_gen);
}

void CuePlayer::setMuted(bool muted) {
    m_muted = muted;
    if (muted) stopSpeech();
    m_output.setMuted(muted);
}

void CuePlayer::setVoiceEnabled(bool enabled) {
    m_voiceEnabled = enabled;
    if (!enabled) stopSpeech();
}

void CuePlayer::setVolume(float volume) {
    m_volume = std::clamp(volume, 0.0f, 1.0f);
    m_output.setVolume(m_volume);
}

} // namespace matside
