// A mutex that a fork() never leaves locked in the child.
//
// A process that forks while another of its threads holds a mutex gives the child that
// mutex locked, with no thread left to unlock it: the child's first call that needs it
// waits forever. Python's multiprocessing forks so, while other threads summarize (a
// pool started beside a thread that calls precis). Each ForkSafeMutex is taken by the
// forking thread before the fork (pthread_atfork) and released after it, in the parent
// and in the child alike, so that the fork waits for a holder to finish instead.
//
// Only for mutexes that live until the process ends (a function's static, or one never
// destroyed): the fork handlers cannot be removed, so the registry keeps them all.
#ifndef PRECIS_SRC_FORK_SAFE_MUTEX_H_
#define PRECIS_SRC_FORK_SAFE_MUTEX_H_

#include <mutex>

namespace precis {

class ForkSafeMutex {
 public:
  ForkSafeMutex();
  ForkSafeMutex(const ForkSafeMutex&) = delete;
  ForkSafeMutex& operator=(const ForkSafeMutex&) = delete;

  // BasicLockable, for std::lock_guard.
  void lock() { mutex_.lock(); }
  void unlock() { mutex_.unlock(); }

 private:
  friend struct ForkHandlers;
  std::mutex mutex_;
};

}  // namespace precis

#endif  // PRECIS_SRC_FORK_SAFE_MUTEX_H_
