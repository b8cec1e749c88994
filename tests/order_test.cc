#include "order.h"

#include <catch2/catch.hpp>

namespace precis {
namespace {

SummarySentence At(std::size_t document, std::size_t position, std::size_t rank) {
  SummarySentence s;
  s.document = document;
  s.position = position;
  s.rank = rank;
  return s;
}

TEST_CASE("OrderForReading sorts by document, then position, whatever the rank") {
  std::vector<SummarySentence> sentences = {At(2, 0, 0), At(0, 7, 1), At(0, 3, 2), At(1, 1, 3)};
  OrderForReading(sentences);
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0].document == 0);
  CHECK(sentences[0].position == 3);
  CHECK(sentences[1].document == 0);
  CHECK(sentences[1].position == 7);
  CHECK(sentences[2].document == 1);
  CHECK(sentences[3].document == 2);
  // The rank of choice travels with each sentence.
  CHECK(sentences[0].rank == 2);
  CHECK(sentences[3].rank == 0);
}

}  // namespace
}  // namespace precis
