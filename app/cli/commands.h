// The `teacup` subcommands, each registered on the CLI11 app and run after parsing.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace teacup::cli {

// Each adds its subcommand to `app` and returns the function that runs it (exit code).
using Runner = std::function<int()>;
Runner addValidate(CLI::App& app);
Runner addRun(CLI::App& app);
Runner addComplete(CLI::App& app);
Runner addGraph(CLI::App& app);
Runner addBench(CLI::App& app);

} // namespace teacup::cli
