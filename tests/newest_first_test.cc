// Tests for ClockStamp and EntriesNewestFirst: live blogs that list the newest entry first.
#include "newest_first.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
namespace {

TEST_CASE("ClockStamp reads a line that is a clock time alone") {
  CHECK(ClockStamp("18 h 45") == std::optional<int>(18 * 60 + 45));
  CHECK(ClockStamp("18h45") == std::optional<int>(18 * 60 + 45));
  CHECK(ClockStamp(" 6:40 ") == std::optional<int>(6 * 60 + 40));
  CHECK(ClockStamp("0\u00A0h\u00A005") == std::optional<int>(5));
  CHECK(ClockStamp("23H59") == std::optional<int>(23 * 60 + 59));
  // Not a time, or more than one.
  CHECK_FALSE(ClockStamp("24 h 00"));
  CHECK_FALSE(ClockStamp("18 h 5"));
  CHECK_FALSE(ClockStamp("18 h"));
  CHECK_FALSE(ClockStamp("18 h 45 : le maire de Lyon a parlé."));
  CHECK_FALSE(ClockStamp("Mardi 18 h 45"));
  CHECK_FALSE(ClockStamp("3,5 %"));
}

// Sentences as (text, headline) pairs.
std::vector<std::size_t> Entries(const std::vector<std::pair<std::string, bool>>& document) {
  std::vector<std::string_view> texts;
  std::vector<bool> headlines;
  for (const auto& [text, headline] : document) {
    texts.push_back(text);
    headlines.push_back(headline);
  }
  return EntriesNewestFirst(texts, headlines);
}

TEST_CASE("EntriesNewestFirst ranks a live blog's entries oldest first") {
  const std::vector<std::pair<std::string, bool>> live = {
      {"DIRECT. Effondrement d’un immeuble à Lyon", true},
      {"18 h 45", true},
      {"Le maire annonce une cellule d’aide psychologique.", false},
      {"17 h 10", true},
      {"Le bilan s’alourdit à quatre morts.", false},
      {"Selon la préfecture, les recherches continuent.", false},
      {"12 h 30", true},
      {"Deux personnes ont été retrouvées mortes.", false},
      {"6 h 40", true},
      {"Un immeuble de cinq étages s’est effondré vers 4 h.", false},
  };
  CHECK(Entries(live) == std::vector<std::size_t>{0, 4, 4, 3, 3, 3, 2, 2, 1, 1});
  // Past midnight, one step forward: still newest first.
  const std::vector<std::pair<std::string, bool>> night = {
      {"0 h 10", true},  {"La circulation reprend.", false},
      {"23 h 50", true}, {"Les pompiers maîtrisent le feu.", false},
      {"22 h 30", true}, {"Les habitants sont évacués.", false},
      {"21 h 05", true}, {"Un incendie se déclare.", false},
  };
  CHECK(Entries(night) == std::vector<std::size_t>{4, 4, 3, 3, 2, 2, 1, 1});
}

TEST_CASE("EntriesNewestFirst leaves other documents in their order") {
  // Oldest first already, as a chronology is.
  const std::vector<std::pair<std::string, bool>> chronology = {
      {"6 h 40", true},  {"Un immeuble s’effondre.", false},
      {"12 h 30", true}, {"Deux morts.", false},
      {"17 h 10", true}, {"Quatre morts.", false},
  };
  CHECK(Entries(chronology).empty());
  // One step back only, or stamps that are sentences of the story, not headlines.
  const std::vector<std::pair<std::string, bool>> one_step = {
      {"12 h 30", true},
      {"Deux morts.", false},
      {"6 h 40", true},
      {"Un effondrement.", false},
  };
  CHECK(Entries(one_step).empty());
  const std::vector<std::pair<std::string, bool>> in_text = {
      {"18 h 45", false},
      {"17 h 10", false},
      {"12 h 30", false},
  };
  CHECK(Entries(in_text).empty());
  CHECK(Entries({}).empty());
}

}  // namespace
}  // namespace precis
