// Speech through espeak-ng, synthesised to PCM on a worker thread and handed to a SpeechSink.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/sound_ports.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace matside {

// One voice espeak-ng offers, for a settings list.
struct VoiceInfo {
    std::string name;     // espeak-ng's name for it, e.g. "English (Great Britain)"
    std::string language; // its language code, e.g. "en-gb": what setVoice() takes
};

struct SpeechOptions {
    std::string voice;          // espeak-ng voice ("en", "en-us", "de", ...); default "": the language's voice
    std::string language;       // with voice "": whose voice ("de", "fr_CA"); "": the interface language
    int rateWpm = 150;          // speaking rate in words per minute (80..450); default 150
    std::string dataPath;       // directory holding espeak-ng-data; empty = espeak's default
    bool reportToStderr = true; // print one line when no voice can be produced
};

// espeak-ng keeps global state, so only one Speech may live at a time; a second one is
// simply unavailable. The engine is set up once per process (with the first Speech's
// dataPath) and kept until exit. All espeak calls happen on the worker thread, so the
// caller (the UI thread) never waits for synthesis, for voice data, or for a cancel.
class Speech final : public VoiceEngine {
public:
    Speech(SpeechSink& sink, SpeechOptions options = {});
    ~Speech() override;
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;

    void say(std::string text, std::uint64_t gen, SteadyTime notBefore) override;
    void cancel(std::uint64_t gen) override;
    bool available() const override { return !m_failed.load(); }

    // Applied before the next line is synthesised.
    void setVoice(std::string name);
    void setRate(int wordsPerMinute);

    // Blocks until espeak-ng has been set up (or failed); for tests and tools, not the UI.
    bool waitUntilReady(std::chrono::milliseconds timeout);
    // True while a line is queued or being synthesised.
    bool busy() const;
    // The rate of the PCM sent to the sink (espeak-ng's, normally 22050 Hz); 0 before ready.
    int sampleRate() const { return m_sampleRate.load(); }
    // Why there is no voice, when available() is false.
    std::string failure() const;
    // espeak-ng's identifier of the voice in use ("gmw/de", "roa/fr"); empty before ready.
    std::string voiceId() const;
    // The voices espeak-ng offers (empty before ready or without data).
    std::vector<VoiceInfo> voices() const;

private:
    struct Line {
        std::string text;
        std::uint64_t gen;
        SteadyTime notBefore;
    };
    void run();
    bool initialise();
    void listVoices();
    void applySettings();
    void synthesise(const Line& line);
    int deliver(const short* wav, int count); // worker-only, from espeak's callback
    friend struct SpeechCallback;

    SpeechSink& m_sink;
    SpeechOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Line> m_queue;
    bool m_stop = false;
    bool m_ready = false;
    bool m_synthesising = false;
    bool m_settingsChanged = false;
    std::string m_failure;
    std::vector<VoiceInfo> m_voices;
    std::string m_voiceId;
    std::atomic<bool> m_failed{false};
    std::atomic<std::uint64_t> m_minGen{0}; // lines of older generations are dropped/aborted
    std::atomic<int> m_sampleRate{0};
    const Line* m_current = nullptr; // worker-only: the line being synthesised
    std::thread m_thread;
};

} // namespace matside
