// Lemmatizer: exception tables, then suffix rules; model file I/O.
#include "nlp/lemmatizer.h"

#include <algorithm>

#include "base/error.h"
#include "nlp/model_io.h"
#include "nlp/perceptron.h"

namespace parley::nlp {

namespace {

constexpr std::string_view kMagic = "parley-lemmatizer";
constexpr uint32_t kVersion = 1;

}  // namespace

uint64_t Lemmatizer::LemmaKey(uint64_t word_hash, uint64_t xpos_hash) {
  return HashCombine(word_hash, xpos_hash) | 1;
}
uint64_t Lemmatizer::RuleKey(uint64_t xpos_hash, size_t length, std::string_view suffix) {
  return HashCombine(HashCombine(xpos_hash, length + 0x5155), HashString(suffix)) | 1;
}
uint32_t Lemmatizer::TagFlags(uint64_t xpos_hash) const {
  const uint32_t f = tag_flags_.Find(xpos_hash | 1);
  return f == UINT32_MAX ? 0 : f;
}

void Lemmatizer::RuleBase(std::string_view form, uint32_t flags, std::string* out) {
  out->clear();
  // Thousands separators only: digits, then groups of a comma and three
  // digits ("1,100", not "3," or "7,5").
  bool groups = (flags & kDropCommas) != 0 && !form.empty() && form[0] >= '0' && form[0] <= '9';
  size_t run = 0;  // digits since the last comma
  bool any_comma = false;
  for (size_t i = 0; groups && i < form.size(); ++i) {
    const char c = form[i];
    if (c >= '0' && c <= '9') {
      ++run;
    } else if (c == ',' && (!any_comma ? run <= 3 : run == 3)) {
      any_comma = true;
      run = 0;
    } else {
      groups = false;
    }
  }
  groups = groups && any_comma && run == 3;
  for (char c : form) {
    if (groups && c == ',') continue;
    if (!(flags & kKeepCase) && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out->push_back(c);
  }
}
void Lemmatizer::LowerAsciiInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

uint32_t Lemmatizer::Table::Find(uint64_t key) const {
  if (slot_keys.empty()) return UINT32_MAX;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slot_keys[i] == key) return slot_values[i];
    if (slot_keys[i] == 0) return UINT32_MAX;
  }
}

void Lemmatizer::Table::Index() {
  slot_keys.clear();
  slot_values.clear();
  mask = 0;
  if (keys.empty()) return;
  size_t slots = 16;
  while (slots < keys.size() * 2) slots <<= 1;
  mask = slots - 1;
  slot_keys.assign(slots, 0);
  slot_values.assign(slots, 0);
  for (size_t r = 0; r < keys.size(); ++r) {
    size_t i = keys[r] & mask;
    while (slot_keys[i] != 0) i = (i + 1) & mask;
    slot_keys[i] = keys[r];
    slot_values[i] = values[r];
  }
}

std::string Lemmatizer::version() const {
  return "lemmatizer/" + std::to_string(kVersion) + " exceptions=" + std::to_string(exceptions()) +
         " rules=" + std::to_string(rules());
}

bool Lemmatizer::Applies(uint32_t rule, std::string_view base) const {
  const std::string& ending = remove_[rule];
  return ending.size() < base.size() &&
         base.compare(base.size() - ending.size(), ending.size(), ending) == 0;
}

void Lemmatizer::RuleLemma(std::string_view form, uint64_t xpos_hash, std::string* out) const {
  thread_local std::string lower, base, candidate, known_key;
  LowerAsciiInto(form, &lower);
  const uint32_t flags = TagFlags(xpos_hash);
  RuleBase(form, flags, &base);
  // Candidates in order; for tags whose lemmas are lower-cased, the first
  // that makes a lemma seen in training wins.
  const bool check_known = (flags & kKeepCase) == 0;
  uint32_t first = UINT32_MAX;
  auto try_rule = [&](uint32_t r) {
    if (r == UINT32_MAX || !Applies(r, base)) return false;
    if (first == UINT32_MAX) first = r;
    if (!check_known) return true;
    candidate.assign(base, 0, base.size() - remove_[r].size());
    candidate.append(append_[r]);
    LowerAsciiInto(candidate, &known_key);
    return known_.Find(HashString(known_key) | 1) != UINT32_MAX;
  };
  const std::string_view sv(lower);
  bool done = false;
  for (size_t len = std::min<size_t>(sv.size(), kMaxSuffix) + 1; !done && len-- > 0;)
    done = try_rule(rules_.Find(RuleKey(xpos_hash, len, sv.substr(sv.size() - len))));
  for (uint64_t rank = 0; !done && rank < kTopRules; ++rank) {
    const uint32_t r = tag_rules_.Find(HashCombine(xpos_hash, rank) | 1);
    if (r == UINT32_MAX) break;
    done = try_rule(r);
  }
  const uint32_t r = done && check_known ? UINT32_MAX : first;
  if (done && check_known) {
    out->assign(candidate);
  } else if (r == UINT32_MAX) {
    out->assign(base);
  } else {
    out->assign(base, 0, base.size() - remove_[r].size());
    out->append(append_[r]);
  }
}

void Lemmatizer::LemmaInto(std::string_view form, std::string_view xpos, std::string* out) const {
  const uint64_t xh = HashString(xpos);
  uint32_t id = exact_.Find(LemmaKey(HashString(form), xh));
  if (id == UINT32_MAX) {
    thread_local std::string lower;
    LowerAsciiInto(form, &lower);
    id = lower_.Find(LemmaKey(HashString(lower), xh));
  }
  if (id != UINT32_MAX) {
    out->assign(strings_[id]);
    return;
  }
  RuleLemma(form, xh, out);
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view xpos) const {
  std::string out;
  LemmaInto(form, xpos, &out);
  return out;
}

void Lemmatizer::Process(Document* doc) const {
  for (size_t i = 0; i < doc->tokens.size(); ++i) {
    Token& t = doc->tokens[i];
    if (t.xpos.empty()) continue;
    LemmaInto(t.form.empty() ? doc->TokenText(i) : std::string_view(t.form), t.xpos, &t.lemma);
  }
}

LemmaScores Lemmatizer::Evaluate(const Document& gold, const Document* tagged) const {
  LemmaScores s;
  std::string lemma;
  for (size_t i = 0; i < gold.tokens.size(); ++i) {
    const Token& g = gold.tokens[i];
    if (g.lemma.empty()) continue;
    const std::string& xpos = tagged != nullptr ? tagged->tokens[i].xpos : g.xpos;
    LemmaInto(g.form.empty() ? gold.TokenText(i) : std::string_view(g.form), xpos, &lemma);
    ++s.tokens;
    s.correct += lemma == g.lemma;
  }
  return s;
}

void Lemmatizer::Save(const std::string& path) const {
  ModelWriter w(kMagic, kVersion);
  w.Strs(strings_);
  for (const Table* t : {&exact_, &lower_, &rules_, &tag_rules_, &tag_flags_, &known_}) {
    w.U64s(t->keys);
    w.U32s(t->values);
  }
  w.Strs(remove_);
  w.Strs(append_);
  w.Save(path);
}

std::unique_ptr<Lemmatizer> Lemmatizer::Load(const std::string& path) {
  ModelReader r(path, kMagic, kVersion);
  auto l = std::make_unique<Lemmatizer>();
  try {
    l->strings_ = r.Strs();
    for (Table* t :
         {&l->exact_, &l->lower_, &l->rules_, &l->tag_rules_, &l->tag_flags_, &l->known_}) {
      t->keys = r.U64s();
      t->values = r.U32s();
      if (t->keys.size() != t->values.size())
        throw Error(ErrorCode::kInvalidArgument, "malformed lemma table");
      for (size_t i = 0; i < t->keys.size(); ++i)
        if (t->keys[i] == 0 || (i > 0 && t->keys[i] <= t->keys[i - 1]))
          throw Error(ErrorCode::kInvalidArgument, "lemma table keys not sorted");
    }
    l->remove_ = r.Strs();
    l->append_ = r.Strs();
    if (l->remove_.size() != l->append_.size())
      throw Error(ErrorCode::kInvalidArgument, "malformed lemma rules");
    for (uint32_t v : l->exact_.values)
      if (v >= l->strings_.size()) throw Error(ErrorCode::kInvalidArgument, "lemma id");
    for (uint32_t v : l->lower_.values)
      if (v >= l->strings_.size()) throw Error(ErrorCode::kInvalidArgument, "lemma id");
    for (const Table* t : {&l->rules_, &l->tag_rules_})
      for (uint32_t v : t->values)
        if (v >= l->remove_.size()) throw Error(ErrorCode::kInvalidArgument, "lemma rule id");
    r.ExpectEnd();
  } catch (const Error& e) {
    const std::string what = e.what();
    throw Error(ErrorCode::kInvalidArgument, what.rfind(path, 0) == 0 ? what : path + ": " + what);
  }
  for (Table* t : {&l->exact_, &l->lower_, &l->rules_, &l->tag_rules_, &l->tag_flags_, &l->known_})
    t->Index();
  return l;
}

}  // namespace parley::nlp
