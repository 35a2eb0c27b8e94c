// A tiny session for the device tests, built in code and driven in real time or on virtual time.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/cue_player.h"
#include "core/plan.h"
#include "core/session.h"

#include <chrono>
#include <functional>
#include <thread>
#include <vector>

namespace matside::test {

// "Bridge": prepare 3 s (pips at 0, 1, 2 s), then 2 reps of 2 s with both legs (ticks at
// 5 and 7 s), then the end (work-end tone and chime right after the last tick). 7 s in all.
inline Routine bridgeRoutine() {
    Exercise e;
    e.id = "bridge";
    e.name = "Bridge";
    e.sides = Sides::Both;
    e.sets = 1;
    e.reps = 2;
    e.timings.prepareSeconds = 3;
    e.timings.repTempoSeconds = 2;
    e.timings.restBetweenSetsSeconds = 0;
    e.timings.switchSidesSeconds = 0;
    e.timings.restBetweenExercisesSeconds = 0;
    Routine r;
    r.id = "bridge";
    r.title = "Bridge";
    r.defaults = e.timings;
    r.exercises = {e};
    return r;
}

// Plays `session` from `start` on `clock` in real time, the way the player loop does: sleep
// until the next wake-up, advance, hand the events to the cue player. Returns every event.
inline std::vector<SessionEvent> playInRealTime(Session& session, CuePlayer& cues, const Clock& clock, Millis start) {
    std::vector<SessionEvent> all;
    auto sleepUntil = [&](Millis t) {
        const Millis d = t - clock.now();
        if (d > Millis{0}) std::this_thread::sleep_for(d);
    };
    sleepUntil(start);
    auto events = session.apply(Command::Start, start);
    for (;;) {
        cues.onEvents(events, session.snapshot(clock.now()));
        all.insert(all.end(), events.begin(), events.end());
        if (session.state() == SessionState::Done) break;
        const auto wake = session.nextWakeup(clock.now());
        if (!wake) break;
        sleepUntil(*wake);
        events = session.advance(clock.now());
    }
    return all;
}

} // namespace matside::test
