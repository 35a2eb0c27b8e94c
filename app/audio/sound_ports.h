// The seams between cue playing, speech synthesis and the audio device, so each can be faked in tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/tone_synth.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace matside {

// Sound is scheduled on the real monotonic clock (the session's virtual time is mapped to it).
using SteadyTime = std::chrono::steady_clock::time_point;

// Where synthesised speech goes. Called from the speech worker thread.
class SpeechSink {
public:
    virtual ~SpeechSink() = default;
    // One chunk of speech of generation `gen`. Chunks of a generation older than the last
    // flushSpeech() are dropped. When nothing is being spoken, playback of a new chunk waits
    // until `notBefore` (so a voice line follows its tone instead of covering it).
    virtual void pushSpeech(std::uint64_t gen, std::vector<std::int16_t> pcm, int sampleRate,
                            SteadyTime notBefore) = 0;
};

// The audio device as the cue player sees it. Every call returns at once: the device
// work happens on another thread.
class SoundOutput : public SpeechSink {
public:
    virtual void playTone(Tone tone, SteadyTime at) = 0;
    // Stops speech now and from then on accepts only chunks of generation >= `gen`.
    virtual void flushSpeech(std::uint64_t gen) = 0;
    // A hint: a sound is likely at `at` (the next countdown pip or rep), so an idle device
    // can be woken just before it. A later call replaces the hint.
    virtual void expectSoundAt(SteadyTime /*at*/) {}
    virtual void setMuted(bool muted) = 0;
    virtual void setVolume(float volume) = 0; // 0..1
    // True when nothing can be heard: no device, or it vanished. The UI shows a muted icon.
    virtual bool silent() const = 0;
};

// The voice as the cue player sees it. Every call returns at once.
class VoiceEngine {
public:
    virtual ~VoiceEngine() = default;
    // Queues `text` to be synthesised as generation `gen` and sent to the sink.
    virtual void say(std::string text, std::uint64_t gen, SteadyTime notBefore) = 0;
    // Drops every queued line older than `gen` and aborts the one being synthesised.
    virtual void cancel(std::uint64_t gen) = 0;
    // False once it is known that no voice can be produced (no espeak-ng data).
    virtual bool available() const = 0;
};

} // namespace matside
