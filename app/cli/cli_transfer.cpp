// `matside export ROUTINE -o FILE.matside` and `matside import FILE`: routines that travel.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "core/routine_library.h"
#include "launch/routine_loading.h"
#include "sharing/routine_transfer.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace matside::cli {
namespace {

int report(const sharing::TransferResult& r) {
    for (const auto& e : r.errors) std::cerr << e << '\n';
    return r.exitCode;
}

} // namespace

void registerExport(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("export", "Write a routine and its pictures into one .matside file to share");
    auto routine = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("ROUTINE", *routine, "The routine file (.json) to export")->required();
    cmd->add_option("-o,--output", *output, "The file to write (FILE.matside)")->required();
    cmd->callback([routine, output, &exitCode] {
        const auto r = sharing::exportRoutine(*routine, *output, assetSearchDirs());
        exitCode = report(r);
        if (exitCode == kExitOk) std::cout << r.written.string() << ": exported \"" << r.title << "\"\n";
    });
}

void registerImport(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("import", "Check a .matside file and install its routine in your routines folder");
    auto file = std::make_shared<std::string>();
    auto rename = std::make_shared<bool>(false);
    auto replace = std::make_shared<bool>(false);
    cmd->add_option("FILE", *file, "The .matside file to import")->required();
    auto* renameFlag = cmd->add_flag("--rename", *rename, "If that routine is installed already, keep both");
    cmd->add_flag("--replace", *replace, "If that routine is installed already, overwrite it")->excludes(renameFlag);
    cmd->callback([file, rename, replace, &exitCode] {
        const auto clash = *rename    ? sharing::Clash::Rename
                           : *replace ? sharing::Clash::Replace
                                      : sharing::Clash::Refuse;
        const auto r = sharing::importRoutine(*file, userRoutinesDir(), clash);
        exitCode = report(r);
        if (exitCode == kExitOk) std::cout << r.written.string() << ": installed \"" << r.title << "\"\n";
    });
}

} // namespace matside::cli
