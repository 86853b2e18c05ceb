// The fast paths of the hot loops (phrase trie tables, inline UTF-8
// decoding, the particle index, the NFC shortcut) must answer exactly as the
// plain versions they replace.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/ko/morph.h"
#include "extract/normalizer.h"
#include "extract/phrase_trie.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

std::vector<PhraseTrie::Match> AllAt(const PhraseTrie& trie, std::string_view text,
                                     std::size_t pos) {
  std::vector<PhraseTrie::Match> out;
  trie.MatchAll(text, pos, &out);
  return out;
}

TEST(PhraseTrieTest, FindsEveryKeyThatStartsAtThePosition) {
  PhraseTrie trie;
  // Many keys below "삼": the branching nodes get direct tables.
  const std::vector<std::string> keys = {"삼성", "삼성전자", "삼성물산", "삼양", "삼천리",
                                         "삼성SDI", "삼표", "SK", "SK하이닉스"};
  for (std::size_t i = 0; i < keys.size(); ++i) trie.Insert(keys[i], static_cast<int>(i));
  const std::string text = "삼성전자와 SK하이닉스";
  const auto at0 = AllAt(trie, text, 0);
  ASSERT_EQ(at0.size(), 2u);
  EXPECT_EQ(at0[0].length, std::string("삼성").size());
  EXPECT_EQ(at0[0].value, 0);
  EXPECT_EQ(at0[1].length, std::string("삼성전자").size());
  EXPECT_EQ(at0[1].value, 1);
  const std::size_t sk = text.find("SK");
  EXPECT_EQ(trie.Longest(text, sk).value, 8);
  EXPECT_EQ(trie.Longest(text, sk).length, std::string("SK하이닉스").size());
  EXPECT_EQ(trie.Longest(text, 3).value, PhraseTrie::kNone);  // "성전자": no key
  EXPECT_EQ(trie.Longest(text, text.size()).value, PhraseTrie::kNone);
  PhraseTrie suffixes;  // reversed keys, as for organisation suffixes
  const std::string key = "전자";
  suffixes.Insert(std::string(key.rbegin(), key.rend()), 1);
  EXPECT_EQ(suffixes.LongestBackward("삼성전자", std::string("삼성전자").size()).value, 1);
  EXPECT_EQ(suffixes.LongestBackward("삼성전자", std::string("삼성전자").size()).length,
            std::string("전자").size());
  EXPECT_EQ(suffixes.LongestBackward("삼성전자", 3).value, PhraseTrie::kNone);
  EXPECT_EQ(suffixes.LongestBackward("전자", 100).value, 1);  // end past the text
}

TEST(PhraseTrieTest, KeepsTheFirstValueAndFindsKeysAddedAfterATable) {
  PhraseTrie trie;
  trie.Insert("가a", 1);
  trie.Insert("가b", 2);
  trie.Insert("가c", 3);  // the node after "가" now has a table
  trie.Insert("가d", 4);  // added through the table
  trie.Insert("가a", 9);  // an existing key keeps its value
  EXPECT_EQ(trie.Longest("가d", 0).value, 4);
  EXPECT_EQ(trie.Longest("가a", 0).value, 1);
  EXPECT_EQ(trie.Longest("가e", 0).value, PhraseTrie::kNone);
  EXPECT_TRUE(PhraseTrie().empty());
  EXPECT_FALSE(trie.empty());
}

// Random keys over a few bytes (including 0x00 and 0xFF), checked against a
// scan of all keys: every branching shape and every table threshold occurs.
TEST(PhraseTrieTest, AgreesWithAScanOfAllKeys) {
  std::mt19937 rng(20260101);
  const std::string alphabet("\x00\x01\x7f\x80\xbf\xea\xff", 7);
  auto random_string = [&](std::size_t max_len) {
    std::string s(1 + rng() % max_len, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  PhraseTrie trie;
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) {
    keys.push_back(random_string(7));
    trie.Insert(keys.back(), i);
  }
  for (int t = 0; t < 300; ++t) {
    const std::string text = random_string(12);
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      std::vector<PhraseTrie::Match> expected;
      for (std::size_t len = 1; pos + len <= text.size(); ++len) {
        for (std::size_t k = 0; k < keys.size(); ++k) {
          if (text.compare(pos, len, keys[k]) == 0) {
            expected.push_back({len, static_cast<int>(k)});  // first insertion wins
            break;
          }
        }
      }
      const auto got = AllAt(trie, text, pos);
      ASSERT_EQ(got.size(), expected.size()) << "text " << t << " pos " << pos;
      for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].length, expected[i].length);
        EXPECT_EQ(got[i].value, expected[i].value);
      }
      const PhraseTrie::Match longest = trie.Longest(text, pos);
      EXPECT_EQ(longest.value, expected.empty() ? PhraseTrie::kNone : expected.back().value);
      // Backwards from pos + 1 is forwards on the reversed prefix.
      const std::string reversed(text.rend() - static_cast<std::ptrdiff_t>(pos + 1), text.rend());
      const PhraseTrie::Match forward = trie.Longest(reversed, 0);
      const PhraseTrie::Match backward = trie.LongestBackward(text, pos + 1);
      EXPECT_EQ(backward.length, forward.length);
      EXPECT_EQ(backward.value, forward.value);
    }
  }
}

// The inline decoder handles ASCII and most three-byte sequences itself; it
// must agree with the full decoder on every lead byte, valid or not.
TEST(Utf8Test, InlineDecodingAgreesWithTheFullDecoder) {
  const unsigned char seconds[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (unsigned b0 = 0; b0 < 256; ++b0) {
    for (unsigned char b1 : seconds) {
      for (unsigned char b2 : seconds) {
        const std::string s{static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2)};
        for (std::size_t len = 1; len <= s.size(); ++len) {
          const std::string_view v(s.data(), len);
          std::size_t fast = 0;
          std::size_t slow = 0;
          EXPECT_EQ(DecodeUtf8(v, &fast), DecodeUtf8Slow(v, &slow)) << b0 << " " << +b1;
          EXPECT_EQ(fast, slow);
        }
      }
    }
  }
  std::size_t pos = 0;
  EXPECT_EQ(DecodeUtf8("한", &pos), U'한');  // ED 95 9C
  EXPECT_EQ(pos, 3u);
  pos = 0;
  EXPECT_EQ(DecodeUtf8("\xed\xa0\x80", &pos), U'\uFFFD');  // a surrogate
  EXPECT_EQ(pos, 1u);
}

TEST(Utf8Test, HasAtComparesBytesInBounds) {
  EXPECT_TRUE(HasAt("지난해", 0, "지난"));
  EXPECT_TRUE(HasAt("지난해", 6, "해"));
  EXPECT_TRUE(HasAt("abc", 3, ""));
  EXPECT_FALSE(HasAt("abc", 4, ""));
  EXPECT_FALSE(HasAt("지난", 3, "난해"));
  EXPECT_FALSE(HasAt("지난", 0, "지나"));
}

// Particles are looked up by their first code point; a particle that is not
// valid UTF-8 turns the index off rather than being missed.
TEST(MorphTest, ParticleIndexFindsLongestChainsAndInvalidParticles) {
  ParticleTable table;
  table.Add("로", Role::kAs, Attach::kAfterVowelOrL);
  table.Add("로부터", Role::kFrom, Attach::kAny);
  table.Add("의", Role::kGen, Attach::kAny);
  Role role = Role::kNone;
  EXPECT_EQ(table.StemLength("정부로부터의", &role), std::string("정부").size());
  EXPECT_EQ(role, Role::kFrom);
  EXPECT_EQ(table.StemLength("정부에", &role), std::string("정부에").size());
  EXPECT_EQ(role, Role::kNone);
  table.Add("\xff", Role::kOther, Attach::kAny);
  EXPECT_EQ(table.StemLength("정부\xff", &role), std::string("정부").size());
  EXPECT_EQ(role, Role::kOther);
  EXPECT_EQ(table.StemLength("정부로", &role), std::string("정부").size());
  EXPECT_EQ(role, Role::kAs);
}

TEST(NormalizerTest, ComposesOnlyWhatIsNotAlreadyComposed) {
  EXPECT_EQ(NormalizeText("한빛 Café · 3%"), "한빛 Café · 3%");
  EXPECT_EQ(NormalizeText("Cafe\u0301"), "Café");                  // e + combining acute
  EXPECT_EQ(NormalizeText("\u1112\u1161\u11ab빛"), "한빛");          // conjoining jamo
  EXPECT_EQ(NormalizeText("가\u11a8"), "각");                        // syllable + final jamo
  EXPECT_EQ(NormalizeText("\u2126"), "\u03a9");                    // ohm sign: a singleton
}

}  // namespace
}  // namespace newsgraph::extract::ko
