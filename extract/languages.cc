#include "extract/languages.h"

#include <utility>

#include "extract/ko/language_pack.h"

namespace newsgraph::extract {

void LanguageRegistry::Register(std::string language,
                                LanguagePackFactory factory) {
  factories_[std::move(language)] = std::move(factory);
}

const LanguagePackFactory* LanguageRegistry::Find(
    std::string_view language) const {
  const auto it = factories_.find(language);
  return it == factories_.end() ? nullptr : &it->second;
}

std::vector<std::string> LanguageRegistry::languages() const {
  std::vector<std::string> out;
  for (const auto& [language, factory] : factories_) out.push_back(language);
  return out;
}

const LanguageRegistry& BuiltinLanguages() {
  // Built on first use and never changed: safe to share between threads.
  static const LanguageRegistry registry = [] {
    LanguageRegistry r;
    ko::RegisterKorean(&r);
    return r;
  }();
  return registry;
}

}  // namespace newsgraph::extract
