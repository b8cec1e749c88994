// A JSON tree built from text, refusing what no input of ours holds: a key given twice in
// an object, and nesting past a depth. Shared by precis batch's lines and precis-eval's
// results files.
#ifndef PRECIS_SRC_CHECKED_JSON_BUILDER_H_
#define PRECIS_SRC_CHECKED_JSON_BUILDER_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "utf8.h"

namespace precis {

// What CheckedJsonBuilder refuses, in words: "options: duplicate key 'words'", "nested
// more than 64 levels deep".
class JsonShapeError : public std::runtime_error {
 public:
  JsonShapeError(const std::string& what, bool too_deep)
      : std::runtime_error(what), too_deep_(too_deep) {}
  bool too_deep() const { return too_deep_; }

 private:
  bool too_deep_;
};

// nlohmann's tree builder with two checks, for Json::sax_parse. A key given twice would keep
// its last value without a word ("words": 100, "words": 1); a tree nested millions deep
// takes some 70 times its text's bytes, and copying or printing it recurses once a level.
// Both are refused as they are read, with where: the parser's callback, which did it
// before, rescans an object's parent at each of its ends, so that n objects side by side
// ([{}, {}, ...]) took time in n² (a results file of 2.4 MB, 20 s). The builder is
// nlohmann's own (a detail class, as of Debian 12's 3.11.2, which json::parse itself
// uses): a tree built by hand would have to match it in every case.
//
//   nlohmann::json tree;
//   CheckedJsonBuilder<nlohmann::json> builder(tree, 64);
//   nlohmann::json::sax_parse(text, &builder);  // throws JsonShapeError, or parse_error
template <typename BasicJson>
class CheckedJsonBuilder : public nlohmann::detail::json_sax_dom_parser<BasicJson> {
  using Base = nlohmann::detail::json_sax_dom_parser<BasicJson>;

 public:
  CheckedJsonBuilder(BasicJson& root, std::size_t max_depth) : Base(root), max_depth_(max_depth) {}

  bool start_object(std::size_t size) {
    Open(/*array=*/false);
    return Base::start_object(size);
  }
  bool key(typename BasicJson::string_t& key) {
    Frame& object = open_.back();
    if (!object.keys.insert(key).second) {
      const std::string path = Path();
      throw JsonShapeError((path.empty() ? "" : path + ": ") + "duplicate key '" + Shown(key) +
                               "'",
                           false);
    }
    object.last_key = key;
    return Base::key(key);
  }
  bool end_object() {
    open_.pop_back();
    return Base::end_object();
  }
  bool start_array(std::size_t size) {
    Open(/*array=*/true);
    return Base::start_array(size);
  }
  bool end_array() {
    open_.pop_back();
    return Base::end_array();
  }
  // A scalar counts as an item of the array it is in, for the path of the items after it.
  bool null() { return Item(), Base::null(); }
  bool boolean(bool value) { return Item(), Base::boolean(value); }
  bool number_integer(typename BasicJson::number_integer_t value) {
    return Item(), Base::number_integer(value);
  }
  bool number_unsigned(typename BasicJson::number_unsigned_t value) {
    return Item(), Base::number_unsigned(value);
  }
  bool number_float(typename BasicJson::number_float_t value,
                    const typename BasicJson::string_t& text) {
    return Item(), Base::number_float(value, text);
  }
  bool string(typename BasicJson::string_t& value) { return Item(), Base::string(value); }

 private:
  struct Frame {
    bool array = false;
    std::size_t index = 0;                 // in its parent, when that is an array
    std::size_t items = 0;                 // of an array, so far
    std::string last_key;                  // of an object: the key of the value being read
    std::unordered_set<std::string> keys;  // of an object
  };

  // A key as an error quotes it: a key of megabytes would make an error as long.
  static std::string Shown(const std::string& key) {
    constexpr std::size_t kShownBytes = 40;
    if (key.size() <= kShownBytes) return key;
    std::size_t cut = kShownBytes;
    // Not inside a UTF-8 sequence, which a JSON writer would show as U+FFFD.
    while (cut > 0 && IsUtf8ContinuationByte(key[cut])) --cut;
    return key.substr(0, cut) + "...";
  }
  // Where the innermost open value is ("options", "documents[1]"; "" for the root), made
  // only for an error: kept up to date, each level would copy its parent's path.
  std::string Path() const {
    std::string path;
    for (std::size_t level = 1; level < open_.size(); ++level) {
      const Frame& parent = open_[level - 1];
      if (parent.array) {
        path += "[" + std::to_string(open_[level].index) + "]";
      } else {
        path += (path.empty() ? "" : ".") + Shown(parent.last_key);
      }
    }
    return path;
  }
  std::size_t Item() {
    if (open_.empty() || !open_.back().array) return 0;
    return open_.back().items++;
  }
  void Open(bool array) {
    if (open_.size() == max_depth_) {
      throw JsonShapeError("nested more than " + std::to_string(max_depth_) + " levels deep",
                           true);
    }
    const std::size_t index = Item();
    open_.emplace_back();
    open_.back().array = array;
    open_.back().index = index;
  }

  std::size_t max_depth_;
  std::vector<Frame> open_;
};

}  // namespace precis

#endif  // PRECIS_SRC_CHECKED_JSON_BUILDER_H_
