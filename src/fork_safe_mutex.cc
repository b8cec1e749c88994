#include "fork_safe_mutex.h"

#include <pthread.h>

#include <vector>

namespace precis {

struct ForkHandlers {
  // Never destroyed: a fork during the process's exit still finds them.
  static std::mutex& RegistryMutex() {
    static auto* mutex = new std::mutex;
    return *mutex;
  }
  static std::vector<ForkSafeMutex*>& Registry() {
    static auto* registry = new std::vector<ForkSafeMutex*>;
    return *registry;
  }
  // In the order they were made, which no code path inverts: none is taken while
  // another is held.
  static void Prepare() {
    RegistryMutex().lock();
    for (ForkSafeMutex* m : Registry()) m->mutex_.lock();
  }
  static void Release() {
    for (auto it = Registry().rbegin(); it != Registry().rend(); ++it) (*it)->mutex_.unlock();
    RegistryMutex().unlock();
  }
};

// pthread_atfork takes C functions. Declared static: GCC gives an extern "C" function
// external linkage even in an unnamed namespace, and a program of its own defining
// PrepareFork would then fail to link with the library.
extern "C" {
static void PrepareFork() { ForkHandlers::Prepare(); }
static void ReleaseAfterFork() { ForkHandlers::Release(); }
}

ForkSafeMutex::ForkSafeMutex() {
  static const int registered = pthread_atfork(PrepareFork, ReleaseAfterFork, ReleaseAfterFork);
  (void)registered;
  const std::lock_guard<std::mutex> lock(ForkHandlers::RegistryMutex());
  ForkHandlers::Registry().push_back(this);
}

}  // namespace precis
