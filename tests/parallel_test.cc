// Tests for ParallelRanges and StopCheck: a stage split by document stops where its
// caller gives up, and only then.
#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "clean.h"
#include "language.h"

namespace precis {
namespace {

struct GiveUp : std::runtime_error {
  GiveUp() : std::runtime_error("given up") {}
};

// An ask that gives up at its `n`-th call.
std::function<void()> GiveUpAt(std::size_t n, std::size_t* asked) {
  return [n, asked] {
    if (++*asked == n) throw GiveUp();
  };
}

TEST_CASE("StopCheck: the calling thread's worker stops where the caller gives up") {
  const std::size_t workers = GENERATE(1, 4);
  CAPTURE(workers);
  constexpr std::size_t kItems = 4000;
  std::vector<char> done(kItems, 0);
  std::size_t asked = 0;
  StopCheck stop(GiveUpAt(10, &asked));
  CHECK_THROWS_AS(ParallelRanges(workers, kItems,
                                 [&](std::size_t w, std::size_t begin, std::size_t end) {
                                   for (std::size_t i = begin; i < end && stop.GoOn(w); ++i) {
                                     done[i] = 1;
                                   }
                                 }),
                  GiveUp);
  // Worker 0's range starts at 0: nine items, then the tenth ask threw.
  CHECK(asked == 10);
  std::size_t first_range_done = 0;
  for (std::size_t i = 0; i < kItems / workers; ++i) first_range_done += done[i];
  CHECK(first_range_done == 9);
}

TEST_CASE("StopCheck: the calling thread asks on while a slower range runs") {
  // Worker 0's 100 items are instant, worker 1's take 20 ms each: once worker 0 is done,
  // ParallelRanges asks while it waits, and worker 1 stops well before its 2 s are up.
  constexpr std::size_t kItems = 200;
  std::vector<std::atomic<bool>> done(kItems);
  std::size_t asked = 0;
  StopCheck stop(GiveUpAt(kItems / 2 + 3, &asked));
  CHECK_THROWS_AS(ParallelRanges(
                      2, kItems,
                      [&](std::size_t w, std::size_t begin, std::size_t end) {
                        for (std::size_t i = begin; i < end && stop.GoOn(w); ++i) {
                          if (w == 1) std::this_thread::sleep_for(std::chrono::milliseconds(20));
                          done[i] = true;
                        }
                      },
                      &stop),
                  GiveUp);
  CHECK(asked == kItems / 2 + 3);
  std::size_t slow_done = 0;
  for (std::size_t i = kItems / 2; i < kItems; ++i) slow_done += done[i] ? 1 : 0;
  CHECK(slow_done < kItems / 2);
  // Without `stop`, the same ranges are asked by worker 0 alone, and all are done.
  std::size_t asked_without = 0;
  StopCheck unasked(GiveUpAt(kItems / 2 + 3, &asked_without));
  std::vector<char> all(kItems, 0);
  ParallelRanges(2, kItems, [&](std::size_t w, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end && unasked.GoOn(w); ++i) all[i] = 1;
  });
  CHECK(std::count(all.begin(), all.end(), 1) == static_cast<long>(kItems));
}

TEST_CASE("StopCheck: without an ask, or one that never gives up, every item is done") {
  const bool with_ask = GENERATE(false, true);
  CAPTURE(with_ask);
  std::size_t asked = 0;
  StopCheck stop(with_ask ? GiveUpAt(0, &asked) : std::function<void()>());
  std::vector<char> done(1000, 0);
  ParallelRanges(3, done.size(), [&](std::size_t w, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end && stop.GoOn(w); ++i) done[i] = 1;
  });
  CHECK(std::count(done.begin(), done.end(), 1) == 1000);
  // Only worker 0's 333 items asked.
  CHECK(asked == (with_ask ? 333u : 0u));
}

TEST_CASE("Clean asks between documents, and gives up when told to") {
  const std::vector<std::string> texts(50, "Le président russe est arrivé à Pyongyang.\n");
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  std::size_t asked = 0;
  CHECK_THROWS_AS(Clean(views, GetLanguage("fr"), {}, 1, GiveUpAt(3, &asked)), GiveUp);
  CHECK(asked == 3);
  asked = 0;
  CHECK(Clean(views, GetLanguage("fr"), {}, 1, GiveUpAt(0, &asked)).size() == 50);
  CHECK(asked == 50);
}

}  // namespace
}  // namespace precis
