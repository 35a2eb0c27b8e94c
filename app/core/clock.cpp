// The production clock.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

namespace matside {

Millis SteadyClock::now() const {
    return std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace matside
