// Live blogs: entries stamped with the clock, the newest first.
#ifndef PRECIS_SRC_NEWEST_FIRST_H_
#define PRECIS_SRC_NEWEST_FIRST_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace precis {

// The minutes past midnight of a line that is a clock time alone, as a live blog stamps
// its entries: "18 h 45", "18h45", "6:40", "18H45" (white space around it aside).
std::optional<int> ClockStamp(std::string_view line);

// A live blog lists its entries newest first, so its sentences, read in order, tell the
// story backwards: the toll "s'alourdit à quatre morts" before "Deux personnes ont été
// retrouvées mortes". For the sentences of one document, in order, with the ones that
// are headlines marked: when its stamps (headlines that are a ClockStamp) go back in time
// more often than forward, and at least twice (one step forward is a night's midnight),
// the rank of the entry each sentence lies in, oldest first: 0 for the text before the
// first stamp (a chapeau, the day's summary), 1 for the last entry, the oldest, up to the
// first entry's, the newest. Empty otherwise, the document then being read in order.
// Pure; linear in the sentences' length.
std::vector<std::size_t> EntriesNewestFirst(const std::vector<std::string_view>& sentences,
                                            const std::vector<bool>& headline);

}  // namespace precis

#endif  // PRECIS_SRC_NEWEST_FIRST_H_
