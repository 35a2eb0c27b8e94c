// The player's printed documents (issue 13): "Handout" on the ready screen and "Report for my
// physio" on the History screen write a PDF into the documents folder, say where in one
// line, and hand it to the desktop's viewer without waiting for it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "ui/keymap.h"

#include <filesystem>
#include <string>

namespace matside {

class HistoryPanel;
class PlayerController;
class Guide;

class DocumentDesk {
public:
    // `plan` must outlive the desk; `dataDir` is the history's (as given to the player).
    DocumentDesk(const Plan& plan, std::filesystem::path dataDir);

    void writeHandout(); // <documents>/<routine id>-handout.pdf
    void writeReport();  // <documents>/matside-report-YYYY-MM-DD.pdf, all of this routine's sessions

    // The one line to show: where the PDF went (and whether a viewer opened it), or why not.
    const std::string& status() const { return m_status; }

private:
    void finish(const std::filesystem::path& file, const std::string& what);

    const Plan& m_plan;
    std::filesystem::path m_dataDir;
    std::string m_status;
};

// The folder documents go to: `xdg-user-dir DOCUMENTS` when it names an existing folder,
// else $HOME; empty when neither is known.
std::filesystem::path documentsFolder();

// Starts `xdg-open file` detached (a shell that backgrounds it and exits at once, so the loop
// never waits on the viewer). False when no xdg-open is on PATH.
bool openInViewer(const std::filesystem::path& file);

// P and the two buttons: the handout on the ready screen, the report on the History screen.
// True when the action was P (it is consumed everywhere, acted on only there).
bool handlePrintAction(const ui::Action& action, HistoryPanel& history, const PlayerController& controller,
                       const Guide& guide);

} // namespace matside
