#include "c1_controls.h"

#include <catch2/catch.hpp>
#include <string>

namespace precis {
namespace {

TEST_CASE("The example of c1_controls.h holds", "[c1]") {
  std::string text = "L\u0092accord";
  const C1Repair repair = ReadC1AsWindows1252(&text);
  CHECK(text == "L’accord");
  CHECK(repair.count == 1);
  CHECK(repair.first == 0x92);
}

TEST_CASE("Each C1 control windows-1252 defines becomes its character", "[c1]") {
  std::string text =
      "\u0080 \u0082 \u0083 \u0084 \u0085 \u0086 \u0087 \u0088 \u0089 \u008A \u008B \u008C "
      "\u008E \u0091 \u0092 \u0093 \u0094 \u0095 \u0096 \u0097 \u0098 \u0099 \u009A \u009B "
      "\u009C \u009E \u009F";
  const C1Repair repair = ReadC1AsWindows1252(&text);
  CHECK(text == "€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ");
  CHECK(repair.count == 27);
  CHECK(repair.first == 0x80);
}

TEST_CASE("C1 controls windows-1252 leaves undefined stay as they are", "[c1]") {
  const std::string undefined = "a\u0081b\u008Dc\u008Fd\u0090e\u009Df";
  std::string text = undefined;
  CHECK(ReadC1AsWindows1252(&text).count == 0);
  CHECK(text == undefined);
}

TEST_CASE("Other characters led by 0xC2 and French text are untouched", "[c1]") {
  // U+00A0 to U+00BF share the lead byte 0xC2: non-breaking space, «, », °, §.
  const std::string french =
      "« Il a dit\u00A0: 3,5 % et 6.700 °C, M. Kim », §\u00A02 — «\u00A0é\u00A0»";
  std::string text = french;
  CHECK(ReadC1AsWindows1252(&text).count == 0);
  CHECK(text == french);
}

TEST_CASE("Controls at either end and side by side are all replaced", "[c1]") {
  std::string text = "\u0093Oui\u0094\u0085\u0092";
  const C1Repair repair = ReadC1AsWindows1252(&text);
  CHECK(text == "“Oui”…’");
  CHECK(repair.count == 4);
  CHECK(repair.first == 0x93);
}

TEST_CASE("A lone 0xC2 at the end is left for the UTF-8 repair to have reported", "[c1]") {
  std::string text = "fin\xC2";
  CHECK(ReadC1AsWindows1252(&text).count == 0);
  CHECK(text == "fin\xC2");
}

TEST_CASE("The warning counts the controls and shows the first", "[c1]") {
  CHECK(C1Warning("a.txt", {3, 0x92}) ==
        "a.txt: 3 control characters U+0080 to U+009F read as windows-1252 (U+0092 as ’)");
  CHECK(C1Warning("", {1, 0x80}) ==
        "a control character U+0080 to U+009F read as windows-1252 (U+0080 as €)");
}

}  // namespace
}  // namespace precis
