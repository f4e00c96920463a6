// Document helpers: tag names and the IOB <-> span conversions.
#include "nlp/document.h"

#include <algorithm>
#include <array>

namespace parley::nlp {

namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "_",   "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

}  // namespace

std::string_view UposName(Upos u) {
  const auto i = static_cast<size_t>(u);
  return i < kUposNames.size() ? kUposNames[i] : kUposNames[0];
}

Upos ParseUpos(std::string_view name) {
  for (size_t i = 1; i < kUposNames.size(); ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return Upos::kUnknown;
}

uint32_t Document::SentenceOf(size_t i) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), i,
                             [](size_t t, const Sentence& s) { return t < s.token_begin; });
  return it == sentences.begin() ? 0 : static_cast<uint32_t>(it - sentences.begin() - 1);
}

void Document::EntitiesFromTags() {
  entities.clear();
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    NamedEntity cur;
    bool open = false;
    auto close = [&](uint32_t end) {
      if (!open) return;
      cur.token_end = end;
      entities.push_back(cur);
      open = false;
    };
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const std::string& tag = tokens[t].ner;
      if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
        close(t);
        continue;
      }
      const std::string_view type = std::string_view(tag).substr(2);
      // IOB1 starts a span with I- unless it continues one of the same type.
      const bool begins = tag[0] == 'B' || !open || cur.label != type;
      if (begins) {
        close(t);
        cur = NamedEntity{si, t, t + 1, std::string(type), 1.0f};
        open = true;
      }
    }
    close(s.token_end);
  }
}

void Document::TagsFromEntities() {
  for (auto& t : tokens) t.ner = "O";
  for (const auto& e : entities) {
    for (uint32_t t = e.token_begin; t < e.token_end && t < tokens.size(); ++t)
      tokens[t].ner = (t == e.token_begin ? "B-" : "I-") + e.label;
  }
}

}  // namespace parley::nlp
