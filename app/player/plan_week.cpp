// Plan my week: day toggles, times kept sorted and unique, and the keys of the screen.
#include "player/plan_week.h"

#include <algorithm>

namespace matside {

using ui::PlanWeekClick;
using ui::PlanWeekCommand;

void PlanWeekEditor::open(const WeeklyPlan& plan, bool offer, bool planned) {
    m_plan = plan;
    if (m_plan.times.empty()) m_plan.times = {8 * 60};
    m_selected = 0;
    m_open = true;
    m_offer = offer;
    m_planned = planned;
    m_error.clear();
}

std::optional<PlanWeekClick> PlanWeekEditor::clickForKey(const ui::Action& a) {
    using K = ui::Action::Kind;
    switch (a.kind) {
    case K::Number:
        if (a.index >= 0 && a.index <= 6) return PlanWeekClick{PlanWeekCommand::ToggleDay, a.index};
        if (a.index == 7) return PlanWeekClick{PlanWeekCommand::AddTime};
        if (a.index == 8) return PlanWeekClick{PlanWeekCommand::RemoveTime};
        return PlanWeekClick{PlanWeekCommand::ToggleReminders}; // '0'
    case K::CloseOverlay: return PlanWeekClick{PlanWeekCommand::Cancel};
    case K::Session:
        switch (a.command) {
        case Command::Toggle: return PlanWeekClick{PlanWeekCommand::SelectTime, -1}; // Space: next time
        case Command::Extend: return PlanWeekClick{PlanWeekCommand::Later};
        case Command::Shorten: return PlanWeekClick{PlanWeekCommand::Earlier};
        case Command::Done: return PlanWeekClick{PlanWeekCommand::Save};
        default: return std::nullopt;
        }
    default: return std::nullopt;
    }
}

void PlanWeekEditor::moveSelected(int minutes) {
    std::vector<int>& times = m_plan.times;
    int value = times[static_cast<std::size_t>(m_selected)];
    // Step over times already planned, so the list stays unique.
    do value = ((value + minutes) % kMinutesPerDay + kMinutesPerDay) % kMinutesPerDay;
    while (std::count(times.begin(), times.end(), value) > 0);
    times[static_cast<std::size_t>(m_selected)] = value;
    std::sort(times.begin(), times.end());
    m_selected = static_cast<int>(std::find(times.begin(), times.end(), value) - times.begin());
}

PlanWeekEditor::Outcome PlanWeekEditor::apply(const PlanWeekClick& click) {
    std::vector<int>& times = m_plan.times;
    m_error.clear();
    switch (click.command) {
    case PlanWeekCommand::ToggleDay:
        if (click.index >= 0 && click.index < 7)
            m_plan.days[static_cast<std::size_t>(click.index)] = !m_plan.days[static_cast<std::size_t>(click.index)];
        return Outcome::None;
    case PlanWeekCommand::SelectTime:
        m_selected = click.index >= 0 ? std::min(click.index, static_cast<int>(times.size()) - 1)
                                      : (m_selected + 1) % static_cast<int>(times.size());
        return Outcome::None;
    case PlanWeekCommand::AddTime: {
        if (times.size() >= static_cast<std::size_t>(kMaxTimesPerDay)) {
            m_error = "At most " + std::to_string(kMaxTimesPerDay) + " times a day";
            return Outcome::None;
        }
        times.push_back(times.back());
        m_selected = static_cast<int>(times.size()) - 1;
        // Three hours after the last, on the quarter hour, stepping over any taken.
        moveSelected(3 * 60 - (times.back() + 3 * 60) % kStepMinutes);
        return Outcome::None;
    }
    case PlanWeekCommand::RemoveTime:
        if (times.size() <= 1) {
            m_error = "Keep at least one time, or Clear the plan";
            return Outcome::None;
        }
        times.erase(times.begin() + m_selected);
        m_selected = std::min(m_selected, static_cast<int>(times.size()) - 1);
        return Outcome::None;
    case PlanWeekCommand::Earlier: moveSelected(-kStepMinutes); return Outcome::None;
    case PlanWeekCommand::Later: moveSelected(kStepMinutes); return Outcome::None;
    case PlanWeekCommand::ToggleReminders: return Outcome::ToggleReminders;
    case PlanWeekCommand::Save:
        if (!planError(m_plan).empty()) {
            m_error = "Pick at least one day";
            return Outcome::None;
        }
        m_open = false;
        return Outcome::Saved;
    case PlanWeekCommand::Cancel: m_open = false; return Outcome::Cancelled;
    case PlanWeekCommand::Clear: m_open = false; return Outcome::Cleared;
    }
    return Outcome::None;
}

WeeklyPlan suggestedPlan(const std::optional<WeeklyPlan>& prescribed, int trainedAtMinute) {
    if (prescribed && planError(*prescribed).empty()) return *prescribed;
    WeeklyPlan plan;
    plan.days.fill(true);
    const int rounded = (trainedAtMinute + PlanWeekEditor::kStepMinutes / 2) / PlanWeekEditor::kStepMinutes *
                        PlanWeekEditor::kStepMinutes;
    plan.times = {rounded % kMinutesPerDay};
    return plan;
}

} // namespace matside
