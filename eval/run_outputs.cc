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
  }
}

}  // namespace precis::eval
