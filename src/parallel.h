// Deterministic fork-join over index ranges, for the stages that split by document.
#ifndef PRECIS_SRC_PARALLEL_H_
#define PRECIS_SRC_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace precis {

// Each worker builds its own ICU matchers, segmenter and tokenizer: past a few per core
// they only add that cost (--threads 20000 took 50 s on 3,000 articles, 2 on 0.5 s).
inline std::size_t MaxWorkers() {
  const std::size_t cores = std::max<unsigned>(1, std::thread::hardware_concurrency());
  return std::max<std::size_t>(64, 4 * cores);
}

// The number of workers for `requested` threads (0: one per core), never more than
// `items` nor MaxWorkers(), and never less than 1.
inline std::size_t WorkerCount(std::size_t requested, std::size_t items) {
  std::size_t workers = requested;
  if (workers == 0) workers = std::max<unsigned>(1, std::thread::hardware_concurrency());
  return std::max<std::size_t>(1, std::min({workers, items, MaxWorkers()}));
}

// Lets a caller give up a stage that ParallelRanges splits by document or sentence
// (Options::cancelled) before its end: only the calling thread may ask the caller, so
// worker 0, which runs there, asks `ask` between its items, and ParallelRanges asks it
// again while that thread waits for the others; `ask` throws to stop (StageClock::Poll,
// at most every tenth of a second), and the other workers then stop at their next item.
// ParallelRanges rethrows the first error in worker order: `ask`'s.
class StopCheck {
 public:
  // `ask` empty: the stage always goes on.
  explicit StopCheck(std::function<void()> ask) : ask_(std::move(ask)) {}

  // Whether `worker` goes on to its next item; throws what `ask` throws on worker 0.
  bool GoOn(std::size_t worker) {
    if (!ask_) return true;
    if (worker != 0) return !stopped_.load(std::memory_order_relaxed);
    Ask();
    return true;
  }

  bool asks() const { return static_cast<bool>(ask_); }
  bool stopped() const { return stopped_.load(std::memory_order_relaxed); }

  // On the calling thread only: asks the caller, and stops every worker if it gives up.
  void Ask() {
    try {
      ask_();
    } catch (...) {
      stopped_.store(true, std::memory_order_relaxed);
      throw;
    }
  }

 private:
  std::function<void()> ask_;
  std::atomic<bool> stopped_{false};
};

// Splits [0, items) into `workers` contiguous ranges and calls work(worker, begin, end)
// for each, the first range on the calling thread. Each worker owns its range's outputs,
// so results do not depend on scheduling; the split only depends on (items, workers).
// The first exception thrown by any worker (in worker order) is rethrown after all
// joined. Workers should get roughly equal work per item: ranges are equal in count.
// A range whose thread the system will not start runs on the calling thread, after its
// own: the output is the same, where std::thread's exception used to end the process
// ("terminate called without an active exception") with the started threads joinable.
// With `stop`, the calling thread, its own range done, asks it every kAskEvery while
// other ranges run: one range of long documents would otherwise go on unasked.
template <typename Work>
void ParallelRanges(std::size_t workers, std::size_t items, Work work, StopCheck* stop = nullptr) {
  constexpr std::chrono::milliseconds kAskEvery{50};
  workers = std::max<std::size_t>(1, std::min(workers, items));
  if (workers <= 1) {
    work(std::size_t{0}, std::size_t{0}, items);
    return;
  }
  std::vector<std::exception_ptr> errors(workers);
  const auto run = [&](std::size_t w) {
    const std::size_t begin = items * w / workers;
    const std::size_t end = items * (w + 1) / workers;
    try {
      work(w, begin, end);
    } catch (...) {
      errors[w] = std::current_exception();
    }
  };
  std::mutex mutex;
  std::condition_variable one_finished;
  std::size_t finished = 0;  // threads whose range is done, under `mutex`
  const auto run_thread = [&](std::size_t w) {
    run(w);
    {
      const std::lock_guard<std::mutex> lock(mutex);
      ++finished;
    }
    one_finished.notify_one();
  };
  std::vector<std::thread> threads;
  std::size_t started = 1;  // workers [1, started) have a thread
  try {
    threads.reserve(workers - 1);
    for (; started < workers; ++started) threads.emplace_back(run_thread, started);
  } catch (const std::exception&) {  // std::system_error, or bad_alloc for a stack
  }
  run(0);
  for (std::size_t w = started; w < workers; ++w) run(w);
  if (stop != nullptr && stop->asks() && !stop->stopped() && !errors[0]) {
    std::unique_lock<std::mutex> lock(mutex);
    while (!one_finished.wait_for(lock, kAskEvery, [&] { return finished == threads.size(); })) {
      lock.unlock();
      try {
        stop->Ask();
      } catch (...) {
        errors[0] = std::current_exception();
        break;
      }
      lock.lock();
    }
  }
  for (std::thread& t : threads) t.join();
  for (const std::exception_ptr& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

}  // namespace precis

#endif  // PRECIS_SRC_PARALLEL_H_
