// Trigger detection over one sentence (triggers.h).
#include "extract/triggers.h"

#include <cctype>
#include <string>

namespace parley::extract {

TriggerFinder::TriggerFinder(const Lexicon& lexicon, const Document& doc)
    : lexicon_(lexicon), doc_(doc) {
  std::string title = doc.input->title;
  for (auto& ch : title) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  phone_page_ = title.find("telephone") != std::string::npos ||
                title.find("phone conversation") != std::string::npos ||
                title.find("phone call") != std::string::npos;
}

std::vector<EventCandidate> TriggerFinder::Find(int si) const {
  std::vector<EventCandidate> out;
  const auto& sentence = doc_.sentences[si];
  const auto& toks = sentence.toks;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind != TokenKind::kWord || sentence.tok_mention[i] >= 0) continue;
    size_t len = 0;
    const Trigger* trig = lexicon_.Match(toks, i, &len);
    if (trig == nullptr) continue;
    EventCandidate& c = out.emplace_back();
    c.si = si;
    c.tb = i;
    c.te = i + len;
    c.trig = trig;
    c.type = trig->type;
    c.cameo = trig->cameo;
    c.rule = trig->rule;
    c.frame = trig->frame;
    c.evidence_sentences = {si};
    i += len - 1;
    // A bare "conversation" is a call on a page titled as one ("Telephone conversation with
    // ...").
    if (phone_page_ && c.rule.rfind("conversation:", 0) == 0) {
      c.type = "call";
      c.cameo = "041";
    }
  }
  return out;
}

}  // namespace parley::extract
