#include "extract/lexicon.h"

#include <algorithm>
#include <cstring>

namespace parley::extract {
namespace {

constexpr CameoInfo kCameo[] = {
    {"01", 0.0, 1, "", ""},
    {"010", 0.0, 1, "", ""},
    {"011", -0.1, 1, "", ""},
    {"012", -0.4, 1, "", ""},
    {"013", 0.4, 1, "", ""},
    {"014", 0.0, 1, "", ""},
    {"016", -2.0, 1, "", ""},
    {"018", 3.4, 1, "", ""},
    {"019", 3.4, 1, "", ""},
    {"02", 3.0, 1, "REQUEST", ""},
    {"020", 3.0, 1, "REQUEST", ""},
    {"021", 3.4, 1, "REQUEST", "assist"},
    {"022", 3.2, 1, "REQUEST", ""},
    {"023", 3.4, 1, "REQUEST", "assist"},
    {"026", 4.0, 1, "REQUEST", "meet"},
    {"027", 4.0, 1, "REQUEST", "meet"},
    {"03", 4.0, 1, "AGREE", ""},
    {"030", 4.0, 1, "AGREE", ""},
    {"031", 5.2, 1, "AGREE", ""},
    {"033", 5.2, 1, "AGREE", ""},
    {"036", 4.0, 1, "AGREE", ""},
    {"037", 5.0, 1, "AGREE", ""},
    {"039", 5.0, 1, "AGREE", ""},
    {"04", 1.0, 1, "CONSULT", ""},
    {"040", 1.0, 1, "CONSULT", ""},
    {"041", 1.0, 1, "CONSULT", "phone"},
    {"042", 1.9, 1, "CONSULT", "visit"},
    {"043", 2.8, 1, "CONSULT", "visit"},
    {"044", 2.5, 1, "CONSULT", "third-party"},
    {"045", 5.0, 1, "CONSULT", ""},
    {"046", 7.0, 1, "CONSULT", ""},
    {"05", 3.5, 1, "SUPPORT", ""},
    {"051", 3.4, 1, "SUPPORT", ""},
    {"052", 3.5, 1, "SUPPORT", ""},
    {"054", 6.0, 1, "SUPPORT", ""},
    {"055", 7.0, 1, "SUPPORT", ""},
    {"057", 8.0, 1, "SUPPORT", ""},
    {"06", 6.0, 2, "COOPERATE", ""},
    {"061", 6.4, 2, "COOPERATE", ""},
    {"062", 7.4, 2, "COOPERATE", ""},
    {"064", 7.0, 2, "COOPERATE", ""},
    {"07", 7.0, 2, "AID", ""},
    {"070", 7.0, 2, "AID", ""},
    {"071", 7.4, 2, "AID", ""},
    {"072", 8.3, 2, "AID", ""},
    {"073", 7.4, 2, "AID", ""},
    {"075", 7.0, 2, "AID", ""},
    {"08", 5.0, 2, "CONCEDE", ""},
    {"081", 5.0, 2, "CONCEDE", ""},
    {"083", 5.0, 2, "CONCEDE", ""},
    {"084", 7.0, 2, "RETREAT", "release"},
    {"085", 7.0, 2, "RETREAT", "ease"},
    {"086", 9.0, 2, "RETREAT", "access"},
    {"087", 9.0, 2, "RETREAT", "disarm"},
    {"09", -2.0, 2, "ACCUSE", "investigate"},
    {"090", -2.0, 2, "ACCUSE", "investigate"},
    {"10", -5.0, 3, "REQUEST", ""},
    {"100", -5.0, 3, "REQUEST", ""},
    {"106", -5.0, 3, "REQUEST", "meet"},
    {"107", -5.0, 3, "REQUEST", "meet"},
    {"11", -2.0, 3, "ACCUSE", ""},
    {"111", -2.0, 3, "ACCUSE", "disapprove"},
    {"112", -2.0, 3, "ACCUSE", "disapprove"},
    {"114", -2.0, 3, "ACCUSE", "allege"},
    {"115", -2.0, 3, "ACCUSE", "allege"},
    {"12", -4.0, 3, "REJECT", ""},
    {"120", -4.0, 3, "REJECT", ""},
    {"125", -5.0, 3, "REJECT", "meet"},
    {"128", -5.0, 3, "REJECT", "yield"},
    {"129", -5.0, 3, "REJECT", "yield"},
    {"13", -6.0, 3, "THREATEN", ""},
    {"130", -4.4, 3, "THREATEN", ""},
    {"138", -7.0, 3, "THREATEN", "violence"},
    {"139", -7.0, 3, "THREATEN", "relations"},
    {"14", -6.5, 3, "PROTEST", ""},
    {"140", -6.5, 3, "PROTEST", ""},
    {"141", -6.5, 3, "PROTEST", "demo"},
    {"143", -6.5, 3, "PROTEST", "boycott"},
    {"145", -7.5, 3, "PROTEST", "riot"},
    {"15", -7.2, 4, "MOBILIZE", ""},
    {"150", -7.2, 4, "MOBILIZE", ""},
    {"154", -7.2, 4, "MOBILIZE", "troops"},
    {"16", -4.0, 4, "SANCTION", ""},
    {"160", -4.0, 4, "SANCTION", ""},
    {"161", -4.0, 4, "SANCTION", "withdraw"},
    {"163", -8.0, 4, "COERCE", "restrict"},
    {"164", -7.0, 4, "SANCTION", "withdraw"},
    {"166", -7.0, 4, "SANCTION", "expel"},
    {"17", -7.0, 4, "COERCE", ""},
    {"171", -9.2, 4, "COERCE", "seize"},
    {"173", -5.0, 4, "COERCE", "arrest"},
    {"174", -5.0, 4, "COERCE", "deport"},
    {"18", -9.0, 4, "ASSAULT", ""},
    {"181", -9.0, 4, "ASSAULT", "abduct"},
    {"182", -9.5, 4, "ASSAULT", "beat"},
    {"183", -10.0, 4, "ASSAULT", "suicide-attack"},
    {"186", -10.0, 4, "ASSAULT", "assassinate"},
    {"19", -10.0, 4, "ASSAULT", ""},
    {"190", -10.0, 4, "ASSAULT", ""},
    {"191", -9.5, 4, "COERCE", "restrict"},
    {"192", -9.5, 4, "COERCE", "seize"},
    {"195", -10.0, 4, "ASSAULT", "aerial"},
    {"196", -9.5, 4, "ASSAULT", ""},
    {"20", -10.0, 4, "ASSAULT", ""},
    {"202", -10.0, 4, "ASSAULT", "massacre"},
};

struct Row {
  const char* forms;  // '|'-separated surface forms
  const char* type;
  const char* cameo;
  uint32_t frame;
  const char* rule;
};

// Written from the CAMEO codebook's verb definitions; forms are explicit rather than stemmed
// so that "meets"/"meeting" can carry different frames.
constexpr Row kRows[] = {
    // CONSULT
    {"met|meet|meets|met with|meet with|meets with|meeting with|will meet|held talks|hold talks|"
     "holds talks|had talks|had a meeting|has had a meeting|held a meeting|had a working meeting|"
     "sat down with|spoke with|talked with|conferred with",
     "meeting", "040", kVerb | kMeet, "verb-meet"},
    {"meeting|meetings|session|roundtable|round table|round-table|talks|consultations|"
     "discussion|conference|audience|working meeting|tete-a-tete",
     "meeting", "040", kNoun | kMeet, "noun-meeting"},
    {"summit|summits", "summit", "040", kNoun | kMeet, "noun-summit"},
    {"negotiations|negotiation|negotiated|negotiate|negotiating|peace talks", "negotiation", "046",
     kNoun | kVerb | kMeet, "negotiate"},
    {"telephone conversation|phone conversation|telephone call|phone call|telephone talk|"
     "telephone talks|phone talks|phoned|telephoned|called|spoke by phone|spoke by telephone|"
     "talked by phone|talked by telephone|spoke on the phone|spoke over the phone|"
     "had a phone call|conversation by telephone",
     "call", "041", kNoun | kVerb | kMeet, "call"},
    {"video call|videoconference|video conference|video link|videoconference meeting", "meeting",
     "040", kNoun | kMeet, "video-meeting"},
    {"visit|visits|visited|visiting|trip|flew|arrived|arrives|travelled|traveled|went to|"
     "state visit|official visit|working visit",
     "visit", "042", kVerb | kNoun | kMotion, "visit"},
    {"received|receives|hosted|hosts|welcomed to|hosting", "meeting", "043", kVerb | kMeet, "host"},
    {"mediate|mediated|mediation|mediating", "mediation", "045", kVerb | kNoun | kTarget,
     "mediate"},
    // Statements
    {"said|says|say|stated|states|stressed|stresses|emphasized|emphasised|emphasizing|"
     "emphasising|noted|notes|added|elaborated|declared|announced|explained|pointed out|"
     "underlined|underscored|remarked|told|insisted|asserted|commented|recalled|observed|"
     "reiterated|according to|made clear|wrote|tweeted",
     "statement", "010", kVerb | kSpeech, "speech"},
    {"declined to comment|refused to comment|no comment", "statement", "011", kVerb, "no-comment"},
    {"pessimistic|skeptical|sceptical|doubtful|concerned|worried", "statement", "012",
     kVerb | kWeak, "pessimistic"},
    {"optimistic|confident|hopeful", "statement", "013", kVerb | kWeak, "optimistic"},
    {"considering|consider|considers|weighing", "statement", "014", kVerb | kWeak, "consider"},
    {"denied responsibility|denied involvement|denies involvement|denied any involvement",
     "rejection", "016", kVerb, "deny-responsibility"},
    {"condolences|sympathy|sympathies|mourned", "statement", "018", kVerb | kTarget, "empathy"},
    // APPEAL / REQUEST
    {"appealed|appeals|appeal|urged|urges|urging|called on|calls on|called upon|calling on|"
     "asked|asks|requested|requests|request|pleaded|called for|calls for|sought|seeks|"
     "invited|invites|invitation",
     "request", "020", kVerb | kTarget, "appeal"},
    {"appealed for aid|asked for aid|requested aid|requested assistance|asked for assistance|"
     "appealed for assistance|asked for help|appealed for help|requested help",
     "request", "023", kVerb | kTarget, "appeal-aid"},
    // EXPRESS INTENT / PROPOSE
    {"proposed|proposes|propose|proposal|proposals|offered|offers|offer|submitted|suggested|"
     "suggests|pledged|pledges|promised|promises|vowed|vows|ready to|willing to|intends to|"
     "plans to|committed to|expressed readiness|expressed willingness|agreed to meet",
     "proposal", "030", kVerb | kNoun | kTarget, "propose"},
    {"offered to mediate|offer to mediate|proposed to mediate", "proposal", "039", kVerb | kTarget,
     "offer-mediation"},
    // AGREE / SUPPORT
    {"agreed|agrees|agreement|agreements|accord|memorandum|reached an agreement|"
     "came to an agreement",
     "agreement", "030", kVerb | kNoun | kMeet, "agree"},
    {"signed|signs|sign|signing", "agreement", "057", kVerb | kMeet, "sign"},
    {"praised|praises|welcomed|welcomes|commended|hailed|thanked|thanks|congratulated|"
     "congratulates|supported|supports|endorsed|backed|backs|expressed support|"
     "expressed gratitude|grateful",
     "support", "051", kVerb | kTarget, "praise"},
    {"recognized|recognised|recognizes|recognition", "support", "054", kVerb | kTarget,
     "recognize"},
    {"apologized|apologised|apologizes|apology", "support", "055", kVerb | kTarget, "apologize"},
    {"cooperate|cooperated|cooperating|cooperation", "cooperation", "060", kVerb | kTarget | kWeak,
     "cooperate"},
    {"trade agreement|economic cooperation|investment", "cooperation", "061",
     kNoun | kTarget | kWeak, "cooperate-econ"},
    {"military cooperation|joint exercises|joint military", "cooperation", "062", kNoun | kTarget,
     "cooperate-mil"},
    {"shared intelligence|share intelligence|exchanged information", "cooperation", "064",
     kVerb | kTarget, "share-intel"},
    // AID
    {"aid|assistance|donated|supplied|supplies|delivered|granted|loan|loans|sent aid|"
     "provided aid|provided assistance",
     "aid", "070", kVerb | kTarget | kWeak, "aid"},
    {"economic aid|financial aid|financial assistance|economic assistance|credit|grant", "aid",
     "071", kNoun | kTarget, "aid-econ"},
    {"military aid|weapons|arms|military assistance|military equipment", "aid", "072",
     kNoun | kTarget | kWeak, "aid-mil"},
    {"humanitarian aid|humanitarian assistance|relief|food aid|humanitarian supplies", "aid", "073",
     kNoun | kTarget, "aid-humanitarian"},
    {"asylum", "aid", "075", kNoun | kTarget, "asylum"},
    // YIELD
    {"eased|eases|lifted|lifts|relaxed|eased restrictions|lifted sanctions", "concession", "081",
     kVerb | kTarget, "ease"},
    {"resigned|resigns|stepped down|conceded|concedes|yielded|backed down|gave in|"
     "complied|accepted",
     "concession", "080", kVerb | kTarget, "yield"},
    {"released|releases|freed|frees|returned|handed over|exchange of prisoners|"
     "prisoner exchange|swap",
     "concession", "084", kVerb | kTarget, "release"},
    {"withdrew|withdraws|withdraw|pulled out|pulled back|withdrawal|demobilized|ceasefire|"
     "truce|cease-fire",
     "concession", "087", kVerb | kNoun, "withdraw"},
    {"allowed|allows|permitted|admitted inspectors|granted access", "concession", "086",
     kVerb | kTarget, "allow"},
    // INVESTIGATE
    {"investigate|investigated|investigating|investigation|probe|inquiry", "investigation", "090",
     kVerb | kNoun | kTarget, "investigate"},
    // DEMAND
    {"demanded|demands|demand|demanding|insisted that|ordered|ultimatum", "demand", "100",
     kVerb | kTarget, "demand"},
    {"demanded the withdrawal|demanded withdrawal|demanded a ceasefire", "demand", "106",
     kVerb | kTarget, "demand-withdraw"},
    // DISAPPROVE
    {"criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|"
     "deplored|slammed|blasted|rebuked|lambasted|criticism|condemnation|disapproval",
     "accusation", "111", kVerb | kTarget, "criticize"},
    {"accused|accuses|accusing|blamed|blames|blaming|alleged|alleges|accusation|accusations",
     "accusation", "112", kVerb | kTarget, "accuse"},
    {"complained|complains|protested to|lodged a protest|formal protest|summoned", "accusation",
     "114", kVerb | kTarget, "complain"},
    {"sued|lawsuit|filed a complaint|took to court", "accusation", "115", kVerb | kTarget, "sue"},
    // REJECT
    {"rejected|rejects|reject|refused|refuses|refuse|dismissed|dismisses|denied|denies|"
     "turned down|rebuffed|ruled out|rules out|rejection|refusal|declined|opposed|opposes",
     "rejection", "120", kVerb | kTarget, "reject"},
    {"refused to meet|rejected talks|rejected negotiations|refused to negotiate|"
     "cancelled the meeting|canceled the meeting|called off",
     "rejection", "125", kVerb | kTarget, "reject-meeting"},
    {"defied|defies|violated|violates|flouted", "rejection", "128", kVerb | kTarget, "defy"},
    {"vetoed|vetoes|veto", "rejection", "129", kVerb | kTarget, "veto"},
    // THREATEN
    {"threatened|threatens|threaten|threat|threats|warned|warns|warning|ultimatum to", "threat",
     "130", kVerb | kTarget, "threaten"},
    {"threatened to attack|threatened military|threatened to invade|threatened force", "threat",
     "138", kVerb | kTarget, "threaten-force"},
    // PROTEST
    {"protest|protests|protested|protesters|protestors|demonstration|demonstrations|"
     "demonstrators|rally|rallies|marched|demonstrated",
     "protest", "141", kVerb | kNoun, "protest"},
    {"strike|boycott|boycotted|boycotts|went on strike", "protest", "143", kVerb | kNoun,
     "boycott"},
    {"riot|riots|rioted|rioters", "protest", "145", kVerb | kNoun, "riot"},
    // FORCE POSTURE
    {"mobilized|mobilised|mobilization|mobilisation|deployed|deploys|troop buildup|"
     "massed troops|military exercises|drills|put on alert|raised alert",
     "mobilization", "150", kVerb | kTarget, "mobilize"},
    // REDUCE RELATIONS / SANCTION
    {"suspended|suspends|cut off|cut ties|severed|broke off|downgraded|recalled its ambassador|"
     "recalled ambassador|halted",
     "sanction", "160", kVerb | kTarget, "reduce-relations"},
    {"sanctions|sanctioned|sanction|embargo|imposed sanctions|impose sanctions|boycotted",
     "sanction", "163", kVerb | kNoun | kTarget, "sanction"},
    {"expelled|expels|expel|expulsion", "sanction", "166", kVerb | kTarget, "expel"},
    // COERCE / ASSAULT / FIGHT
    {"seized|seizes|confiscated|nationalized|expropriated", "coercion", "171", kVerb | kTarget,
     "seize"},
    {"arrested|arrests|detained|detains|charged|jailed|imprisoned|arrest|detention", "coercion",
     "173", kVerb | kTarget, "arrest"},
    {"deported|deports|deportation", "coercion", "174", kVerb | kTarget, "deport"},
    {"kidnapped|abducted|hijacked|took hostage|hostages", "assault", "181", kVerb | kTarget,
     "abduct"},
    {"assaulted|beat|tortured", "assault", "182", kVerb | kTarget, "beat"},
    {"bombing|suicide bomber|car bomb|blew up|explosion", "assault", "183", kVerb | kNoun,
     "bombing"},
    {"assassinated|assassination", "assault", "186", kVerb | kTarget, "assassinate"},
    {"attacked|attacks|attack|shelled|shelling|fired|struck|clashed|clashes|fighting|fought|"
     "invaded|invasion|offensive|killed|war|aggression|hostilities|military operation",
     "fight", "190", kVerb | kNoun | kTarget, "fight"},
    {"blockade|blockaded|besieged|siege", "fight", "191", kVerb | kNoun | kTarget, "blockade"},
    {"occupied|occupies|occupation|annexed|annexation", "fight", "192", kVerb | kTarget, "occupy"},
    {"airstrike|airstrikes|air strike|air strikes|air raid|bombed|bombing raids|missile strike|"
     "missile strikes|drone strike",
     "fight", "195", kVerb | kNoun | kTarget, "air-strike"},
    {"violated the ceasefire|ceasefire violation|ceasefire violations|broke the truce", "fight",
     "196", kVerb | kTarget, "violate-ceasefire"},
    {"massacre|massacred|genocide|mass killings|ethnic cleansing", "fight", "202",
     kVerb | kNoun | kTarget, "mass-violence"},
};

}  // namespace

const CameoInfo* LookupCameo(std::string_view code) {
  for (const auto& c : kCameo) {
    if (code == c.code) return &c;
  }
  if (code.size() > 2) return LookupCameo(code.substr(0, 2));
  return nullptr;
}

const Lexicon& Lexicon::Get() {
  static const Lexicon kLexicon;
  return kLexicon;
}

Lexicon::Lexicon() {
  for (const auto& row : kRows) {
    std::string_view forms(row.forms);
    size_t p = 0;
    while (p <= forms.size()) {
      size_t q = forms.find('|', p);
      if (q == std::string_view::npos) q = forms.size();
      const std::string surface(forms.substr(p, q - p));
      p = q + 1;
      std::vector<Token> toks;
      Tokenize(surface, 0, surface.size(), &toks);
      if (toks.empty()) continue;
      Trigger t;
      for (auto& tok : toks) t.tokens.push_back(tok.lower);
      t.type = row.type;
      t.cameo = row.cameo;
      t.frame = row.frame;
      t.rule = std::string(row.rule) + ":" + surface;
      triggers_.push_back(std::move(t));
    }
  }
  for (size_t k = 0; k < triggers_.size(); ++k) {
    by_first_[triggers_[k].tokens[0]].push_back(static_cast<int>(k));
  }
  for (auto& [key, v] : by_first_) {
    std::stable_sort(v.begin(), v.end(), [&](int a, int b) {
      return triggers_[a].tokens.size() > triggers_[b].tokens.size();
    });
  }
}

const Trigger* Lexicon::Match(const std::vector<Token>& toks, size_t i, size_t* length) const {
  auto it = by_first_.find(toks[i].lower);
  if (it == by_first_.end()) return nullptr;
  for (int k : it->second) {
    const auto& t = triggers_[k];
    if (i + t.tokens.size() > toks.size()) continue;
    bool ok = true;
    for (size_t m = 1; m < t.tokens.size() && ok; ++m) ok = toks[i + m].lower == t.tokens[m];
    if (ok) {
      *length = t.tokens.size();
      return &t;
    }
  }
  return nullptr;
}

}  // namespace parley::extract
