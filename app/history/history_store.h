// The session history: every session and every step, in SQLite at <data>/history.sqlite3.
// A session row is written as 'interrupted' when it begins and only changes when it ends,
// so a kill at any point leaves an interrupted session with every step finished before it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exercise_feedback.h"
#include "core/feedback_rules.h"
#include "core/level_rules.h"
#include "core/routine.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace matside {

// How a session ended. Interrupted until it is finished: that is the checkpoint design.
enum class SessionEnd { Interrupted, Completed, Quit, StoppedForPain };
enum class StepResult { Completed, Skipped };

const char* toString(SessionEnd end);    // "interrupted", "completed", "quit", "stopped_for_pain"
const char* toString(StepResult result); // "completed", "skipped"
std::optional<SessionEnd> sessionEndFromString(std::string_view text);

// A write failed (disk full, folder gone, database locked for too long).
struct HistoryError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What is known when a session begins.
struct SessionStart {
    std::string routineId;
    std::string routineTitle;
    std::string routineHash;       // hashRoutineFile(): which version of the routine was done
    std::size_t planSteps = 0;     // steps in the plan, for "step N of M"
    std::optional<int> painBefore; // 0..10, optional
    std::chrono::system_clock::time_point startedAt = std::chrono::system_clock::now();
    std::map<std::string, int> levels{}; // the dose level each levelled exercise is played at (issue 14)
};

// One finished work step.
struct StepRecord {
    std::size_t stepIndex = 0; // index in the plan
    std::string exerciseId;
    std::string exerciseName;
    std::optional<Side> side; // empty for both-sides exercises
    std::optional<int> set;   // 1-based
    int reps = 0;             // reps counted
    double seconds = 0;       // time spent in the step, pauses excluded
    StepResult result = StepResult::Completed;
};

// One session as stored, with its steps summed up.
struct SessionRecord {
    std::int64_t id = 0;
    std::string routineId;
    std::string routineTitle;
    std::string routineHash;
    std::size_t planSteps = 0;
    std::string startedAt; // ISO 8601 UTC, "2026-11-25T08:54:02Z"
    std::string endedAt;   // empty until finished
    SessionEnd end = SessionEnd::Interrupted;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    std::string note;
    int completedSteps = 0;
    int skippedSteps = 0;
    double secondsSpent = 0; // sum over the recorded steps
};

// One rating as stored, with the session it belongs to.
struct StoredFeedback {
    std::int64_t sessionId = 0;
    ExerciseFeedback feedback;
    std::string ratedAt; // ISO 8601 UTC
};

// An exercise the person paused until they have asked a professional.
struct PausedExercise {
    std::string exerciseId;
    std::string exerciseName;
    std::string pausedAt; // ISO 8601 UTC
};

// An interrupted session that can be continued.
struct Resumable {
    std::int64_t sessionId = 0;
    std::string startedAt;
    std::size_t lastStepIndex = 0; // the last plan step recorded; continue after it
    std::size_t planSteps = 0;     // the plan it was played from had this many steps
};

class HistoryStore {
public:
    static constexpr int kSchemaVersion = 4;

    enum class Access {
        ReadWrite, // create folder and file if needed, migrate to the current schema
        ReadOnly,  // never create; migrate only if the folder allows it (for `matside history`)
    };
    enum class Status {
        Ok,      // `store` is usable
        Missing, // ReadOnly and there is no history yet
        Off,     // refused or impossible: `notice` says why; callers carry on without history
    };
    struct Opened {
        Status status = Status::Off;
        std::unique_ptr<HistoryStore> store;
        std::string notice; // one line for the person, set when status is Off
        // Ok, but only as an immutable snapshot (locks ignored) because a writable open failed
        // for this reason (a read-only folder, or another program holding the file locked).
        std::string snapshotReason;
    };

    // Opens <file>. A file that is not a healthy SQLite database is refused and left
    // byte-for-byte untouched; so is one written by a newer matside.
    static Opened open(const std::filesystem::path& file, Access access = Access::ReadWrite);

    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    // Each write is one transaction and throws HistoryError when it fails.
    std::int64_t beginSession(const SessionStart& start);
    void recordStep(std::int64_t sessionId, const StepRecord& step); // replaces a step re-done
    void finishSession(std::int64_t sessionId, SessionEnd end, std::optional<int> painAfter, const std::string& note,
                       std::chrono::system_clock::time_point endedAt = std::chrono::system_clock::now());

    // How an exercise felt; a second rating of the same exercise in a session replaces the first.
    void recordFeedback(std::int64_t sessionId, const ExerciseFeedback& feedback,
                        std::chrono::system_clock::time_point ratedAt = std::chrono::system_clock::now());
    std::vector<StoredFeedback> feedback(std::int64_t sessionId) const; // by exercise id
    std::vector<StoredFeedback> allFeedback() const;                    // by session, then exercise

    // "Paused until I have asked": per routine id. Setting is idempotent.
    void setPaused(const std::string& routineId, const std::string& exerciseId, const std::string& exerciseName,
                   bool paused, std::chrono::system_clock::time_point at = std::chrono::system_clock::now());
    std::vector<PausedExercise> pausedExercises(const std::string& routineId) const; // by exercise id

    // Dose levels (issue 14, history_levels.cpp): the level in use per routine id and exercise
    // id (only a "Yes" on the ready screen sets it), and the level each session played.
    void setLevel(const std::string& routineId, const std::string& exerciseId, int level,
                  std::chrono::system_clock::time_point at = std::chrono::system_clock::now());
    std::map<std::string, int> levels(const std::string& routineId) const;  // by exercise id
    std::map<std::string, int> sessionLevels(std::int64_t sessionId) const; // by exercise id

    std::vector<SessionRecord> listSessions() const; // oldest first
    std::optional<SessionRecord> session(std::int64_t sessionId) const;
    std::vector<StepRecord> steps(std::int64_t sessionId) const; // in plan order

    // The latest session of the routine with this hash, if it is interrupted, has at least
    // one step recorded and is not live (LiveSessionLock, taken by the SessionRecorder that
    // records it) in a running matside (a later session of the same
    // routine hides older ones). "Latest" is by insertion, not by wall-clock start time,
    // which a clock set back would reorder.
    std::optional<Resumable> findResumable(const std::string& routineHash) const;

    const std::filesystem::path& file() const { return m_file; }

private:
    static Opened openWritable(const std::filesystem::path& file, bool recheck);
    static Opened openReadOnly(const std::filesystem::path& file);
    static Opened openImmutable(const std::filesystem::path& file);
    void insertSessionLevels(std::int64_t sessionId, const std::map<std::string, int>& levels);
    HistoryStore(sqlite3* db, std::filesystem::path file) : m_db(db), m_file(std::move(file)) {}
    sqlite3* m_db;
    std::filesystem::path m_file;
};

// The finished sessions (not interrupted) of one routine id, oldest first, with their ratings:
// what safetyPrompts() reads.
std::vector<RatedSession> ratedSessions(const HistoryStore& store, const std::string& routineId);

// One levelled exercise's finished sessions of the routine, oldest first: what suggestLevel()
// reads (history_levels.cpp).
std::vector<LevelSession> levelSessions(const HistoryStore& store, const std::string& routineId,
                                        const Exercise& exercise);

// The routine's levels in use in the history file, read-only before the plan is built; none
// when there is no history yet or it cannot be read.
std::map<std::string, int> readLevelsInUse(const std::filesystem::path& historyFile, const std::string& routineId);

// What the player's plan needs from the history before it is built: the routine's paused
// exercises and its levels in use, from one read-only open of the file; both empty when there
// is no history yet or it cannot be read (the player's notice says why).
struct PlanInputs {
    std::vector<PausedExercise> paused;
    std::map<std::string, int> levels;
};
PlanInputs readPlanInputs(const std::filesystem::path& historyFile, const std::string& routineId);

// FNV-1a 64 of a file's bytes as 16 hex digits; empty if the file cannot be read.
std::string hashRoutineFile(const std::filesystem::path& file);
std::string fnv1a64Hex(std::string_view bytes);

// ISO 8601 UTC with seconds ("2026-11-25T08:54:02Z") and back.
std::string toIsoUtc(std::chrono::system_clock::time_point time);
std::optional<std::chrono::sys_seconds> parseIsoUtc(std::string_view text);
// A stored ISO time in the person's time zone through strftime `format`; the stored text
// itself when it cannot be read.
std::string localTimeText(const std::string& iso, const char* format);

} // namespace matside
