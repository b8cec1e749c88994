// One reader (the calling thread), N workers and one writer share a window of in-flight
// lines: the reader appends lines while the window has room, workers claim them in order
// and fill in their records, the writer takes records off the front as they complete.
// The window's bound keeps memory flat on endless input; writing from the front keeps
// input order whatever order the workers finish in.
#include "batch_runner.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>

#include "batch_record.h"
#include "converter.h"
#include "decode.h"
#include "parallel.h"
#include "precis/error.h"
#include "read_chunk.h"

namespace precis {
namespace {

// How much LineReader reads at a time.
constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

// A line of input, or the number of a line too long to hold.
struct Line {
  std::string text;
  bool overlong = false;  // longer than the limit: `text` is empty, the bytes were dropped
};

// The encoding of JSON text without a byte order mark, from where the NUL bytes fall in
// its first 4 bytes (RFC 4627, section 3): its first two characters are ASCII ("{",
// "\"", white space), so "{\0\"\0" is UTF-16LE and "\0\0\0{" UTF-32BE, where UTF-8 JSON
// holds no NUL byte at all. Empty for UTF-8, and for fewer than 4 bytes.
std::string UnmarkedJsonEncoding(std::string_view head) {
  if (head.size() < 4) return "";
  const bool nul[4] = {head[0] == '\0', head[1] == '\0', head[2] == '\0', head[3] == '\0'};
  if (nul[0] && nul[1] && nul[2] && !nul[3]) return "UTF-32BE";
  if (!nul[0] && nul[1] && nul[2] && nul[3]) return "UTF-32LE";
  if (nul[0] && !nul[1] && nul[2] && !nul[3]) return "UTF-16BE";
  if (!nul[0] && nul[1] && !nul[2] && nul[3]) return "UTF-16LE";
  return "";
}

// The lines of a file descriptor, without their "\n". A final line without one counts.
// A line longer than `max_bytes` is read past without being kept, so that no input, an
// endless one without a newline included, makes the reader hold more than that. Input
// that opens with a UTF-16 or UTF-32 byte order mark, or without one but with the NUL
// bytes of one of them (UnmarkedJsonEncoding), is read in that encoding.
class LineReader {
 public:
  LineReader(int fd, std::size_t max_bytes) : fd_(fd), max_bytes_(max_bytes) {}

  // The next line, or nullopt at the end. Throws Error(kIo) naming `path`.
  std::optional<Line> Next(const std::string& path) {
    for (;;) {
      const std::size_t newline = buffer_.find('\n', scanned_);
      if (newline != std::string::npos) {
        Line line;
        line.overlong = overlong_ || newline > max_bytes_;
        if (!line.overlong) line.text = buffer_.substr(0, newline);
        buffer_.erase(0, newline + 1);
        scanned_ = 0;
        overlong_ = false;
        return line;
      }
      if (overlong_ || buffer_.size() > max_bytes_) {
        if (!overlong_) std::string().swap(buffer_);  // hand the line's memory back
        overlong_ = true;
        buffer_.clear();
      }
      scanned_ = buffer_.size();
      if (end_) {
        if (buffer_.empty() && !overlong_) return std::nullopt;
        Line line;
        line.overlong = overlong_ || buffer_.size() > max_bytes_;
        if (!line.overlong) line.text = std::move(buffer_);
        buffer_.clear();
        scanned_ = 0;
        overlong_ = false;
        return line;
      }
      char chunk[kChunkBytes];
      const std::size_t got = ReadChunk(fd_, chunk, sizeof chunk, path);
      if (got == 0) end_ = true;
      Append(std::string_view(chunk, got));
    }
  }

 private:
  int fd_;
  std::size_t max_bytes_;
  std::string buffer_;
  std::size_t scanned_ = 0;  // bytes of buffer_ known to hold no '\n'
  // Adds bytes just read (none at the end of input) to buffer_, as UTF-8.
  void Append(std::string_view bytes) {
    std::string converted;
    if (!sniffed_) {
      // The first 4 bytes tell UTF-32LE's mark from UTF-16LE's.
      head_.append(bytes);
      if (head_.size() < 4 && !end_) return;
      sniffed_ = true;
      const std::string marked = ByteOrderMarkEncoding(head_);
      const std::string wide = marked.empty() ? UnmarkedJsonEncoding(head_) : marked;
      if (!wide.empty()) {
        wide_converter_ = OpenConverter(wide);
        wide_.emplace(wide_converter_.get());
      }
      if (!marked.empty()) head_.erase(0, marked.rfind("UTF-32", 0) == 0 ? 4 : 2);
      converted = std::move(head_);
      bytes = converted;
    }
    if (wide_) {
      converted = wide_->Convert(bytes, end_);
      bytes = converted;
    }
    // std::string doubles its capacity as it grows, and copies into the new block while
    // holding the old: a line just past the limit peaked at 2.1 GB for 1 GiB. Once
    // doubling would reach the limit, the block is the limit and one chunk, once (UTF-16
    // grows by half as UTF-8, hence two).
    const std::size_t needed = buffer_.size() + bytes.size();
    if (needed > buffer_.capacity()) {
      const std::size_t ceiling = max_bytes_ + 2 * kChunkBytes;
      const std::size_t doubled = std::max(needed, 2 * buffer_.capacity());
      buffer_.reserve(doubled >= max_bytes_ ? ceiling : doubled);
    }
    buffer_.append(bytes);
  }

  bool overlong_ = false;    // the line being read is past max_bytes_, and dropped
  bool end_ = false;
  bool sniffed_ = false;  // whether the first bytes were looked at for an encoding
  std::string head_;      // the first bytes, until they are
  // UTF-16 or UTF-32 input's decoder. What Windows PowerShell 5 writes with `>` or
  // Out-File is UTF-16LE with a mark; read as bytes, each of its lines would be JSON
  // with NUL bytes between the characters. A read may end inside a character: the
  // decoder carries it over to the next.
  Converter wide_converter_;
  std::optional<Utf8Stream> wide_;
};

// An open file, closed on scope exit; standard input for "-".
class Input {
 public:
  explicit Input(const std::string& path) : path_(path) {
    if (path == "-") {
      fd_ = STDIN_FILENO;
      return;
    }
    if (path.empty()) throw Error(ErrorCode::kIo, "''", "no such file (an empty name)");
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(ErrorCode::kIo, path, std::strerror(errno));
    struct stat info {};
    if (::fstat(fd_, &info) != 0) return;  // reading it will say why
    if (S_ISDIR(info.st_mode)) {
      ::close(fd_);
      throw Error(ErrorCode::kIo, path, "is a directory (batch reads JSON Lines files)");
    }
    // A device (/dev/zero, /dev/urandom) never ends: one endless line, read past forever
    // at 1 GiB of memory. Files and pipes only, as precis summarize reads them.
    if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode) && !S_ISSOCK(info.st_mode)) {
      ::close(fd_);
      throw Error(ErrorCode::kIo, path, "not a regular file or a pipe");
    }
  }
  ~Input() {
    if (fd_ > STDIN_FILENO) ::close(fd_);
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;

  int fd() const { return fd_; }

 private:
  std::string path_;
  int fd_ = -1;
};

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
    for (const std::string& path : options_.inputs) Input check(path);

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
      Input input(path);
      LineReader reader(input.fd(), options_.max_line_bytes);
      while (std::optional<Line> line = reader.Next(path)) {
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
