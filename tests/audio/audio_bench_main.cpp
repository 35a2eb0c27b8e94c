// matside_audio_bench: plays cues in real time for bench/audio-cpu to measure (not a test).
//   session: the default routine from its start, every cue as the player would play it
//   speech:  a spoken line every 2.5 s, so the voice is busy nearly all the time
//   device:  the device open and mixing, but no cue at all (OpenAL Soft's own cost)
//   idle:    the same process with no audio at all, for the baseline
// Usage: matside_audio_bench <session|speech|device|idle> <seconds>
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_system.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/session.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

using namespace matside;

namespace {

void sleepUntil(const Clock& clock, Millis t) {
    std::this_thread::sleep_for(std::max(Millis{0}, t - clock.now()));
}

int runSession(AudioSystem& audio, const SteadyClock& clock, Millis until) {
    const std::filesystem::path source(MATSIDE_SOURCE_DIR);
    const auto loaded = loadRoutineFile(source / "data/si_joint.json", {source / "assets"});
    if (!loaded.ok()) {
        std::cerr << "matside_audio_bench: cannot load the default routine\n";
        return 2;
    }
    const Plan plan = expandPlan(*loaded.routine);
    Session session(plan);
    auto events = session.apply(Command::Start, clock.now());
    while (clock.now() < until && session.state() != SessionState::Done) {
        audio.cues().onEvents(events, session.snapshot(clock.now()));
        sleepUntil(clock, std::min(session.nextWakeup(clock.now()).value_or(until), until));
        events = session.advance(clock.now());
    }
    return 0;
}

void runSpeech(AudioSystem& audio, const SteadyClock& clock, Millis until) {
    const char* lines[] = {"Lying glute stretch. Right leg. Hold for 30 seconds.", "Rest 20 seconds. Next: pelvic lift.",
                           "Switch sides. Left leg next.", "Set 2 of 3. 10 reps."};
    for (int i = 0; clock.now() < until; ++i) {
        audio.cues().onEvents({{clock.now(), CueEvent{CueKind::GetReady, lines[i % 4]}}}, Snapshot{});
        sleepUntil(clock, std::min(clock.now() + Millis{2500}, until));
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: matside_audio_bench <session|speech|device|idle> <seconds>\n";
        return 2;
    }
    const std::string mode = argv[1];
    SteadyClock clock;
    const Millis until = clock.now() + Millis{static_cast<long long>(std::atof(argv[2]) * 1000)};
    if (mode == "idle") {
        sleepUntil(clock, until);
        return 0;
    }
    AudioSystem audio(clock);
    if (!audio.output().waitUntilOpen(std::chrono::seconds(5)))
        std::cerr << "matside_audio_bench: no sound device: this measures silent mode\n";
    if (mode == "speech") {
        runSpeech(audio, clock, until);
        return 0;
    }
    if (mode == "device") {
        sleepUntil(clock, until);
        return 0;
    }
    return runSession(audio, clock, until);
}
