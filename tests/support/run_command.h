// Runs a shell command and captures what it prints, for end-to-end tests of programs.
#ifndef PRECIS_TESTS_SUPPORT_RUN_COMMAND_H_
#define PRECIS_TESTS_SUPPORT_RUN_COMMAND_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace precis::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `command` runs under /bin/sh with `input` on its standard input.
inline CommandResult RunCommand(const std::string& command, const std::string& input = "") {
  namespace fs = std::filesystem;
  static int counter = 0;
  const fs::path dir = fs::temp_directory_path() /
                       ("precis_cmd_" + std::to_string(::getpid()) + "_" +
                        std::to_string(counter++));
  fs::create_directories(dir);
  std::ofstream(dir / "in", std::ios::binary) << input;
  const std::string full = "(" + command + ") <'" + (dir / "in").string() + "' >'" +
                           (dir / "out").string() + "' 2>'" + (dir / "err").string() + "'";
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = Slurp(dir / "out");
  result.err = Slurp(dir / "err");
  fs::remove_all(dir);
  return result;
}

// `text` in single quotes, for a path in a shell command (paths here hold no quote).
inline std::string Quoted(const std::string& text) { return "'" + text + "'"; }

// The lines of a program's output, without their line feeds.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The precis program built with the tests, quoted for the shell.
inline std::string Precis() { return Quoted(std::string(PRECIS_BIN_DIR) + "/precis"); }

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_RUN_COMMAND_H_
