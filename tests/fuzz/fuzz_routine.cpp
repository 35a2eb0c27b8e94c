// libFuzzer target: untrusted bytes through the routine loader, the plan and a short session.
// Any sanitizer report, abort or timeout here is a bug in the code under test.
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/session.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace matside;

namespace {

// A fixed sequence of commands mixed with time jumps: every command on every state the
// plan reaches early on, without letting a routine of many hours cost many iterations.
void playFewSteps(const Plan& plan) {
    Session session(plan);
    Millis now{0};
    session.apply(Command::Start, now);
    const Command script[] = {Command::Rep,    Command::Pause,   Command::Resume, Command::Extend,
                              Command::Next,   Command::Shorten, Command::Done,   Command::Prev,
                              Command::Toggle, Command::Toggle,  Command::Restart, Command::Next};
    for (Command c : script) {
        // Follow the session's own wake-ups for a while, then do the command.
        for (int i = 0; i < 8; ++i) {
            const auto wake = session.nextWakeup(now);
            if (!wake || *wake <= now) break;
            now = *wake;
            session.advance(now);
        }
        session.apply(c, now);
        const Snapshot snap = session.snapshot(now);
        if (snap.progress < 0 || snap.progress > 1.0 + 1e-9) std::abort();
        if (snap.step) (void)describeDose(*snap.step);
    }
    // Then run out the rest in one jump, as `simulate` does.
    const Snapshot snap = session.snapshot(now);
    session.advance(now + snap.sessionRemaining);
    session.apply(Command::Quit, now + snap.sessionRemaining);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // A folder that does not exist: illustration lookups must fail cleanly, not touch files.
    const LoadResult result = parseRoutine(text, "/nonexistent-matside-fuzz/routine.json", {});
    if (!result.ok()) {
        // The contract: a failed load always explains itself.
        if (result.errors.empty()) std::abort();
        for (const auto& d : result.errors) {
            if (d.where.empty() || d.what.empty()) std::abort();
            (void)formatDiagnostic("routine.json", d);
        }
        return 0;
    }
    const Plan plan = expandPlan(*result.routine);
    (void)formatDuration(plan.totalSeconds());
    playFewSteps(plan);
    return 0;
}
