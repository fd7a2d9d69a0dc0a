// .concord.toml: options for the subcommands, read through CLI11's config
// support (App::set_config with our own reader, which knows lines).
//
// The file is the nearest .concord.toml in the current folder or a parent
// folder, or the one --config FILE names; --no-config reads none. Tables
// name subcommands: [check] holds any `concord check` option by its long
// name (fail-on = "warning", rules = ["rules/", "more/"], per-document =
// true, paths = ["laws/"]); [diff] and [merge] hold theirs and also take
// check's evaluation keys (rules, treaties, profile, only, skip, instrument,
// tag, subject, per-document, framework, jobs) from [check] unless they set
// them. A flag on the command line overrides the same key in the file.
// Relative paths in the file are relative to the file's folder. Any error
// (TOML syntax, an unknown table or key, a value of the wrong type) throws
// CLI::ConfigError whose text is "path:line:col: error: ...". docs/config.md
// documents it.

#ifndef CONCORD_CLI_CONFIG_H_
#define CONCORD_CLI_CONFIG_H_

#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace concord::cli {

/// The file name Concord looks for.
inline constexpr const char* kConfigName = ".concord.toml";

/// Adds --config FILE and --no-config to `app` and installs the reader. Call
/// after every subcommand is registered.
void SetupConfig(CLI::App* app);

/// The nearest kConfigName in `dir` or one of its parents, or "".
std::filesystem::path FindConfig(const std::filesystem::path& dir);

/// The text `concord init` writes: every configurable option of `check`
/// with its help text and default, commented out, and `paths` set.
std::string ConfigTemplate(const CLI::App& check, const std::vector<std::string>& paths);

}  // namespace concord::cli

#endif  // CONCORD_CLI_CONFIG_H_
