// Applies the content catalogue to a loaded routine, field by field.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_translate.h"

#include "i18n/language.h"
#include "i18n/tr.h"

namespace matside {
namespace {

void one(const std::string& context, std::string& text) { text = trContent(context, text); }

void list(const std::string& context, std::vector<std::string>& texts) {
    for (std::size_t i = 0; i < texts.size(); ++i) one(context + "/" + std::to_string(i), texts[i]);
}

} // namespace

void translateRoutine(Routine& r) {
    if (i18n::isEnglish()) return;
    const std::string id = r.id + "/";
    one(id + "title", r.title);
    one(id + "summary", r.summary);
    list(id + "about", r.about);
    list(id + "tips", r.tips);
    list(id + "prevention", r.prevention);
    list(id + "red_flags", r.redFlags);
    one(id + "disclaimer", r.disclaimer);
    for (Exercise& e : r.exercises) {
        const std::string eid = id + e.id + "/";
        one(eid + "name", e.name);
        one(eid + "summary", e.summary);
        one(eid + "why", e.why);
        list(eid + "key_points", e.keyPoints);
        list(eid + "equipment", e.equipment);
        list(eid + "target_muscles", e.targetMuscles);
        list(eid + "cautions", e.cautions);
    }
}

} // namespace matside
