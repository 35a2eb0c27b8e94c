// The longest text (in characters) and the most list items each routine field may hold: the
// loader refuses more, and every screen must show this much without cutting it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace matside::limits {

inline constexpr std::size_t kTitleChars = 120;
inline constexpr std::size_t kRoutineSummaryChars = 240;
inline constexpr std::size_t kDisclaimerChars = 600;
inline constexpr std::size_t kRoutineTextItems = 30; // about, tips, prevention, red_flags
inline constexpr std::size_t kRoutineTextChars = 600;
inline constexpr std::size_t kExerciseNameChars = 80;
inline constexpr std::size_t kExerciseSummaryChars = 240;
inline constexpr std::size_t kListItems = 12; // key_points, equipment, target_muscles, cautions
inline constexpr std::size_t kKeyPointChars = 160;
inline constexpr std::size_t kEquipmentChars = 120;
inline constexpr std::size_t kTargetMuscleChars = 60;
inline constexpr std::size_t kCautionChars = 160;
inline constexpr std::size_t kWhyChars = 400;

} // namespace matside::limits
