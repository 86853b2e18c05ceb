// Korean time expressions: finds them in a sentence and normalises them to
// the ISO forms of CONTRACT.md section 3, resolving relative expressions
// ("지난해 6월", "4일", "전날") against the publication date and the time the
// document last mentioned.
//
// Conventions (those of ../shared/eval/dev/time.tsv, extended where it is
// silent):
//  * bare "N일" is in the anchor's month unless that is implausible (an
//    impossible date, or more than 20 days away when the neighbouring month is
//    nearer); "지난 N일" is in the past, "오는 N일" in the future;
//  * a month alone is in the anchor's year unless the neighbouring year is
//    within three months ("1월 2일" written on 2024-12-30 is 2025-01-02);
//  * a quarter alone is in the anchor's year, except "4분기" in January or
//    February (last year's, just reported) and "1분기" in December (next);
//  * "지난달 말", "3월 중순" keep the month; "연말", "올해 초" keep the year;
//  * 이날 / 당일 are the most recent full date mentioned, else the anchor;
//    전날 / 이튿날 count from it (and, being side remarks, do not become
//    the main day); 같은 해 / 그해 / 당시 follow the last mention;
//  * durations ("3일간", "7개월", "40분간") and amounts ("2조 원") are
//    not times.
#ifndef NEWSGRAPH_EXTRACT_KO_TIMEX_H_
#define NEWSGRAPH_EXTRACT_KO_TIMEX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/extraction.h"
#include "extract/ko/timex_words.h"

namespace newsgraph::extract::ko {

// Per-document state: the time words, the publication date (anchor, "" when
// unknown) and the time last mentioned. Create one per document and pass it
// to every FindTimexes call for that document's sentences, in order.
class TimeContext {
 public:
  // `anchor_date` is "YYYY-MM-DD", optionally followed by a time
  // ("2025-02-04T09:30:00+09:00"); anything else means "unknown", and then
  // only absolute expressions get a value. `words` is not copied and must
  // outlive the context.
  TimeContext(std::string anchor_date, const TimexLexicon& words);

  const TimexLexicon& words() const { return *words_; }
  const std::string& anchor_date() const { return anchor_date_; }
  const std::optional<Date>& anchor() const { return anchor_; }
  // The last value mentioned (any granularity) and the last full date.
  const std::optional<TimePoint>& last() const { return last_; }
  const std::optional<Date>& last_date() const { return last_date_; }
  // Records a mention so that later context words follow it.
  void Remember(const TimePoint& point);

 private:
  const TimexLexicon* words_;
  std::string anchor_date_;
  std::optional<Date> anchor_;
  std::optional<TimePoint> last_;
  std::optional<Date> last_date_;
};

// Parses "YYYY-MM-DD" (optionally followed by 'T' or ' ' and anything);
// nullopt when it is not a valid date.
std::optional<Date> ParseAnchorDate(std::string_view anchor);

struct TimexMention {
  std::size_t begin = 0;  // byte offsets in the sentence passed in
  std::size_t end = 0;
  TimeValue value;  // value = ISO (CONTRACT.md section 3), text = as written
  // "N개월 만(에)" / "N년 만" / "N일 만": an elapsed duration tying this
  // event to an earlier one; value.value is then "".
  bool is_elapsed = false;
  int elapsed_amount = 0;
  char elapsed_unit = 0;  // 'Y', 'M', 'W', 'D'
};

// Finds every time expression in one normalised sentence (NormalizeText), in
// order, resolving against the context and updating its last-mentioned time.
// Returns only expressions with a value, and elapsed durations. Cheap on
// sentences without digits or trigger words; no regex.
std::vector<TimexMention> FindTimexes(std::string_view sentence,
                                      TimeContext* context);

// Whole-expression normalisation, used by `newsgraph timex`: the value of the
// first time expression in `expression` (normalised here), or nullopt when it
// holds none.
std::optional<std::string> NormalizeTimex(const TimexLexicon& words,
                                          std::string_view anchor_date,
                                          std::string_view expression);

// Shifts an ISO value back by a duration, at the coarser of the two
// granularities ("2025-02-04" minus 7 'M' -> "2024-07"; minus 3 'D' ->
// "2025-02-01"; "2025" minus 2 'Y' -> "2023"). Used to date an earlier event
// from "N개월 만". nullopt for an unparsable value or unit.
std::optional<std::string> ShiftBack(std::string_view iso_value, int amount,
                                     char unit);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_TIMEX_H_
