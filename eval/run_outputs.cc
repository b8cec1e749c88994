#include "run_outputs.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "file_identity.h"
#include "precis/error.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;

// The path with links and "..", resolved as far as it exists: a file yet to be written
// compares by the folder it will go in.
fs::path Resolved(const std::string& path) {
  std::error_code error;
  fs::path resolved = fs::weakly_canonical(fs::absolute(path, error), error);
  if (error) resolved = fs::absolute(path, error).lexically_normal();
  if (!resolved.has_filename()) resolved = resolved.parent_path();  // "a/b/" is "a/b"
  return resolved;
}

// Whether `inner` is `outer` or lies within it, component by component.
bool Within(const fs::path& inner, const fs::path& outer) {
  const auto [mismatch, _] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return mismatch == outer.end();
}

// A path the run reads, and what it is to the run, as the user named it ("--system-dir
// mine", "cluster T01_C1").
struct RunInput {
  std::string path;
  std::string role;
};

// Every path the run reads: its clusters' folders and files, each --system-dir and the
// summaries in it. A file may be a link into a folder of its own, hence files too.
std::vector<RunInput> RunInputs(const RunSettings& settings, const std::vector<Cluster>& clusters) {
  std::vector<RunInput> inputs;
  for (const SystemSpec& system : settings.systems) {
    if (system.kind != SystemKind::kDirectory) continue;
    inputs.push_back({system.directory, "--system-dir " + system.name});
  }
  for (const Cluster& cluster : clusters) {
    const std::string role = "cluster " + cluster.name;
    inputs.push_back({cluster.folder, role});
    for (const std::string& file : cluster.files) inputs.push_back({file, role});
    for (const SystemSpec& system : settings.systems) {
      if (system.kind != SystemKind::kDirectory) continue;
      inputs.push_back({(fs::path(system.directory) / (cluster.name + ".txt")).string(),
                        "--system-dir " + system.name});
    }
  }
  return inputs;
}

// The --out folder is replaced whole, when the run is done: an input at or under it
// (a --system-dir of an earlier run's summaries/) would be gone.
void CheckOutHoldsNoInput(const std::string& out, const RunSettings& settings,
                          const std::vector<Cluster>& clusters) {
  const fs::path folder = Resolved(out);
  for (const RunInput& input : RunInputs(settings, clusters)) {
    if (Within(Resolved(input.path), folder)) {
      throw Error(ErrorCode::kInvalidOptions, out,
                  "--out would replace " + input.path + ", an input of this run (" + input.role +
                      "); choose another --out");
    }
  }
}

}  // namespace

std::string PlotNameInOut(const std::string& plot, const std::string& out) {
  if (plot.empty() || out.empty()) return {};
  const fs::path file = Resolved(plot);
  const fs::path folder = Resolved(out);
  if (!Within(file, folder)) return {};
  if (file.parent_path() != folder) {
    throw Error(ErrorCode::kInvalidOptions, plot,
                "--plot inside a folder of --out, which the run replaces: put it in " +
                    folder.string() + " itself");
  }
  const std::string name = file.filename().string();
  for (const char* written : {"results.json", "results.csv", "summaries", "explanations"}) {
    if (name == written) {
      throw Error(ErrorCode::kInvalidOptions, plot, "--plot names a file --out writes");
    }
  }
  return name;
}

void CheckPlotPath(const std::string& plot, const std::string& out) {
  std::error_code error;
  if (fs::is_directory(plot, error)) throw Error(ErrorCode::kIo, plot, "is a folder");
  if (!PlotNameInOut(plot, out).empty()) return;  // written with the --out folder
  fs::path parent = fs::path(plot).parent_path();
  if (parent.empty()) parent = ".";
  if (!fs::is_directory(parent, error)) {
    throw Error(ErrorCode::kIo, plot, "cannot be written: no folder " + parent.string());
  }
}

void CheckRunOutputs(const std::string& out, const std::string& plot, const RunSettings& settings,
                     const std::vector<Cluster>& clusters) {
  if (!plot.empty()) {
    // By what the file is, not its name: a link to a reference is the reference.
    if (const std::optional<FileIdentity> target = IdentityOf(plot)) {
      std::vector<std::string> inputs;
      for (const Cluster& cluster : clusters) {
        inputs.insert(inputs.end(), cluster.files.begin(), cluster.files.end());
        for (const SystemSpec& system : settings.systems) {
          if (system.kind != SystemKind::kDirectory) continue;
          inputs.push_back((fs::path(system.directory) / (cluster.name + ".txt")).string());
        }
      }
      for (const std::string& input : inputs) {
        if (IdentityOf(input) == target) {
          throw Error(ErrorCode::kInvalidOptions, plot,
                      "--plot names an input file; refusing to overwrite it");
        }
      }
    }
    const fs::path file = Resolved(plot);
    for (const Cluster& cluster : clusters) {
      if (Within(file, Resolved(cluster.folder))) {
        throw Error(ErrorCode::kInvalidOptions, plot,
                    "--plot inside the dataset's cluster " + cluster.folder +
                        "; refusing to write into the dataset");
      }
    }
  }
  if (!out.empty()) {
    // The folder is replaced whole: the dataset in it would go with it.
    const fs::path folder = Resolved(out);
    if (Within(Resolved(settings.dataset), folder)) {
      throw Error(ErrorCode::kInvalidOptions, out,
                  "--out is or holds the dataset " + settings.dataset + "; refusing to replace it");
    }
    for (const Cluster& cluster : clusters) {
      if (Within(folder, Resolved(cluster.folder))) {
        throw Error(ErrorCode::kInvalidOptions, out,
                    "--out inside the dataset's cluster " + cluster.folder +
                        "; refusing to write into the dataset");
      }
    }
    CheckOutHoldsNoInput(out, settings, clusters);
  }
}

}  // namespace precis::eval
