// Korean time expressions as the time stage: one TimeContext per document.
#include "extract/ko/stages.h"
#include "extract/ko/timex.h"

namespace newsgraph::extract::ko {
namespace {

// "1박 2일" is a length of stay, not the 2nd of the month: its digits are
// masked (same byte length, so offsets hold) before times are read, so
// that it neither dates a relation nor becomes the date "이날" refers to.
std::string MaskLengthsOfStay(std::string_view sentence) {
  std::string out(sentence);
  std::size_t pos = 0;
  while ((pos = out.find("박", pos)) != std::string::npos) {
    const std::size_t after = pos + 3;
    if (pos == 0 || out[pos - 1] < '0' || out[pos - 1] > '9') {
      pos = after;
      continue;
    }
    std::size_t i = after;
    while (i < out.size() && out[i] == ' ') ++i;
    const std::size_t digits = i;
    while (i < out.size() && out[i] >= '0' && out[i] <= '9') ++i;
    if (i > digits && out.compare(i, 3, "일") == 0) {
      for (std::size_t k = digits; k < i; ++k) out[k] = '#';
    }
    pos = after;
  }
  return out;
}

class KoreanTimeReader final : public TimeReader {
 public:
  KoreanTimeReader(const Resources& r, const std::string& anchor_date)
      : context_(anchor_date, r.timex_words) {}

  std::vector<TimeMention> Find(std::string_view sentence) override {
    std::vector<TimeMention> out;
    for (const TimexMention& t :
         FindTimexes(MaskLengthsOfStay(sentence), &context_)) {
      out.push_back({t.begin, t.end, t.value, t.is_elapsed});
    }
    return out;
  }

  // The verb of saying follows the time directly ("협약을 체결했다고 25일
  // 밝혔다").
  bool DatesTheTelling(std::string_view sentence,
                       std::size_t end) const override {
    std::string_view rest = sentence.substr(end);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    for (std::string_view verb :
         {"밝혔", "발표했", "전했", "공시했", "말했", "공개했"}) {
      if (rest.substr(0, verb.size()) == verb) return true;
    }
    return false;
  }

 private:
  TimeContext context_;
};

}  // namespace

std::unique_ptr<TimeReader> KoreanTimeFinder::ForDocument(
    const std::string& anchor_date) const {
  return std::make_unique<KoreanTimeReader>(*r_, anchor_date);
}

}  // namespace newsgraph::extract::ko
