// Runs a program as a child process and captures its exit status, stdout and stderr.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace matside::test {

struct ProcessResult {
    int exitCode = -1;     // exit status, or -1 when killed by a signal
    int signal = 0;        // the signal that killed it, 0 if it exited
    std::string out;
    std::string err;
};

// Runs `argv` (argv[0] is the program path) with `extraEnv` added to the environment and
// `input` on stdin. Kills it after `timeoutSeconds`, which then shows as signal SIGKILL.
ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::map<std::string, std::string>& extraEnv = {},
                         double timeoutSeconds = 30, const std::string& input = {});

// Runs build/matside with the given arguments.
ProcessResult runMatside(const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& extraEnv = {},
                         double timeoutSeconds = 30);

} // namespace matside::test
