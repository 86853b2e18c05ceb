#include "extract/ko/timex.h"

#include <algorithm>
#include <utility>

#include "extract/normalizer.h"
#include "extract/ko/timex_parser.h"

namespace newsgraph::extract::ko {


std::optional<Date> ParseAnchorDate(std::string_view anchor) {
  if (anchor.size() < 10) return std::nullopt;
  if (anchor.size() > 10 && anchor[10] != 'T' && anchor[10] != ' ')
    return std::nullopt;
  const auto point = ParseIso(anchor.substr(0, 10));
  if (!point || point->granularity != Granularity::kDay) return std::nullopt;
  return point->date();
}

TimeContext::TimeContext(std::string anchor_date, const TimexLexicon& words)
    : words_(&words),
      anchor_date_(std::move(anchor_date)),
      anchor_(ParseAnchorDate(anchor_date_)) {}

void TimeContext::Remember(const TimePoint& point) {
  if (point.granularity == Granularity::kNone) return;
  last_ = point;
  if (point.HasDate()) last_date_ = point.date();
}

std::vector<TimexMention> FindTimexes(std::string_view sentence,
                                      TimeContext* context) {
  std::vector<TimexMention> mentions;
  std::size_t pos = 0;
  while (pos < sentence.size()) {
    if (timex::MayStartTimex(context->words(), sentence, pos)) {
      if (auto parsed = timex::ParseTimexAt(sentence, pos, *context)) {
        if (!parsed->value.empty() || parsed->is_elapsed) {
          TimexMention m;
          m.begin = pos;
          m.end = parsed->end;
          m.value.value = std::move(parsed->value);
          m.value.text = std::string(sentence.substr(pos, parsed->end - pos));
          m.is_elapsed = parsed->is_elapsed;
          m.elapsed_amount = parsed->elapsed_amount;
          m.elapsed_unit = parsed->elapsed_unit;
          mentions.push_back(std::move(m));
        }
        context->Remember(parsed->remembered);
        pos = parsed->end;
        continue;
      }
    }
    // Step to the next code point.
    ++pos;
    while (pos < sentence.size() &&
           (static_cast<unsigned char>(sentence[pos]) & 0xC0) == 0x80) {
      ++pos;
    }
  }
  return mentions;
}

std::optional<std::string> NormalizeTimex(const TimexLexicon& words,
                                          std::string_view anchor_date,
                                          std::string_view expression) {
  TimeContext context{std::string(anchor_date), words};
  const std::string text = NormalizeText(expression);
  for (TimexMention& m : FindTimexes(text, &context)) {
    if (!m.value.value.empty()) return std::move(m.value.value);
  }
  return std::nullopt;
}

std::optional<std::string> ShiftBack(std::string_view iso_value, int amount,
                                     char unit) {
  // An interval is shifted by its start.
  const auto point = ParseIso(iso_value.substr(0, iso_value.find('/')));
  if (!point) return std::nullopt;
  // Coarseness: 1 year, 2 month, 3 day. Quarters, halves and weeks count
  // from their first month or day.
  int level = 3;
  switch (point->granularity) {
    case Granularity::kYear:
      level = 1;
      break;
    case Granularity::kHalf:
    case Granularity::kQuarter:
    case Granularity::kMonth:
      level = 2;
      break;
    default:
      break;
  }
  Date d{point->year, point->month > 0 ? point->month : 1,
         point->day > 0 ? point->day : 1};
  if (point->granularity == Granularity::kHalf) d.month = point->half * 6 - 5;
  if (point->granularity == Granularity::kQuarter)
    d.month = point->quarter * 3 - 2;
  if (point->granularity == Granularity::kWeek)
    d = IsoWeekMonday(point->year, point->week);
  switch (unit) {
    case 'Y':
      level = 1;
      d.year -= amount;
      break;
    case 'M':
      level = std::min(level, 2);
      AddMonths(&d.year, &d.month, -amount);
      break;
    case 'W':
      d = AddDays(d, -7 * amount);
      break;
    case 'D':
      d = AddDays(d, -amount);
      break;
    default:
      return std::nullopt;
  }
  if (d.day > DaysInMonth(d.year, d.month))
    d.day = DaysInMonth(d.year, d.month);
  const TimePoint shifted = level == 1   ? TimePoint::OfYear(d.year)
                            : level == 2 ? TimePoint::OfMonth(d.year, d.month)
                                         : TimePoint::OfDate(d);
  return FormatIso(shifted);
}

}  // namespace newsgraph::extract::ko
