// Player layout arithmetic and the small text helpers shared by the views.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layout.h"

#include "ui/theme.h"

#include <algorithm>
#include <cctype>

namespace matside::ui {

PlayerLayout computePlayerLayout(ImVec2 size, float em, float digitsPx, float digitsScale) {
    PlayerLayout l;
    const float pad = em;
    const float headerH = em * 4.6f;
    const float footerH = em * 5.4f; // progress line + 3 em buttons + padding
    l.header = {{pad, pad * 0.6f}, {size.x - pad, pad * 0.6f + headerH}};
    l.footer = {{pad, size.y - footerH}, {size.x - pad, size.y - pad * 0.6f}};
    const float top = l.header.max.y + pad * 0.5f;
    const float bottom = l.footer.min.y - pad * 0.5f;

    // Right: the timer column gets what "m:ss" needs, at least half and (unless the digits
    // need more) at most kTimerShare of the width; the picture, copied from the mat, gets the rest.
    const float avail = size.x - 3 * pad;
    const float timerW = std::clamp(timerWidthFor(digitsPx) + pad, avail * 0.5f,
                                    std::max(avail * kTimerShare, std::min(timerWidthFor(digitsPx), avail * 0.74f)));
    const float leftW = std::max(avail - timerW, em * 8);
    const float rightX = pad * 2 + leftW;
    const float digitInk = digitsPx * 0.63f * digitsScale;
    const float timerH = std::min(digitInk + em * 1.6f, (bottom - top) * 0.68f);
    l.timer = {{rightX, top}, {size.x - pad, top + timerH}};
    l.details = {{rightX, l.timer.max.y}, {size.x - pad, bottom}};

    // Left: the picture panel keeps 4:3 and leaves at least four lines for key points.
    const float colH = bottom - top;
    const float pictureH = std::max(std::min(leftW * 0.75f, colH - em * 5.5f), em * 4);
    l.picture = {{pad, top}, {pad + leftW, top + pictureH}};
    l.notes = {{pad, l.picture.max.y + pad * 0.5f}, {pad + leftW, bottom}};
    return l;
}

std::string sideText(const Plan& plan, const PlanStep& step) {
    if (!step.side) return {};
    const Exercise& e = plan.exerciseOf(step);
    std::string text = std::string(*step.side == Side::Left ? "left " : "right ") + e.sideLabel;
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

std::string timerText(int seconds) {
    if (seconds >= 600) return formatDuration(seconds);
    const int s = std::max(seconds, 0);
    return std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
}

int displaySeconds(Millis remaining) {
    const auto ms = std::max<long long>(remaining.count(), 0);
    return static_cast<int>((ms + 999) / 1000);
}

} // namespace matside::ui
