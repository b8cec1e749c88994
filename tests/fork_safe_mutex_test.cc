#include "fork_safe_mutex.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <thread>

namespace {

// Whether child `pid` exited 0 within `seconds`; a child still running is killed.
bool ExitedCleanly(pid_t pid, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return false;
}

}  // namespace

TEST_CASE("A fork while another thread holds a ForkSafeMutex leaves it free in the child") {
  // With a plain std::mutex the child got it locked by a thread it does not have, and its
  // first lock waited forever: Python's multiprocessing forking beside a thread in
  // precis hung in the clean stage's regex cache.
  static precis::ForkSafeMutex& mutex = *new precis::ForkSafeMutex;
  std::atomic<bool> held{false};
  std::thread holder([&] {
    mutex.lock();
    held = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    mutex.unlock();
  });
  while (!held) std::this_thread::yield();
  // The fork waits for the holder to let go, then the child takes the mutex at once.
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    mutex.lock();
    mutex.unlock();
    ::_exit(0);
  }
  holder.join();
  CHECK(ExitedCleanly(pid, 20));
  // And the parent's is free too.
  mutex.lock();
  mutex.unlock();
}
