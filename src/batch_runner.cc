// One reader (the calling thread), N workers and one writer share a window of in-flight
// lines: the reader appends lines while the window has room, workers claim them in order
// and fill in their records, the writer takes records off the front as they complete.
// The window's bound keeps memory flat on endless input; writing from the front keeps
// input order whatever order the workers finish in.
#include "batch_runner.h"

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include "batch_lines.h"
#include "batch_record.h"
#include "parallel.h"
#include "precis/error.h"

namespace precis {
namespace {

struct Slot {
  std::string line;
  bool overlong = false;
  std::size_t number = 0;
  BatchRecord record;
  bool done = false;
};

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}

  // Called after each record; prints at most once a second.
  void Update(std::size_t records) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::seconds(1)) return;
    last_ = now;
    Print(records, "\r");
  }
  void Finish(std::size_t records) {
    if (enabled_ && printed_) Print(records, "\r");
    if (printed_) std::fputs("\n", stderr);
  }

 private:
  void Print(std::size_t records, const char* start) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "%sprecis: batch: %zu clusters, %.0f/s", start, records,
                 seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
    std::fflush(stderr);
    printed_ = true;
  }

  bool enabled_;
  bool printed_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

class Pipeline {
 public:
  Pipeline(const BatchRunOptions& options, std::FILE* out)
      : options_(options), out_(out), progress_(options.progress) {}

  BatchRunStats Run() {
    // Every input opens before anything runs: a misspelt path fails with empty output.
    for (const std::string& path : options_.inputs) BatchInput check(path);

    std::vector<std::thread> threads;
    std::optional<Error> read_error;
    try {
      StartThreads(threads);
      Read();
    } catch (const Error& e) {
      read_error = e;
    } catch (const std::bad_alloc&) {
      read_error.emplace(ErrorCode::kIo, "", "out of memory while reading the input");
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      input_done_ = true;
    }
    work_.notify_all();
    ready_.notify_all();
    for (std::thread& t : threads) t.join();
    progress_.Finish(stats_.lines);
    if (write_error_) throw *write_error_;
    if (read_error) throw *read_error;
    return stats_;
  }

 private:
  // The writer, then the workers: as many as asked, or as the system lets start
  // (--threads 50000 may be more). The records are the same whatever their number.
  // Throws Error(kInternal) when not even the writer and one worker can start.
  void StartThreads(std::vector<std::thread>& threads) {
    const std::size_t wanted =
        WorkerCount(options_.threads, std::numeric_limits<std::size_t>::max());
    std::string problem;
    try {
      threads.emplace_back([this] { Write(); });
      while (workers_ < wanted) {
        threads.emplace_back([this] { Work(); });
        ++workers_;
      }
    } catch (const std::system_error& e) {
      problem = e.what();
    }
    std::lock_guard<std::mutex> lock(mutex_);
    // A few lines per worker keep every worker busy while the writer waits on a slow
    // line at the front; more would only hold memory.
    capacity_ = 4 * workers_;
    if (workers_ == 0) {
      throw Error(ErrorCode::kInternal, "", "cannot start a thread: " + problem);
    }
  }

  void Read() {
    std::size_t number = 0;
    for (const std::string& path : options_.inputs) {
      BatchInput input(path);
      BatchLineReader reader(input.fd(), options_.max_line_bytes);
      while (std::optional<BatchLine> line = reader.Next(path)) {
        std::unique_lock<std::mutex> lock(mutex_);
        space_.wait(lock, [this] { return window_.size() < capacity_ || stop_; });
        if (stop_) return;
        Slot& slot = window_.emplace_back();
        slot.line = std::move(line->text);
        slot.overlong = line->overlong;
        slot.number = ++number;
        lock.unlock();
        work_.notify_one();
      }
    }
  }

  void Work() {
    for (;;) {
      std::unique_lock<std::mutex> lock(mutex_);
      work_.wait(lock, [this] { return Unclaimed() || input_done_ || stop_; });
      if (stop_ || !Unclaimed()) return;  // input done and every line claimed
      // deque::push_back and pop_front leave references to other elements valid, and the
      // writer pops a slot only once it is done: `slot` outlives the unlocked work.
      Slot& slot = window_[next_claim_ - front_];
      ++next_claim_;
      lock.unlock();
      BatchRecord record =
          slot.overlong
              ? OverlongLineRecord(slot.number, options_.max_line_bytes)
              : SummarizeBatchRecord(slot.line, slot.number, options_.defaults, options_.explain);
      lock.lock();
      slot.record = std::move(record);
      slot.line = std::string();
      slot.done = true;
      const bool at_front = &slot == &window_.front();
      lock.unlock();
      if (at_front) ready_.notify_one();
    }
  }

  void Write() {
    for (;;) {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!FrontDone()) {
        // Nothing to write now: hand what was written to the reader downstream before
        // waiting, so that a pipe sees each record without waiting for the next batch.
        lock.unlock();
        if (std::fflush(out_) != 0) return Fail();
        lock.lock();
        ready_.wait(lock,
                    [this] { return FrontDone() || (input_done_ && window_.empty()) || stop_; });
        if (stop_ || !FrontDone()) return;
      }
      BatchRecord record = std::move(window_.front().record);
      window_.pop_front();
      ++front_;
      lock.unlock();
      space_.notify_one();
      record.json += '\n';
      if (std::fwrite(record.json.data(), 1, record.json.size(), out_) != record.json.size()) {
        return Fail();
      }
      ++stats_.lines;
      if (record.error) ++stats_.errors;
      progress_.Update(stats_.lines);
    }
  }

  // A write failed: stop everyone, and let Run throw.
  void Fail() {
    const int error = errno;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
      write_error_.emplace(ErrorCode::kIo, options_.output_name,
                           error != 0 ? std::strerror(error) : "write error");
    }
    space_.notify_all();
    work_.notify_all();
  }

  bool Unclaimed() const { return next_claim_ < front_ + window_.size(); }
  bool FrontDone() const { return !window_.empty() && window_.front().done; }

  const BatchRunOptions& options_;
  std::FILE* out_;
  std::size_t workers_ = 0;   // started
  std::size_t capacity_ = 0;  // lines the window holds, set once the workers started

  std::mutex mutex_;
  std::condition_variable space_;  // the reader waits for room in the window
  std::condition_variable work_;   // workers wait for an unclaimed line
  std::condition_variable ready_;  // the writer waits for the front record
  std::deque<Slot> window_;        // lines front_ + 1 ... in input order
  std::size_t front_ = 0;          // lines written so far
  std::size_t next_claim_ = 0;     // lines claimed by workers so far
  bool input_done_ = false;
  bool stop_ = false;
  std::optional<Error> write_error_;

  // The writer's own.
  BatchRunStats stats_;
  Progress progress_;
};

}  // namespace

BatchRunStats RunBatch(const BatchRunOptions& options, std::FILE* out) {
  return Pipeline(options, out).Run();
}

}  // namespace precis
