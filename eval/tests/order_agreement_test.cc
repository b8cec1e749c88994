#include "order_agreement.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "precis/error.h"

namespace precis::eval {
namespace {

// Three facts of one story, told in French typography.
const char* kArrival = "M. Poutine est arrivé mardi à Pyongyang, « enfin », selon l’agence.";
const char* kTreaty = "Les deux dirigeants ont signé mercredi un traité de défense mutuelle.";
const char* kWest = "L’Occident s’inquiète d’une alliance qui livrerait 6.700 conteneurs d’obus.";

Sentence At(std::size_t document, std::size_t position, const char* text) {
  Sentence s;
  s.text = text;
  s.document = document;
  s.position = position;
  return s;
}

// Document 0 leads with the treaty, document 1 with the arrival; document 2, the third
// article, tells the arrival, then the treaty, then the West's worry.
const std::vector<Sentence> kCluster = {
    At(0, 0, kTreaty), At(0, 1, "Le texte n’a pas été publié par les deux capitales."),
    At(1, 0, kArrival), At(1, 1, "Des banderoles souhaitaient la bienvenue au président."),
    At(2, 0, kArrival), At(2, 1, kTreaty), At(2, 2, kWest)};

TEST_CASE("A third article that tells both sentences votes for its own order") {
  const Sentence arrival = At(1, 0, kArrival);
  const Sentence treaty = At(0, 0, kTreaty);
  OrderVotes votes = ThirdArticleVotes({arrival, treaty}, kCluster, "fr", 0.3);
  CHECK(votes.agree == 1);
  CHECK(votes.votes == 1);
  CHECK(votes.Share() == 1.0);
  votes = ThirdArticleVotes({treaty, arrival}, kCluster, "fr", 0.3);
  CHECK(votes.agree == 0);
  CHECK(votes.votes == 1);
  CHECK(votes.Share() == 0.0);
}

TEST_CASE("Only third articles that tell both sentences, apart, vote") {
  SECTION("the sentences' own articles never vote") {
    // Documents 0 and 1 both tell both facts, in opposite orders: neither is a third
    // article, so there is no vote, whatever the order.
    const std::vector<Sentence> two = {At(0, 0, kTreaty), At(0, 1, kArrival),
                                       At(1, 0, kArrival), At(1, 1, kTreaty)};
    CHECK(ThirdArticleVotes({At(1, 0, kArrival), At(0, 0, kTreaty)}, two, "fr", 0.3).votes == 0);
    CHECK(ThirdArticleVotes({At(0, 0, kTreaty), At(1, 0, kArrival)}, two, "fr", 0.3).votes == 0);
  }
  SECTION("two sentences of one article are never compared") {
    CHECK(ThirdArticleVotes({At(2, 0, kArrival), At(2, 1, kTreaty)}, kCluster, "fr", 0.3).votes ==
          0);
  }
  SECTION("a third article must tell each above the match") {
    const std::vector<Sentence> summary = {At(1, 1, "Des banderoles souhaitaient la bienvenue."),
                                           At(0, 0, kTreaty)};
    CHECK(ThirdArticleVotes(summary, kCluster, "fr", 0.3).votes == 0);
  }
  SECTION("no vote when both match the same sentence of the third article") {
    const std::vector<Sentence> merged = {At(0, 0, kTreaty), At(1, 0, kArrival),
                                          At(2, 0, "M. Poutine est arrivé à Pyongyang, où les "
                                                   "deux dirigeants ont signé un traité.")};
    CHECK(ThirdArticleVotes({At(1, 0, kArrival), At(0, 0, kTreaty)}, merged, "fr", 0.3).votes ==
          0);
  }
}

TEST_CASE("ThirdArticleVotes refuses what it cannot count") {
  CHECK_THROWS_AS(ThirdArticleVotes({At(5, 0, kArrival)}, kCluster, "fr", 0.3), Error);
  CHECK_THROWS_AS(ThirdArticleVotes({At(1, 0, kArrival)}, kCluster, "tlh", 0.3), Error);
  CHECK_THROWS_AS(MeasureOrder({}, Options{}, 0.0), Error);
}

}  // namespace
}  // namespace precis::eval
