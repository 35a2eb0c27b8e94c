// The editor's files: saves and drafts (atomic), free folders for new routines, copies.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_document_file.h"

#include "core/atomic_write.h"
#include "core/illustration_paths.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace matside {
namespace fs = std::filesystem;
using OJson = nlohmann::ordered_json;

namespace {

constexpr const char* kDraftKey = "matside_draft"; // marks a draft; its value is the draft format, 1

std::optional<std::string> readSmall(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) > kMaxRoutineFileBytes * 2 || ec) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) return std::nullopt;
    return text.str();
}

// a-z0-9_ only, at most 48 characters (the suffix "_copy_99" still fits the id's 64).
std::string idOf(const std::string& base) {
    std::string id;
    for (char c : base) {
        if (id.size() >= 48) break;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (ok) id += c;
        else if (!id.empty() && id.back() != '_') id += '_';
    }
    while (!id.empty() && id.back() == '_') id.pop_back();
    return id.empty() ? "my_routine" : id;
}

void copyPictureBeside(const std::string& relative, const fs::path& from, const fs::path& to) {
    if (relative.empty() || !loader::illustrationPathProblem(relative).empty()) return;
    const fs::path source = from.parent_path() / relative;
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) return; // in the assets, or missing: the validator says which
    const fs::path dest = to.parent_path() / relative;
    if (fs::exists(dest, ec)) return; // never replace a picture the copy already has
    copyFileAtomically(source, dest);
}

} // namespace

fs::path draftFileOf(const fs::path& routineFile) { return fs::path(routineFile.string() + ".draft"); }

std::string saveDocument(const RoutineDocument& doc, const fs::path& file) {
    std::string error = replaceFileAtomically(file, documentText(doc));
    if (error.empty()) removeDraft(file);
    return error;
}

std::string writeDraft(const RoutineDocument& doc, const fs::path& file) {
    OJson draft = OJson::object();
    draft[kDraftKey] = 1;
    draft["routine"] = documentToJson(doc);
    return replaceFileAtomically(draftFileOf(file), draft.dump(2) + "\n");
}

void removeDraft(const fs::path& file) {
    std::error_code ec;
    fs::remove(draftFileOf(file), ec);
}

std::optional<RoutineDocument> readDraft(const fs::path& draftFile) {
    const auto text = readSmall(draftFile);
    if (!text) return std::nullopt;
    const OJson json = OJson::parse(*text, nullptr, false);
    if (!json.is_object() || json.value(kDraftKey, 0) != 1 || !json.contains("routine")) return std::nullopt;
    return documentFromJson(json["routine"]);
}

std::vector<DraftEntry> findDrafts(const fs::path& userDir) {
    std::vector<DraftEntry> drafts;
    std::error_code ec;
    for (fs::directory_iterator it(userDir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path routine = it->path() / "routine.json";
        const fs::path draft = draftFileOf(routine);
        if (!fs::is_regular_file(draft, ec)) continue;
        auto doc = readDraft(draft);
        if (!doc) continue;
        drafts.push_back({draft, routine, doc->title.empty() ? "Untitled routine" : doc->title});
    }
    std::sort(drafts.begin(), drafts.end(), [](const auto& a, const auto& b) { return a.draft < b.draft; });
    return drafts;
}

EditTarget freeEditTarget(const fs::path& userDir, const std::string& base) {
    const std::string stem = idOf(base);
    std::error_code ec;
    for (int n = 1;; ++n) {
        std::string id = n == 1 ? stem : stem + "_" + std::to_string(n);
        if (!fs::exists(userDir / id, ec)) return {id, userDir / id / "routine.json"};
    }
}

std::string copyRoutineForEditing(const fs::path& source, const EditTarget& target, RoutineDocument& out) {
    const auto text = readSmall(source);
    if (!text) return source.string() + ": cannot be read; check that it is a routine file";
    auto doc = documentFromText(*text);
    if (!doc) return source.string() + ": is not a routine (not a JSON object); check it with matside validate";
    doc->id = target.id;
    // The picker lists both: the copy's title says which is which.
    if (!doc->title.empty() && doc->title.size() + 7 <= 120) doc->title += " (copy)";
    std::error_code ec;
    fs::create_directories(target.file.parent_path(), ec);
    if (ec) return "cannot create " + target.file.parent_path().string() + ": " + ec.message();
    for (const auto& e : doc->exercises) {
        copyPictureBeside(e.startPicture, source, target.file);
        copyPictureBeside(e.endPicture, source, target.file);
        for (const auto& [key, value] : e.extraPictures.items())
            if (value.is_string()) copyPictureBeside(value.get<std::string>(), source, target.file);
    }
    out = std::move(*doc);
    return {};
}

} // namespace matside
