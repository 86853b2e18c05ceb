// Shared by the extraction tests: one extractor over the bundled data, and
// lookups of relations and entities in its output.
#ifndef NEWSGRAPH_TESTS_EXTRACT_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_EXTRACT_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "core/relation_types.h"

namespace newsgraph::extract::ko::testing_support {

inline const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    std::unique_ptr<Extractor> x;
    std::vector<std::string> warnings;
    EXPECT_TRUE(Extractor::Create(ExtractorOptions{}, &x, &warnings).ok());
    return x.release();
  }();
  return *extractor;
}

inline Extraction Extract(const std::string& text,
                          const std::string& title = "",
                          const std::string& date = "2025-03-10") {
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.title = title;
  doc.text = text;
  return TheExtractor().Extract(doc);
}

inline const Relation* FindRelation(const Extraction& x,
                                    const std::string& subject,
                                    const std::string& relation,
                                    const std::string& object) {
  for (const Relation& r : x.relations) {
    if (r.relation != relation) continue;
    if ((r.subject == subject && r.object == object) ||
        (IsSymmetricRelation(relation) && r.subject == object &&
         r.object == subject)) {
      return &r;
    }
  }
  return nullptr;
}

inline const Entity* FindEntity(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

inline bool HasMention(const Entity& e, const std::string& m) {
  return std::find(e.mentions.begin(), e.mentions.end(), m) != e.mentions.end();
}

}  // namespace newsgraph::extract::ko::testing_support

#endif  // NEWSGRAPH_TESTS_EXTRACT_TEST_SUPPORT_H_
