#include "config.h"

#include "output.h"
#include "toml.h"

#include "concord/diagnostic.h"

#include <iterator>
#include <set>

namespace concord::cli {
namespace {

namespace fs = std::filesystem;

// Keys whose values are paths, made relative to the config file's folder
// (for `report`, the part after FORMAT=).
const std::set<std::string> kPathKeys = {"paths",  "rules",          "treaties", "profile",
                                         "output", "baseline",       "report",   "shards",
                                         "base",   "write-baseline", "head"};

// check's keys that [diff] and [merge] inherit: how to evaluate.
const char* const kEvalKeys[] = {"rules", "treaties",   "profile",     "only",
                                 "skip",  "instrument", "tag",         "subject",
                                 "jobs",  "framework",  "per-document"};

[[noreturn]] void Throw(const std::string& path, uint32_t line, uint32_t column,
                        const std::string& message) {
  Diagnostic d{DiagnosticLevel::kError, Location{path, line, column}, message};
  throw CLI::ConfigError(d.ToString());
}

const CLI::App* FindSubcommand(const CLI::App& app, const std::string& name) {
  auto found = app.get_subcommands([&](const CLI::App* s) { return s->get_name() == name; });
  return found.empty() ? nullptr : found.front();
}

// The option CLI11 fills for `key` (the same lookup as App::_parse_single_config).
const CLI::Option* FindOption(const CLI::App& command, const std::string& key) {
  if (key == "help") return nullptr;
  const CLI::Option* opt = command.get_option_no_throw("--" + key);
  if (!opt && key.size() == 1) opt = command.get_option_no_throw("-" + key);
  if (!opt) opt = command.get_option_no_throw(key);
  return opt;
}

// Every key `command` accepts, for suggestions and the template.
std::vector<std::string> Keys(const CLI::App& command) {
  std::vector<std::string> keys;
  for (const CLI::Option* opt : command.get_options()) {
    if (!opt->get_configurable() || opt->get_lnames() == std::vector<std::string>{"help"}) continue;
    if (opt->get_positional()) {
      keys.push_back(opt->get_name(true));
    } else if (!opt->get_lnames().empty()) {
      keys.push_back(opt->get_lnames().front());
    }
  }
  return keys;
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string suggestion = Suggest(word, candidates);
  return suggestion.empty() ? "" : ", did you mean '" + suggestion + "'?";
}

class ConfigReader : public CLI::ConfigBase {
 public:
  explicit ConfigReader(const CLI::App* app) : app_(app) {}

  void set_path(const std::string& path) { path_ = path; }

  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override {
    const std::string text{std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
    TomlDocument doc;
    TomlError error;
    if (!ParseToml(text, &doc, &error)) Throw(path_, error.line, error.column, error.message);
    for (const TomlTable& t : doc.tables) CheckTable(t);
    std::vector<CLI::ConfigItem> items;
    std::set<std::pair<std::string, std::string>> given;
    for (const TomlEntry& e : doc.entries) {
      items.push_back(Item(e, e.table));
      given.emplace(e.table, e.key);
    }
    // [diff] and [merge] evaluate as [check] says unless they say otherwise.
    for (const char* table : {"diff", "merge"}) {
      const CLI::App* command = FindSubcommand(*app_, table);
      for (const TomlEntry& e : doc.entries) {
        if (e.table != "check" || !command || given.count({table, e.key}) ||
            !FindOption(*command, e.key) ||
            std::find(std::begin(kEvalKeys), std::end(kEvalKeys), e.key) == std::end(kEvalKeys)) {
          continue;
        }
        items.push_back(Item(e, table));
      }
    }
    return items;
  }

 private:
  void CheckTable(const TomlTable& t) const {
    if (FindSubcommand(*app_, t.name)) return;
    std::vector<std::string> names;
    for (const CLI::App* s : app_->get_subcommands([](const CLI::App*) { return true; })) {
      names.push_back(s->get_name());
    }
    Throw(path_, t.line, t.column,
          "unknown table [" + t.name + "]" + DidYouMean(t.name, names) +
              " (tables name subcommands: [check], [diff], [merge])");
  }

  // The CLI11 item for entry `e`, applied to subcommand `table`.
  CLI::ConfigItem Item(const TomlEntry& e, const std::string& table) const {
    if (e.table.empty()) {
      Throw(path_, e.line, e.column,
            "'" + e.key + "' is outside a table: put it under [check] (or [diff], [merge])");
    }
    const CLI::App* command = FindSubcommand(*app_, table);
    const CLI::Option* opt = FindOption(*command, e.key);
    if (opt && !opt->get_configurable()) {
      Throw(path_, e.line, e.column,
            "'" + e.key + "' cannot be set in a config file: give it on the command line");
    }
    if (!opt) {
      Throw(path_, e.line, e.column,
            "unknown key '" + e.key + "' in [" + table + "]" + DidYouMean(e.key, Keys(*command)) +
                " (concord " + table + " --help lists them)");
    }
    CLI::ConfigItem item;
    item.parents = {table};
    item.name = e.key;
    item.inputs = Inputs(e, *opt);
    if (kPathKeys.count(e.key)) {
      for (std::string& value : item.inputs) value = Rebase(e.key, value);
    }
    return item;
  }

  std::vector<std::string> Inputs(const TomlEntry& e, const CLI::Option& opt) const {
    using Kind = TomlValue::Kind;
    const bool flag = opt.get_expected_min() == 0;  // as CLI11 tells flags
    const std::string type = opt.get_type_name();
    const Kind want = flag                              ? Kind::kBool
                      : type == "INT" || type == "UINT" ? Kind::kInteger
                                                        : Kind::kString;
    auto scalar = [&](const TomlValue& v) {
      if (v.kind != want) {
        Throw(path_, v.line, v.column,
              "'" + e.key + "' takes " + TomlKindName(want) + ", not " + TomlKindName(v.kind));
      }
      return v.text;
    };
    std::vector<std::string> inputs;
    if (e.value.kind != Kind::kArray) {
      inputs.push_back(scalar(e.value));
    } else if (opt.get_expected_max() <= 1 || flag) {
      Throw(path_, e.value.line, e.value.column, "'" + e.key + "' takes one value, not an array");
    } else {
      for (const TomlValue& v : e.value.items) inputs.push_back(scalar(v));
    }
    return inputs;
  }

  // A path from the file, as seen from the current folder.
  std::string Rebase(const std::string& key, const std::string& value) const {
    std::string prefix, path = value;
    if (key == "report") {
      const size_t eq = value.find('=');
      if (eq == std::string::npos) return value;
      prefix = value.substr(0, eq + 1);
      path = value.substr(eq + 1);
    }
    if (path.empty() || fs::path(path).is_absolute()) return value;
    std::error_code ec;
    const fs::path dir = fs::absolute(path_, ec).parent_path();
    const fs::path cwd = fs::current_path(ec);
    fs::path rel = dir.lexically_relative(cwd);
    if (rel.empty()) rel = dir;
    if (rel == ".") return value;
    return prefix + (rel / path).lexically_normal().string();
  }

  const CLI::App* app_;
  std::string path_;
};

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string DefaultValue(const CLI::Option& opt) {
  if (opt.get_expected_min() == 0) return "false";
  if (opt.get_expected_max() > 1) return "[]";
  const std::string type = opt.get_type_name();
  if (type == "INT" || type == "UINT") {
    return opt.get_default_str().empty() ? "0" : opt.get_default_str();
  }
  return Quote(opt.get_default_str());
}

}  // namespace

fs::path FindConfig(const fs::path& dir) {
  std::error_code ec;
  for (fs::path at = fs::absolute(dir, ec);; at = at.parent_path()) {
    if (fs::is_regular_file(at / kConfigName, ec)) return at / kConfigName;
    if (at == at.parent_path() || at.empty()) return {};
  }
}

void SetupConfig(CLI::App* app) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path found = ec ? fs::path() : FindConfig(cwd);
  std::string shown;
  if (!found.empty()) {
    const fs::path rel = found.lexically_relative(cwd);
    shown = rel.empty() ? found.string() : rel.string();
  }
  auto reader = std::make_shared<ConfigReader>(app);
  reader->set_path(shown);
  app->config_formatter(reader);
  CLI::Option* config =
      app->set_config("--config", shown,
                      "Read options from this TOML file (default: the nearest .concord.toml in "
                      "this folder or a parent)");
  config->option_text("FILE");
  config->each([reader](const std::string& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      throw CLI::ConfigError("concord: error: cannot read the config file '" + path +
                             "': no such file");
    }
    reader->set_path(path);
  });
  config->trigger_on_parse();
  app->add_flag_callback(
         "--no-config", [config] { config->default_str(""); }, "Read no .concord.toml")
      ->trigger_on_parse()
      ->excludes(config);
  // `concord check --config x.toml` works as well as `concord --config x.toml check`.
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) sub->fallthrough();
}

std::string ConfigTemplate(const CLI::App& check, const std::vector<std::string>& paths) {
  std::string out =
      "# Concord configuration (docs/config.md). `concord check` reads the nearest\n"
      "# .concord.toml in the current folder or a parent folder. Flags on the\n"
      "# command line override it; --no-config ignores it. Paths are relative to\n"
      "# this file's folder.\n\n[check]\n";
  for (const CLI::Option* opt : check.get_options()) {
    if (!opt->get_configurable() || opt->get_lnames() == std::vector<std::string>{"help"}) continue;
    out += "\n# " + opt->get_description() + "\n";
    if (opt->get_positional()) {
      std::string list;
      for (const std::string& p : paths) list += (list.empty() ? "" : ", ") + Quote(p);
      out += opt->get_name(true) + " = [" + list + "]\n";
    } else if (!opt->get_lnames().empty()) {
      out += "# " + opt->get_lnames().front() + " = " + DefaultValue(*opt) + "\n";
    }
  }
  out +=
      "\n# [diff] and [merge] take rules, treaties, profile, only, skip, instrument,\n"
      "# tag, subject, jobs, framework and per-document from [check] unless they\n"
      "# set them; their other options (concord diff --help) go in their own table.\n"
      "# [diff]\n# fail-on = \"error\"\n";
  return out;
}

}  // namespace concord::cli
