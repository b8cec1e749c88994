// A cursor over the bytes of a binary header, for the readers that walk archive headers
// themselves (seven_zip_reader.cc, rar_reader.cc), each adding its format's numbers.
// Reading past the end clears `ok` and gives zeros, so that a parse checks it once, at
// the end, rather than at every field.
#ifndef PRECIS_SRC_BYTE_CURSOR_H_
#define PRECIS_SRC_BYTE_CURSOR_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace precis {

class ByteCursor {
 public:
  explicit ByteCursor(std::string_view bytes, std::size_t at = 0)
      : bytes_(bytes), at_(at <= bytes.size() ? at : bytes.size()), ok_(at <= bytes.size()) {}

  bool ok() const { return ok_; }
  std::size_t at() const { return at_; }

  std::uint8_t Byte() {
    if (at_ >= bytes_.size()) {
      ok_ = false;
      return 0;
    }
    return static_cast<std::uint8_t>(bytes_[at_++]);
  }

  void Skip(std::uint64_t count) {
    if (count > bytes_.size() - at_) {
      ok_ = false;
      at_ = bytes_.size();
    } else {
      at_ += static_cast<std::size_t>(count);
    }
  }

  // The next `count` bytes; empty, and not ok, when fewer are left.
  std::string_view Take(std::uint64_t count) {
    const std::size_t from = at_;
    Skip(count);
    return ok_ ? bytes_.substr(from, static_cast<std::size_t>(count)) : std::string_view();
  }

  // A field that no valid header holds (a number longer than its format allows).
  void Fail() { ok_ = false; }

 private:
  std::string_view bytes_;
  std::size_t at_;
  bool ok_;
};

}  // namespace precis

#endif  // PRECIS_SRC_BYTE_CURSOR_H_
