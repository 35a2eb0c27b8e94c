// espeak-ng on a worker thread: lines in, PCM chunks out, cancellable mid-sentence.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/speech.h"
#include "core/stderr_line.h"
#include "i18n/language.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <mutex>

namespace matside {
namespace {

constexpr int kChunkMs = 100; // PCM arrives in ~100 ms chunks, so playback starts early

// espeak-ng is one global engine; this is the Speech that owns it (worker thread only).
std::atomic<bool> g_engineTaken{false};
Speech* g_worker = nullptr;
// espeak-ng 1.51 hangs in espeak_ng_Terminate() once it has been initialised twice, so the
// engine is set up once per process and kept; later Speech objects reuse it.
std::mutex g_initMutex;
bool g_initDone = false;
espeak_ng_STATUS g_initStatus = ENS_OK;

espeak_ng_STATUS initialiseEngineOnce(const std::string& dataPath) {
    std::lock_guard lock(g_initMutex);
    if (g_initDone) return g_initStatus;
    g_initDone = true;
    espeak_ng_InitializePath(dataPath.empty() ? nullptr : dataPath.c_str());
    espeak_ng_ERROR_CONTEXT context = nullptr;
    g_initStatus = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    if (g_initStatus == ENS_OK) g_initStatus = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, kChunkMs, nullptr);
    return g_initStatus;
}

// "de_AT" -> espeak-ng's "de-at", set with espeak_SetVoiceByProperties. Returns the voice's
// identifier ("gmw/de"), or "" when espeak-ng has no voice speaking that language (it would
// otherwise fall back to another language's voice without a word).
std::string setVoiceForLanguage(const std::string& language) {
    std::string code;
    for (char c : language.substr(0, language.find_first_of(".@"))) {
        if (c == '_') c = '-';
        code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (code.empty() || code.size() > 16) return {};
    espeak_VOICE wanted{};
    wanted.languages = code.c_str();
    // The same ranking SetVoiceByProperties uses. MBROLA voices ("mb/...") need a program
    // and data Debian's espeak-ng does not bring, so the first eSpeak voice of it is taken.
    const std::string base = code.substr(0, code.find('-'));
    const espeak_VOICE* chosen = nullptr;
    for (const espeak_VOICE** v = espeak_ListVoices(&wanted); v && *v && !chosen; ++v) {
        if (!(*v)->languages || !(*v)->identifier || !(*v)->name) continue;
        const std::string spoken = (*v)->languages + 1; // a priority byte, then the code
        if (spoken.substr(0, spoken.find('-')) == base && std::string((*v)->identifier).rfind("mb/", 0) != 0)
            chosen = *v;
    }
    if (!chosen) return {};
    const std::string id = chosen->identifier;
    const std::string name = chosen->name;
    wanted.name = name.c_str(); // that voice, of that language
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK) return {};
    return id;
}

std::string statusText(espeak_ng_STATUS status) {
    char buffer[256] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    return buffer;
}

} // namespace

struct SpeechCallback {
    static int call(short* wav, int count, espeak_EVENT*) { return g_worker ? g_worker->deliver(wav, count) : 1; }
};

Speech::Speech(SpeechSink& sink, SpeechOptions options) : m_sink(sink), m_options(std::move(options)) {
    m_thread = std::thread([this] { run(); });
}

Speech::~Speech() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_minGen = UINT64_MAX; // aborts a line in synthesis at its next chunk
    m_wake.notify_all();
    m_thread.join();
}

void Speech::say(std::string text, std::uint64_t gen, SteadyTime notBefore) {
    if (m_failed || text.empty() || gen < m_minGen) return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Line{std::move(text), gen, notBefore});
    }
    m_wake.notify_one();
}

void Speech::cancel(std::uint64_t gen) {
    {
        std::lock_guard lock(m_mutex);
        if (gen > m_minGen) m_minGen = gen;
        std::erase_if(m_queue, [&](const Line& l) { return l.gen < gen; });
    }
    m_wake.notify_one();
}

void Speech::setVoice(std::string name) {
    std::lock_guard lock(m_mutex);
    m_options.voice = std::move(name);
    m_settingsChanged = true;
}

void Speech::setRate(int wordsPerMinute) {
    std::lock_guard lock(m_mutex);
    m_options.rateWpm = wordsPerMinute;
    m_settingsChanged = true;
}

bool Speech::waitUntilReady(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, timeout, [&] { return m_ready; });
    return m_ready && !m_failed;
}

bool Speech::busy() const {
    std::lock_guard lock(m_mutex);
    return m_synthesising || !m_queue.empty();
}

std::string Speech::failure() const {
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void Speech::run() {
    const bool ok = initialise();
    {
        std::lock_guard lock(m_mutex);
        m_ready = true;
    }
    m_wake.notify_all();
    if (!ok) return;
    for (;;) {
        Line line;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_stop) break;
            line = std::move(m_queue.front());
            m_queue.pop_front();
            m_synthesising = true;
        }
        if (line.gen >= m_minGen) synthesise(line);
        std::lock_guard lock(m_mutex);
        m_synthesising = false;
    }
    g_worker = nullptr;
    g_engineTaken = false;
}

bool Speech::initialise() {
    std::string why;
    if (g_engineTaken.exchange(true)) {
        why = "another voice is already in use";
    } else {
        const espeak_ng_STATUS status = initialiseEngineOnce(m_options.dataPath);
        if (status != ENS_OK) {
            why = "espeak-ng data not found or unusable (" + statusText(status) + ")";
            g_engineTaken = false;
        }
    }
    if (!why.empty()) {
        if (m_options.reportToStderr) printStderrLine("matside: no voice: " + why + "; tones only");
        std::lock_guard lock(m_mutex);
        m_failure = why;
        m_failed = true;
        return false;
    }
    g_worker = this;
    espeak_SetSynthCallback(&SpeechCallback::call);
    listVoices();
    m_sampleRate = espeak_ng_GetSampleRate();
    m_settingsChanged = true;
    applySettings();
    return true;
}

void Speech::listVoices() {
    std::vector<VoiceInfo> found;
    for (const espeak_VOICE* const* v = espeak_ListVoices(nullptr); v && *v; ++v)
        if ((*v)->name && (*v)->languages && (*v)->languages[0]) // languages: priority byte, then the code
            found.push_back(VoiceInfo{(*v)->name, (*v)->languages + 1});
    std::lock_guard lock(m_mutex);
    m_voices = std::move(found);
}

std::string Speech::voiceId() const {
    std::lock_guard lock(m_mutex);
    return m_voiceId;
}

std::vector<VoiceInfo> Speech::voices() const {
    std::lock_guard lock(m_mutex);
    return m_voices;
}

// Voice and rate are global espeak state: set them here, on the worker, between lines.
void Speech::applySettings() {
    SpeechOptions options;
    {
        std::lock_guard lock(m_mutex);
        if (!m_settingsChanged) return;
        m_settingsChanged = false;
        options = m_options;
    }
    std::string id;
    if (options.voice.empty()) {
        const std::string language = options.language.empty() ? i18n::currentLanguage() : options.language;
        // English keeps espeak-ng's own "en" voice, as before languages were chosen.
        const bool english = language == "en" || language.starts_with("en_") || language.starts_with("en-");
        id = english ? std::string() : setVoiceForLanguage(language);
        if (id.empty()) {
            if (options.reportToStderr && language != "en")
                printStderrLine("matside: no espeak-ng voice for language \"" + language + "\"; using English");
            espeak_ng_SetVoiceByName("en");
            id = "en";
        }
    } else if (espeak_ng_SetVoiceByName(options.voice.c_str()) != ENS_OK) {
        if (options.reportToStderr) printStderrLine("matside: voice \"" + options.voice + "\" not found; using \"en\"");
        espeak_ng_SetVoiceByName("en");
        id = "en";
    } else {
        id = options.voice;
    }
    {
        std::lock_guard lock(m_mutex);
        m_voiceId = id;
    }
    espeak_ng_SetParameter(espeakRATE, std::clamp(options.rateWpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
}

void Speech::synthesise(const Line& line) {
    applySettings();
    m_current = &line;
    espeak_ng_Synthesize(line.text.c_str(), line.text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                         nullptr);
    m_current = nullptr;
}

int Speech::deliver(const short* wav, int count) {
    if (!m_current || m_current->gen < m_minGen) return 1; // cancelled: abort synthesis
    if (wav && count > 0)
        m_sink.pushSpeech(m_current->gen, std::vector<std::int16_t>(wav, wav + count), m_sampleRate,
                          m_current->notBefore);
    return 0;
}

} // namespace matside
