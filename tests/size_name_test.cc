#include "size_name.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>

TEST_CASE("Limits are named exactly, sizes rounded as people read them") {
  CHECK(precis::SizeName(std::size_t{1} << 30) == "1 GiB");
  CHECK(precis::SizeName(std::size_t{256} << 20) == "256 MiB");
  CHECK(precis::SizeName(60) == "60 bytes");

  const auto [bytes, rounded] = GENERATE(table<std::size_t, std::string>({
      {0, "0 bytes"},
      {1023, "1023 bytes"},
      {1024, "1.0 KiB"},
      {422944, "413 KiB"},
      {7864320, "7.5 MiB"},
      {10433536, "10 MiB"},  // 9.9502 MiB: rounds to 10, written without a decimal
      {77594624, "74 MiB"},
      {std::size_t{3} << 30, "3.0 GiB"},
  }));
  CAPTURE(bytes);
  CHECK(precis::RoundedSize(bytes) == rounded);
}
