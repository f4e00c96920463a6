// CoNLL-U reader and writer. The reader keeps every annotation the scorers
// compare (UPOS, XPOS, lemma, head, deprel, NER) and nothing else the models
// do not use (DEPS, empty nodes).
#include "nlp/conllu.h"

#include <charconv>
#include <ostream>
#include <sstream>
#include <vector>

#include "base/error.h"
#include "nlp/model_io.h"
#include "nlp/utf8.h"

namespace parley::nlp {

namespace {

std::string_view Field(std::string_view s) { return s == "_" ? std::string_view() : s; }

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

[[noreturn]] void Fail(size_t line, const std::string& what) {
  throw Error(ErrorCode::kInvalidArgument, "CoNLL-U line " + std::to_string(line) + ": " + what);
}

// A sentence being read: tokens appended to the document once complete.
struct PendingWord {
  std::string form, lemma, xpos, feats, deprel, ner;
  Upos upos = Upos::kUnknown;
  int head = -1;  // CoNLL-U HEAD (0 = root), -1 when "_"
  bool space_after = true;
  int mwt = -1;  // index into the pending multiword list
};
struct PendingMwt {
  int first = 0, last = 0;  // CoNLL-U IDs
  std::string form;
  bool space_after = true;
};

void AppendSentence(Document* doc, std::string sent_id, std::vector<PendingWord>& words,
                    std::vector<PendingMwt>& mwts, size_t line) {
  // A multiword range must cover words the sentence has ("2-6" over four
  // words would index past them when written out).
  for (const auto& m : mwts)
    if (m.last > static_cast<int>(words.size()))
      Fail(line, "multiword token range " + std::to_string(m.first) + "-" + std::to_string(m.last) +
                     " beyond the sentence");
  if (words.empty()) return;
  if (!doc->text.empty()) doc->text.push_back('\n');
  Sentence s;
  s.sent_id = std::move(sent_id);
  s.token_begin = static_cast<uint32_t>(doc->tokens.size());
  const int n = static_cast<int>(words.size());
  // Offsets first: a multiword token's written form appears once in the
  // text, and its words split it where the concatenation of their forms
  // spells it ("don't" = "do" + "n't"); otherwise each covers all of it.
  std::vector<std::pair<uint32_t, uint32_t>> offs(words.size());
  for (int i = 0; i < n; ++i) {
    const PendingWord& w = words[i];
    if (w.head > n) Fail(line, "HEAD " + std::to_string(w.head) + " outside the sentence");
    if (w.mwt >= 0) {
      const PendingMwt& m = mwts[w.mwt];
      if (i + 1 != m.first) continue;
      const auto at = static_cast<uint32_t>(doc->text.size());
      doc->text += m.form;
      std::string joined;
      for (int k = m.first; k <= m.last && k <= n; ++k) joined += words[k - 1].form;
      uint32_t off = at;
      for (int k = m.first; k <= m.last && k <= n; ++k) {
        const auto len = static_cast<uint32_t>(words[k - 1].form.size());
        if (joined == m.form) {
          offs[k - 1] = {off, off + len};
          off += len;
        } else {
          offs[k - 1] = {at, at + static_cast<uint32_t>(m.form.size())};
        }
      }
      if (m.space_after && m.last < n) doc->text.push_back(' ');
      continue;
    }
    const auto at = static_cast<uint32_t>(doc->text.size());
    doc->text += w.form;
    offs[i] = {at, static_cast<uint32_t>(doc->text.size())};
    if (w.space_after && i + 1 < n) doc->text.push_back(' ');
  }
  for (int i = 0; i < n; ++i) {
    PendingWord& w = words[i];
    Token t;
    t.begin = offs[i].first;
    t.end = offs[i].second;
    t.form = std::move(w.form);
    t.lemma = std::move(w.lemma);
    t.upos = w.upos;
    t.xpos = std::move(w.xpos);
    t.feats = std::move(w.feats);
    t.deprel = std::move(w.deprel);
    t.ner = std::move(w.ner);
    t.head = w.head > 0 ? static_cast<int32_t>(s.token_begin + w.head - 1) : -1;
    if (w.mwt >= 0) {
      const PendingMwt& m = mwts[w.mwt];
      t.space_after = i + 1 == m.last ? m.space_after : false;
    } else {
      t.space_after = w.space_after;
    }
    doc->tokens.push_back(std::move(t));
  }
  s.token_end = static_cast<uint32_t>(doc->tokens.size());
  for (const auto& m : mwts)
    s.multiword.push_back({s.token_begin + m.first - 1, s.token_begin + m.last - 1, m.form});
  doc->sentences.push_back(std::move(s));
  words.clear();
  mwts.clear();
}

void WriteMisc(const Token& t, bool last_of_sentence, const ConlluWriteOptions& o, bool in_mwt,
               std::ostream& out) {
  std::string misc;
  auto add = [&](const std::string& kv) {
    if (!misc.empty()) misc.push_back('|');
    misc += kv;
  };
  if (!t.space_after && !last_of_sentence && !in_mwt) add("SpaceAfter=No");
  if (o.ner && !t.ner.empty()) add("NER=" + t.ner);
  if (o.token_range)
    add("TokenRange=" + std::to_string(t.cp_begin) + ":" + std::to_string(t.cp_end));
  out << (misc.empty() ? "_" : misc);
}

void Put(std::ostream& out, std::string_view s) {
  if (s.empty()) {
    out << '_';
    return;
  }
  // CoNLL-U fields may not hold tabs or newlines.
  for (char c : s) out << ((c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
}

}  // namespace

Document ParseConllu(std::string_view in) {
  Document doc;
  std::vector<PendingWord> words;
  std::vector<PendingMwt> mwts;
  std::string sent_id;
  size_t line_no = 0;
  size_t pos = 0;
  std::vector<std::string_view> cols;
  while (pos <= in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) nl = in.size();
    std::string_view line = in.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      AppendSentence(&doc, std::move(sent_id), words, mwts, line_no);
      sent_id.clear();
      if (nl == in.size()) break;
      continue;
    }
    if (line[0] == '#') {
      constexpr std::string_view kSentId = "# sent_id = ";
      if (line.substr(0, kSentId.size()) == kSentId) sent_id = line.substr(kSentId.size());
      continue;
    }
    cols.clear();
    size_t c = 0;
    while (true) {
      size_t tab = line.find('\t', c);
      cols.push_back(line.substr(c, tab == std::string_view::npos ? line.size() - c : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    if (cols.size() != 10)
      Fail(line_no, "expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      PendingMwt m;
      if (!ParseInt(id.substr(0, dash), &m.first) || !ParseInt(id.substr(dash + 1), &m.last) ||
          m.first != static_cast<int>(words.size()) + 1 || m.last < m.first ||
          (!mwts.empty() && m.first <= mwts.back().last))
        Fail(line_no, "bad multiword token range '" + std::string(id) + "'");
      m.form = std::string(cols[1]);
      m.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
      mwts.push_back(std::move(m));
      continue;
    }
    int n = 0;
    if (!ParseInt(id, &n) || n != static_cast<int>(words.size()) + 1)
      Fail(line_no, "token ID '" + std::string(id) + "' out of sequence");
    PendingWord w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[1] == "_" ? cols[2] : Field(cols[2]));
    w.upos = ParseUpos(cols[3]);
    if (w.upos == Upos::kUnknown && cols[3] != "_")
      Fail(line_no, "unknown UPOS '" + std::string(cols[3]) + "'");
    w.xpos = std::string(Field(cols[4]));
    w.feats = std::string(Field(cols[5]));
    if (cols[6] != "_") {
      if (!ParseInt(cols[6], &w.head) || w.head < 0)
        Fail(line_no, "bad HEAD '" + std::string(cols[6]) + "'");
      w.deprel = std::string(Field(cols[7]));
    }
    const std::string_view misc = cols[9];
    size_t m = 0;
    while (m < misc.size()) {
      size_t bar = misc.find('|', m);
      if (bar == std::string_view::npos) bar = misc.size();
      const std::string_view kv = misc.substr(m, bar - m);
      if (kv == "SpaceAfter=No") w.space_after = false;
      if (kv.substr(0, 4) == "NER=") w.ner = std::string(kv.substr(4));
      m = bar + 1;
    }
    if (!mwts.empty() && mwts.back().last >= n) w.mwt = static_cast<int>(mwts.size()) - 1;
    words.push_back(std::move(w));
  }
  AppendSentence(&doc, std::move(sent_id), words, mwts, line_no);
  ComputeCodePointOffsets(&doc);
  bool any_ner = false;
  for (const auto& t : doc.tokens) any_ner |= !t.ner.empty();
  if (any_ner) doc.EntitiesFromTags();
  return doc;
}

Document ReadConlluFile(const std::string& path) {
  const std::string content = ReadMaybeGzipped(path);
  try {
    return ParseConllu(content);
  } catch (const Error& e) {
    throw Error(e.code(), path + ": " + e.what());
  }
}

void ComputeCodePointOffsets(Document* doc) {
  const std::string& text = doc->text;
  // Tokens are mostly in text order; walk both with a running count and fall
  // back to recounting from the start when a token starts earlier.
  // Characters are counted as nlp/utf8.h counts them (a byte that is not
  // valid UTF-8 is one), the same rule as the tokenizer's offsets; a
  // sequence is never read across `to`, so offsets only grow.
  uint32_t byte = 0, cp = 0;
  auto advance = [&](uint32_t to) {
    if (to < byte) byte = 0, cp = 0;
    const std::string_view upto = std::string_view(text).substr(0, to);
    while (byte < to && byte < text.size()) {
      int len = 1;
      if (static_cast<unsigned char>(text[byte]) >= 0x80) DecodeUtf8At(upto, byte, &len);
      byte += static_cast<uint32_t>(len);
      ++cp;
    }
    return cp;
  };
  for (auto& t : doc->tokens) {
    t.cp_begin = advance(t.begin);
    t.cp_end = advance(t.end);
  }
}

void WriteConllu(const Document& doc, std::ostream& out, const ConlluWriteOptions& o) {
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (!s.sent_id.empty()) out << "# sent_id = " << s.sent_id << '\n';
    if (o.text_comment && s.token_end > s.token_begin) {
      const uint32_t b = doc.tokens[s.token_begin].begin, e = doc.tokens[s.token_end - 1].end;
      std::string t = doc.text.substr(b, e > b ? e - b : 0);
      for (char& c : t)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      out << "# text = " << t << '\n';
    }
    size_t next_mwt = 0;
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const Token& t = doc.tokens[i];
      const uint32_t id = i - s.token_begin + 1;
      bool in_mwt = false;
      if (next_mwt < s.multiword.size() && s.multiword[next_mwt].first == i) {
        const MultiwordToken& m = s.multiword[next_mwt];
        const Token& last = doc.tokens[m.last];
        out << id << '-' << (m.last - s.token_begin + 1) << '\t' << m.form
            << "\t_\t_\t_\t_\t_\t_\t_\t"
            << (!last.space_after && m.last + 1 < s.token_end ? "SpaceAfter=No" : "_") << '\n';
      }
      for (const auto& m : s.multiword) in_mwt |= (i >= m.first && i <= m.last);
      while (next_mwt < s.multiword.size() && s.multiword[next_mwt].last <= i) ++next_mwt;
      out << id << '\t';
      Put(out, t.form.empty() ? std::string_view(doc.TokenText(i)) : std::string_view(t.form));
      out << '\t';
      Put(out, t.lemma);
      out << '\t' << UposName(t.upos) << '\t';
      Put(out, t.xpos);
      out << '\t';
      Put(out, t.feats);
      out << '\t';
      if (t.deprel.empty()) {
        out << "_\t_";
      } else {
        const uint32_t head = t.head < 0 ? 0 : static_cast<uint32_t>(t.head) - s.token_begin + 1;
        out << head << '\t' << t.deprel;
      }
      out << "\t_\t";
      WriteMisc(t, i + 1 == s.token_end, o, in_mwt, out);
      out << '\n';
    }
    out << '\n';
  }
}

std::string ToConllu(const Document& doc, const ConlluWriteOptions& options) {
  std::ostringstream out;
  WriteConllu(doc, out, options);
  return out.str();
}

}  // namespace parley::nlp
