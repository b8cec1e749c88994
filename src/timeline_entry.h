// Whether a sentence is an entry of a dated list, a chronology or a biography, of a
// ranked one, a results list, or a line of a fact box.
#ifndef PRECIS_SRC_TIMELINE_ENTRY_H_
#define PRECIS_SRC_TIMELINE_ENTRY_H_

#include <string_view>

namespace precis {

// True for a sentence that opens with a label holding a year and ending with a colon:
// "1996: Named infrastructure minister in Netanyahu government.", "1982-83: Invades
// Lebanon...", "1948 Mideast war: Fights as junior officer...", "Oct. 9, 1998:
// Netanyahu appoints him...", "19 juin 2024 : arrivée à Pyongyang.". Such entries drop
// their subject, which the list's heading gave once, so out of the list nobody is doing
// anything. The label is at most four words and opens on its date: a number ("1996",
// "19 juin 2024") or one word and a number ("Oct. 9, 1998", "Mercredi 19 juin 2024"),
// so that "En 2000, il avait dit : « ... »" is no label, nor is a year followed by a
// comma. Its year is a run of exactly four digits from 1000 to 2999, alone or starting a
// range ("1984-90"); the colon may stand apart, after a space or a no-break space as
// French writes it, and must end a word, so "10:30" is a time, not a label. `sentence` is
// UTF-8, without the marks that may open it ("- ", "• "). Pure; reads at most the first
// five words.
bool OpensTimelineEntry(std::string_view sentence);

// True for a sentence that opens, as such a label does, on an ordinal in figures and its
// colon: "2e période : MTL Slafkovsky (Suzuki) 3:55.", "1er tour : Macron 27,8 %, Le Pen
// 23,1 %.", "1st period: Montreal, Caufield 5:12.". Such entries of a results list
// leave what they rank to the list's heading, and often hold no verb. No more than four
// words before the colon, and none with a comma ("2e, il a dit : ..." goes on).
bool OpensRankedEntry(std::string_view sentence);

// True for a line of a fact box, a label and its list: "Buts : Kalimuendo (58e, 81e) pour
// Rennes ; Greenwood (12e) pour Marseille.", "Le classement : 1. PSG 45 pts ; 2. Marseille
// 40 pts.", "Composition : Mandanda, Seidu, Theate, Truffert.". Such lines hold no verb and
// leave what they count to the story around them. The label is one to three words, its
// first a capital, then a colon (apart, as French writes it, or not); the list two items
// or more, split by semicolons, each of at most six words, or by commas, each of at most
// three; every item names someone or counts (a capital or a figure). "Bilan : deux morts
// et vingt-cinq blessés, selon la préfecture." is a sentence. `sentence` is UTF-8, as for
// OpensTimelineEntry. Pure; linear in the length of the sentence.
bool OpensLabelledList(std::string_view sentence);

}  // namespace precis

#endif  // PRECIS_SRC_TIMELINE_ENTRY_H_
