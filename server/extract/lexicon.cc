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
    {"0311", 5.2, 1, "AGREE", "economic"},
    {"033", 5.2, 1, "AGREE", ""},
    {"0331", 5.2, 1, "AGREE", "economic"},
    {"0332", 5.2, 1, "AGREE", "military"},
    {"0333", 5.2, 1, "AGREE", "humanitarian"},
    {"0334", 5.2, 1, "AGREE", "peacekeeping"},
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
    {"162", -5.6, 4, "SANCTION", "discontinue"},
    {"164", -7.0, 4, "SANCTION", "withdraw"},
    {"166", -7.0, 4, "SANCTION", "expel"},
    {"17", -7.0, 4, "COERCE", ""},
    {"171", -9.2, 4, "COERCE", "seize"},
    {"173", -5.0, 4, "COERCE", "arrest"},
    {"174", -5.0, 4, "COERCE", "deport"},
    {"175", -9.0, 4, "ASSAULT", ""},
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

// Written from the CAMEO codebook's verb definitions; forms are explicit rather than stemmed
// so that "meets"/"meeting" can carry different frames.
constexpr TriggerRow kRows[] = {
    // CONSULT
    {"met|meet|meets|met with|meet with|meets with|meeting with|will meet|held talks|hold talks|"
     "holds talks|had talks|had a meeting|has had a meeting|held a meeting|had a working meeting|"
     "sat down with|spoke with|talked with|conferred with|spoke directly with|"
     "spoke briefly with|spoke privately with|talked directly with|spoke directly|spoke briefly|"
     "spoke privately|talked directly",
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
     "had a phone call|conversation by telephone|telephone conversations|phone conversations|"
     "telephone calls|phone calls|spoke on the telephone|talked on the phone|"
     "speaking by telephone|speaking by phone|spoke over the telephone|called up|"
     // "after a call with Trump" (a bare "call" is mostly an appeal: "the call for a truce").
     "call with|calls with",
     "call", "041", kNoun | kVerb | kMeet, "call"},
    // "The foreign ministers of Russia and Turkey discussed the situation in Syria by phone".
    {"by phone|by telephone|over the phone", "call", "041", kVerb | kMeet, "by-phone"},
    {"conversation|conversations", "meeting", "040", kNoun | kMeet | kWeak, "conversation"},
    {"video call|videoconference|video conference|video link|videoconference meeting", "meeting",
     "040", kNoun | kMeet, "video-meeting"},
    {"visit|visits|visited|visiting|trip|flew|arrived|arrives|travelled|traveled|went to|"
     "state visit|official visit|working visit",
     "visit", "042", kVerb | kNoun | kMotion, "visit"},
    // ("will host" as "will meet": "Xi will host Putin for a state visit next week" had a
    // guest and no host.)
    {"received|receives|hosted|hosts|welcomed to|hosting|gave a warm welcome|"
     "gave a cordial welcome|extended a warm welcome|will host|would host|is to host",
     "meeting", "043", kVerb | kMeet, "host"},
    {"mediate|mediated|mediation|mediating|brokered|brokering|helped broker|help broker|"
     "helping broker|to broker",
     "mediation", "045", kVerb | kNoun | kTarget, "mediate"},
    // Statements
    {"said|says|say|stated|states|stressed|stresses|emphasized|emphasised|emphasizing|"
     "emphasising|noted|notes|added|elaborated|declared|announced|explained|pointed out|"
     "underlined|underscored|remarked|told|insisted|asserted|commented|recalled|observed|"
     "reiterated|according to|made clear|wrote|tweeted",
     "statement", "010", kVerb | kSpeech, "speech"},
    // A press conference is a statement to the press, not a meeting between parties.
    {"press conference|news conference|press briefing|media briefing|joint press conference",
     "statement", "010", kNoun, "press-conference"},
    {"declined to comment|refused to comment|no comment", "statement", "011", kVerb, "no-comment"},
    {"pessimistic|skeptical|sceptical|doubtful|concerned|worried", "statement", "012",
     kVerb | kWeak, "pessimistic"},
    {"optimistic|confident|hopeful|hoped|hopes|expressed hope|expressed confidence", "statement",
     "013", kVerb | kWeak, "optimistic"},
    // Not a bare "consider" ("I consider it important" is a comment) or "considering" ("a harsh
    // restriction considering his health"): an option weighed.
    {"is considering|are considering|was considering|were considering|weighing|"
     "exploring the possibility|studying the possibility|considering the possibility|"
     "consider the possibility|considers the possibility|mulling|reviewing",
     "statement", "014", kVerb | kWeak, "consider"},
    {"claimed responsibility|claims responsibility|acknowledged responsibility|"
     "admitted responsibility|took responsibility|accepted responsibility",
     "statement", "015", kVerb, "claim-responsibility"},
    {"denied charges|denied the charges|denied accusations|denied the accusations|"
     "denied allegations|denied the allegations|denies allegations|denies accusations|"
     "denied reports|dismissed allegations|dismissed accusations|rejected accusations|"
     "rejected allegations|rejected charges|rejected as",
     "rejection", "016", kVerb, "deny-charges"},
    {"denied responsibility|denied involvement|denies involvement|denied any involvement|"
     "denied any role|denies any role|denied a role|denied any part",
     "rejection", "016", kVerb, "deny-responsibility"},
    {"condolences|condolence|sympathy|sympathies|mourned", "statement", "018", kVerb | kTarget,
     "empathy"},
    // APPEAL / REQUEST
    {"appealed|appeals|appeal|urged|urges|urging|urge|called on|calls on|called upon|calling on|"
     "call on|call upon|calls upon|call for|"
     "asked|asks|requested|requests|request|pleaded|called for|calls for|sought|seeks|"
     "pressed|pressed for|pushed for|pushing for|lobbied|lobbying|"
     "petitioned|petition|plea|implored|begged|will ask|ask|asking|calling for|appealing|"
     "wants",
     "request", "020", kVerb | kTarget, "appeal"},
    // An invitation expresses intent to meet (CAMEO 036), as the verb dictionary's INVITE
    // family codes it; the noun ("thanked for the invitation", "at the invitation of X")
    // names the inviter elsewhere than the subject, so only the verb is a trigger.
    {"invited|invites|invite|inviting", "proposal", "036", kVerb | kTarget, "invite"},
    {"appealed for aid|asked for aid|requested aid|requested assistance|asked for assistance|"
     "appealed for assistance|asked for help|appealed for help|requested help",
     "request", "023", kVerb | kTarget, "appeal-aid"},
    // EXPRESS INTENT / PROPOSE
    {"proposed|proposes|propose|proposing|proposal|proposals|offered|offers|offer|submitted|"
     "suggested|"
     "suggests|pledged|pledges|promised|promises|vowed|vows|ready to|willing to|intends to|"
     "plans to|committed to|expressed readiness|expressed willingness|"
     "expressed intent|expressed its intention|announced plans|undertook|pledge|promise",
     "proposal", "030", kVerb | kNoun | kTarget, "propose"},
    {"offered to mediate|offer to mediate|proposed to mediate", "proposal", "039", kVerb | kTarget,
     "offer-mediation"},
    // An intent to meet (036) that the parties agree on together: "Trump and Putin agreed to
    // meet in Saudi Arabia" (each other's, as a meeting's parties are).
    {"agreed to meet|agreed to hold talks|agreed to resume talks|agreed to hold a summit|"
     "agreed to hold a meeting|agreed to continue talks",
     "proposal", "036", kVerb | kMeet, "agree-meet"},
    // AGREE / SUPPORT
    {"agreed|agrees|agreement|agreements|accord|memorandum|reached an agreement|"
     "came to an agreement|consensus|reached a consensus|struck a deal|reached a deal|deal|"
     // (A trade deal reached is the parties' agreement, not each one's trade: "The United
     // States and Japan reached a trade agreement" was two cooperations with nobody, 061.)
     "reached a trade deal|reached a trade agreement|struck a trade deal|clinched a trade deal|"
     "concluded a trade agreement|reached a new trade deal|struck a new trade deal|reached a "
     "framework trade deal|reached a framework trade agreement|struck a framework trade deal",
     "agreement", "030", kVerb | kNoun | kMeet, "agree"},
    {"signed|signs|sign|signing|initialled|initialed|initialling|initialing", "agreement", "057",
     kVerb | kMeet, "sign"},
    // A treaty or accession ratified is signed for good: "The Hungarian parliament ratified
    // Sweden's NATO membership" (was no event).
    {"ratified|ratifies|ratify|ratifying", "agreement", "057", kVerb | kMeet, "ratify"},
    {"praised|praises|welcomed|welcomes|commended|hailed|thanked|thanks|congratulated|"
     "congratulates|supported|supports|endorsed|endorses|backed|backs|expressed support|"
     "expressed gratitude|grateful|applauded|lauded|approved of|will support|would support|"
     "will continue to support|will also support|expressed solidarity with|"
     "expresses solidarity with|stands in solidarity with|stand in solidarity with",
     "support", "051", kVerb | kTarget, "praise"},
    {"defended|defends|defending|justified|stood by", "support", "052", kVerb | kTarget,
     "defend-verbally"},
    {"upgraded|restored diplomatic|restored relations|restored ties|normalized relations|"
     "normalised relations|established diplomatic relations|resumed diplomatic relations|"
     "reopened its embassy",
     "support", "050", kVerb | kTarget, "diplomatic-cooperation"},
    // Joining an organisation of states (kept only with one as the object: JoinsABody).
    {"joined|joins|acceded to|accedes to", "support", "050", kVerb | kTarget, "join"},
    {"forgive|forgave|forgiven|pardoned|pardon|amnesty", "support", "056", kVerb | kTarget,
     "forgive"},
    {"recognized|recognised|recognizes|recognition", "support", "054", kVerb | kTarget,
     "recognize"},
    {"apologized|apologised|apologizes|apology", "support", "055", kVerb | kTarget, "apologize"},
    {"cooperate|cooperated|cooperating|collaborated|collaborate", "cooperation", "060",
     kVerb | kTarget | kWeak, "cooperate"},
    {"cooperation|collaboration", "cooperation", "060", kNoun | kTarget | kWeak | kClose,
     "cooperate-noun"},
    {"trade agreement|economic cooperation|investment", "cooperation", "061",
     kNoun | kTarget | kWeak, "cooperate-econ"},
    {"military cooperation|joint exercises|joint military|joint drills|joint naval drills|"
     "joint naval exercises|joint air drills|joint patrols|joint patrol|joint air patrol|"
     "joint naval patrol|joint military drills|"
     "joint military exercises",
     "cooperation", "062", kNoun | kTarget, "cooperate-mil"},
    {"shared intelligence|share intelligence|exchanged information|shared information|"
     "shared evidence|share information|exchange information|exchanged intelligence",
     "cooperation", "064", kVerb | kTarget, "share-intel"},
    {"investment flows|foreign direct investment|invested|invests|trade deal|joint venture",
     "cooperation", "061", kVerb | kNoun | kTarget, "cooperate-econ-verb"},
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
    {"asylum|granted asylum|granted diplomatic asylum|sheltered|gave refuge|refuge", "aid", "075",
     kVerb | kNoun | kTarget, "asylum"},
    // "Germany sent Leopard tanks to Ukraine": sending is aid only of what aid is made of
    // (TriggerFinder keeps it before weapons, aid or supplies: not "sent a letter").
    {"sent|send|sends|sending|deliver|delivers|delivering|supply|supplying|provided|provide|"
     "provides|providing|transferred|transfer|transfers|transferring",
     "aid", "070", kVerb | kTarget | kWeak, "aid-send"},
    // "Norway will give Ukraine 1.5 billion euros in military aid": giving is aid only of
    // what aid is made of, money included (TriggerFinder).
    {"give|gives|gave", "aid", "070", kVerb | kTarget | kWeak, "aid-give"},
    {"peacekeepers|peacekeeping force|peacekeeping troops|sent troops to protect", "aid", "074",
     kNoun | kTarget | kWeak, "peacekeeping"},
    // YIELD
    {"eased|eases|lifted|lifts|relaxed|eased restrictions|lifted sanctions|lifted the curfew|"
     "ended the state of emergency|scrapped|reduced|loosened",
     "concession", "081", kVerb | kTarget, "ease"},
    {"resigned|resigns|stepped down|conceded|concedes|yielded|backed down|gave in|"
     "complied|accepted demands|accepted the demands|acceded|"
     "surrendered|surrender|laid down their arms|disarmed|demobilised|lay down their arms|"
     "lay down arms|lay down their weapons|laid down their weapons|lay down weapons",
     "concession", "080", kVerb | kTarget, "yield"},
    {"released|releases|release|freed|frees|let free|set free|returned|handed over|"
     "exchange of prisoners|prisoner exchange|swap|unfroze|returned the|exchanged prisoners|"
     "exchange prisoners|exchanged prisoners of war|swapped prisoners|swapped prisoners of war|"
     "exchanged prisoners-of-war|exchanged detainees|swapped detainees",
     "concession", "084", kVerb | kTarget, "release"},
    {"withdrew|withdraws|withdraw|pulled out|pulled back|withdrawal|demobilized|ceasefire|"
     "truce|cease-fire",
     "concession", "087", kVerb | kNoun, "withdraw"},
    {"allowed|allows|allow|permitted|permit|admitted inspectors|granted access|let in",
     "concession", "086", kVerb | kTarget, "allow"},
    // INVESTIGATE
    {"investigate|investigated|investigating|investigation|probe|probed|probing|inquiry|inquest|"
     "hearing|opened a hearing|examined|examining|looked into|looking into|inspected",
     "investigation", "090", kVerb | kNoun | kTarget, "investigate"},
    // DEMAND
    {"demanded|demands|demand|demanding that|demanding|insisted that|insisted on|ordered|"
     "ultimatum|required|"
     "called for the release|press their demands|pressed their demands",
     "demand", "100", kVerb | kTarget, "demand"},
    {"demanded the withdrawal|demanded withdrawal|demanded a ceasefire", "demand", "106",
     kVerb | kTarget, "demand-withdraw"},
    // DISAPPROVE
    {"criticized|criticised|criticizes|criticises|condemned|condemns|condemning|denounced|"
     "denounces|"
     "deplored|slammed|blasted|rebuked|lambasted|criticism|condemnation|disapproval",
     "accusation", "111", kVerb | kTarget, "criticize"},
    {"accused|accuses|accusing|blamed|blames|blaming|alleged|alleges|accusation|accusations",
     "accusation", "112", kVerb | kTarget, "accuse"},
    {"complained|complains|protested to|lodged a protest|formal protest|summoned|lodged|"
     "official protest|lodged an official protest|diplomatic protest|note of protest|"
     // (A protest note is handed, not marched: "handed him a protest note" was a
     // demonstration, 141, by its recipient.)
     "protest note|protest notes",
     "accusation", "114", kVerb | kTarget, "complain"},
    {"sued|lawsuit|filed a complaint|took to court|indicted|charged with|filed charges|"
     "brought charges|filed a case|filed a genocide case|brought a case|brought a genocide case|"
     "filed a lawsuit|instituted proceedings",
     "accusation", "115", kVerb | kTarget, "sue"},
    {"convicted|sentenced|found guilty|condemned to", "accusation", "116", kVerb | kTarget,
     "find-guilty"},
    // REJECT
    {"rejected|rejects|reject|refused|refuses|refuse|dismissed|dismisses|denied|denies|"
     "turned down|rebuffed|ruled out|rules out|rejection|refusal|declined|opposed|opposes|"
     "refused to|refuses to|did not accept|resisted|spurned|snubbed",
     "rejection", "120", kVerb | kTarget, "reject"},
    {"refused to meet|rejected talks|rejected negotiations|refused to negotiate|"
     "cancelled the meeting|canceled the meeting|called off",
     "rejection", "125", kVerb | kTarget, "reject-meeting"},
    {"defied|defies|violated|violates|flouted", "rejection", "128", kVerb | kTarget, "defy"},
    {"vetoed|vetoes|veto", "rejection", "129", kVerb | kTarget, "veto"},
    // THREATEN
    // "Iran vowed revenge", "Putin vowed to punish those behind it" (was an intent, 030).
    // (So is a promise to punish: "promised to punish the mutineers".)
    {"vowed revenge|vows revenge|vowed to avenge|vows to avenge|vowed to punish|vows to punish|"
     "promised to punish|promises to punish|pledged to punish|promised revenge|"
     "vowed harsh punishment|vowed punishment|vowed severe punishment|vowed a harsh punishment|"
     "vowed retaliation|vowed a response|vowed a harsh response|vowed a tough response",
     "threat", "130", kVerb | kTarget, "threaten"},
    {"threatened|threatens|threaten|warned|warns|warning|ultimatum to|"
     "threatening|menaced|vowed to retaliate|retaliate|sworn to",
     "threat", "130", kVerb | kTarget, "threaten"},
    // Nouns: "Donald Trump's threat to impose tariffs" is Trump's, whoever rejects it.
    {"threat|threats|retaliation", "threat", "130", kNoun | kTarget, "threaten"},
    // (Not "threatened to strike": unions threaten strikes too; a threat to strike a
    // state's sites is made 138 where they are read, StruckThingAt.)
    {"threatened to attack|threatened military|threatened to invade|threatened force|"
     "threatened to bomb|threatens to attack|threatening to attack|threatened to use force",
     "threat", "138", kVerb | kTarget, "threaten-force"},
    // PROTEST
    // ("against" names what is protested: "protested against the government".)
    {"protest|protests|protested|protesters|protestors|demonstration|demonstrations|"
     "demonstrators|rally|rallies|rallied|marched|demonstrated|took to the streets",
     "protest", "141", kVerb | kNoun | kTarget, "protest"},
    // A crowd gathered protests (the reader keeps it only for a crowd: "Thousands of
    // protesters gathered outside parliament in Tbilisi"; not "leaders gathered in Brussels").
    {"gathered|massed", "protest", "141", kVerb | kTarget, "crowd-gathered"},
    {"strike|boycott|boycotted|boycotts|general strike|"
     "shunned work|walked out|walkout|work stoppage|strikes|striking",
     "protest", "143", kVerb | kNoun, "boycott"},
    // Verbs only, so that a crowd no dictionary names still acts ("Prisoners rioted",
    // "Workers went on strike"): an actor-less event needs a verb trigger (arguments.cc).
    {"went on strike|go on strike|stopped work", "protest", "143", kVerb, "boycott"},
    {"hunger strike|hunger strikes|hunger-strike|fasting", "protest", "142", kVerb | kNoun,
     "hunger-strike"},
    {"blocked|blocking|blockaded the|sit-in|barricaded|barricades|occupied the|obstructed",
     "protest", "144", kVerb | kNoun, "obstruct"},
    {"riot|riots|rioters", "protest", "145", kVerb | kNoun, "riot"},
    {"rioted", "protest", "145", kVerb, "riot"},
    // FORCE POSTURE
    {"mobilized|mobilised|mobilization|mobilisation|deployed|deploys|troop buildup|"
     "massed troops|military exercises|drills|put on alert|raised alert|reinforced|"
     "strengthened its forces|strengthened its military|beefed up|reinforcements|"
     "built up|cyber warfare|war games|moved troops|sent troops|increased its forces",
     "mobilization", "150", kVerb | kTarget, "mobilize"},
    // A weapon fired to be seen, not at anyone: "North Korea fired a ballistic missile into
    // the Sea of Japan" (a show of force; "fired missiles at" is an attack, 190).
    {"test-fired|test fired|test-fires|"
     "fired a ballistic missile|fired ballistic missiles|launched a ballistic missile|"
     "launched ballistic missiles|fired an intercontinental ballistic missile|"
     "launched an intercontinental ballistic missile|fired a cruise missile|"
     "fired cruise missiles|fired a hypersonic missile|launched a hypersonic missile",
     "mobilization", "150", kVerb, "show-of-force"},
    // As nouns they are background ("Nuclear tests contribute nothing to peace") but for
    // their owner or "by" phrase ("North Korea's fifth nuclear test").
    // Missiles fired into the sea are a show of force: "North Korea fired several short-range
    // ballistic missiles into the sea" (was no event: firing is an attack only at a target).
    {"missiles into the sea|missile into the sea|missiles into the ocean|missile into the ocean|"
     "missiles into the waters|missile into the waters",
     "mobilization", "150", kVerb, "show-of-force"},
    {"missile test|missile tests|nuclear test|nuclear tests|missile launch|missile launches",
     "mobilization", "150", kNoun | kClose, "show-of-force"},
    // REDUCE RELATIONS / SANCTION
    {"suspended|suspends|cut off|cut ties|severed|broke off|downgraded|recalled its ambassador|"
     "recalled its ambassadors|recalled their ambassadors|recalled its envoy|recalled its envoys|"
     "recalled their envoys|ordered the return of its ambassador|"
     "ordered the immediate return of its ambassador|ordered the return of its ambassadors|"
     "ordered the immediate return of its ambassadors|halt|halts|"
     "recalled ambassador|halted|suspension|cut links|cut air links|broke off relations|"
     "severed ties|severed relations|froze|freezes|curtailed",
     "sanction", "160", kVerb | kTarget, "reduce-relations"},
    // Leaving an international body: "Mali, Burkina Faso and Niger formally left the Economic
    // Community of West African States" (LocalSyntaxReader keeps it only before such a body).
    {"left|leave|leaves|quit|quits|leaving", "sanction", "160", kVerb | kTarget, "leave-body"},
    // Talks halted are no talks held: "Georgia suspended accession talks with the EU" (164,
    // was a reduction of relations with nobody beside a meeting with the EU).
    {"suspended talks|suspends talks|suspend talks|suspended negotiations|suspended the talks|"
     "suspended accession talks|suspended peace talks|halted talks|halted negotiations|"
     "halted the talks|halted peace talks|broke off talks|broke off negotiations|"
     "broke off the talks|broke off peace talks|called off talks|called off the talks|"
     "called off negotiations|froze talks|froze negotiations|froze accession talks|"
     "pulled out of talks|pulled out of the talks|pulled out of negotiations|"
     "walked out of talks|walked out of the talks|withdrew from talks|withdrew from the talks|"
     "withdrew from negotiations|suspended ceasefire talks|broke off ceasefire talks",
     "sanction", "164", kVerb | kTarget, "halt-negotiations"},
    {"sanctions|sanctioned|sanction|embargo|imposed sanctions|impose sanctions|boycotted",
     "sanction", "163", kVerb | kNoun | kTarget, "sanction"},
    // Trade measures against a country are its sanctions too: "Trump announced 25 percent
    // tariffs on imports from Canada", "China imposed export controls on gallium", "Russia
    // banned imports of Moldovan wine".
    // (TriggerFinder keeps "tariffs" and "tariff" only as imposed or aimed: not a utility's
    // tariff. "China imposed a 34 percent tariff on all imports from the United States" was no
    // event.)
    {"tariffs|tariff|punitive tariffs|retaliatory tariffs|export controls|export restrictions|"
     "export ban|import ban|banned imports|banned exports|"
     "trade restrictions|anti-dumping duties|visa restrictions|visa bans|visa ban",
     "sanction", "163", kVerb | kNoun | kTarget, "trade-sanction"},
    {"expelled|expels|expel|expelling|expulsion|forced out|ordered out|kicked out|"
     "declared persona non grata",
     "sanction", "166", kVerb | kTarget, "expel"},
    // COERCE / ASSAULT / FIGHT
    {"seized|seizes|confiscated|nationalized|expropriated", "coercion", "171", kVerb | kTarget,
     "seize"},
    {"arrested|arrests|detained|detains|charged|jailed|imprisoned|arrest|detention", "coercion",
     "173", kVerb | kTarget, "arrest"},
    {"deported|deports|deportation|deporting|deport", "coercion", "174", kVerb | kTarget, "deport"},
    // Aid cut is material aid reduced (162): "Trump had earlier cut aid to South Africa".
    {"cut aid|cuts aid|cut off aid|cut its aid|cut all aid|halted aid|suspended aid|froze aid|"
     "freezes aid|paused aid|suspended military aid|halted military aid|froze military aid|"
     "paused military aid|cut military aid|suspended its aid|halted its aid",
     "sanction", "162", kVerb | kTarget, "cut-aid"},
    // Repression of a crowd: "Georgian police used water cannon against pro-EU demonstrators",
    // "Police fired tear gas at protesters", "security forces cracked down on protesters".
    {"used water cannon|used water cannons|used tear gas|fired tear gas|used rubber bullets|"
     "fired water cannon|fired water cannons|turned water cannon on|turned water cannons on|"
     "fired a water cannon|used a water cannon|"
     "fired rubber bullets|cracked down on|crack down on|cracks down on|violently dispersed|"
     "forcibly dispersed|dispersed|crackdown on|violent crackdown",
     "coercion", "175", kVerb | kNoun | kTarget, "repress"},
    // ("hostage" only after taking: "took its 25 crew members hostage", TriggerFinder.)
    {"kidnapped|abducted|hijacked|took hostage|hostages|hostage", "assault", "181", kVerb | kTarget,
     "abduct"},
    {"assaulted|beat|tortured", "assault", "182", kVerb | kTarget, "beat"},
    {"suicide bombing|suicide bomber|car bomb|bomb attack|detonated|set off a bomb", "assault",
     "183", kVerb | kNoun, "bombing"},
    {"assassinate|attempt to assassinate|attempted to assassinate|assassination attempt|"
     "attempt on the life|attempt on his life",
     "assault", "185", kVerb | kNoun | kTarget, "assassination-attempt"},
    {"destroyed|destroys|demolished|razed|blew up|sabotaged|torched|set fire to|burned down|"
     "vandalized|looted",
     "coercion", "171", kVerb | kTarget, "destroy-property"},
    {"imposed a curfew|curfew|martial law|state of emergency|imposed martial law|"
     "declared a state of emergency|banned|outlawed|censored|shut down",
     "coercion", "172", kVerb | kNoun | kTarget, "restrict-rights"},
    {"assassinated|assassination", "assault", "186", kVerb | kTarget, "assassinate"},
    {"attacked|attacks|attacking|will attack|would attack|to attack|could "
     "attack|shelled|shells|clashed|fought|battled|battling|invaded|"
     "invades|killed|murdered|shot dead|shot and killed|shot and wounded|gunned down|opened "
     "fire|fired on|fired at|fired rockets|fired missiles|launched "
     "an attack|"
     "launched attacks|carried out an attack|stormed|ambushed|were fighting|are fighting|"
     "engaged in fighting|exchanged fire|exchange fire|exchanged gunfire|traded fire|"
     "exchanged artillery fire|exchanged heavy artillery fire|exchanged heavy fire|exchanged "
     "rocket fire|exchanged heavy gunfire|traded artillery fire|traded heavy fire",
     "fight", "190", kVerb | kTarget, "fight"},
    // Shot or wounded: "Slovak Prime Minister Robert Fico was shot and seriously wounded" (was
    // no event). TriggerFinder keeps "shot" only as a verb of shooting (OtherSense).
    {"shot|wounded", "fight", "190", kVerb | kTarget, "fight"},
    // Shooting down aircraft, drones or missiles: "Poland shot down Russian drones that
    // entered its airspace" (was no event). TriggerFinder keeps it only before what flies
    // (OtherSense): "shot down the proposal" is a rejection in figure.
    {"shot down|shoots down|shoot down|shooting down", "fight", "190", kVerb | kTarget,
     "shoot-down"},
    // Verbs of hitting are an attack only with armed forces as their subject ("Ukrainian drones
    // struck an oil refinery"; not "the crisis hit the economy", "struck a deal"): ArmedStrike.
    // (So are raids: "Israeli forces raided the Jenin refugee camp"; police raid offices.)
    {"struck|hit|hits|pounded|pounds|raided|raids", "fight", "190", kVerb | kTarget,
     "armed-strike"},
    {"fired dozens of rockets|fired dozens of missiles|fired hundreds of rockets|"
     "fired a barrage of rockets|fired a barrage of missiles|launched a barrage of rockets|"
     "launched a barrage of missiles|fired a salvo of rockets|launched dozens of rockets|"
     "launched dozens of missiles|launched dozens of drones|fired mortars|"
     "fired artillery shells|launched rockets|launched drones|launched missiles|"
     // ("Tehran fired waves of ballistic missiles at Tel Aviv": was no event.)
     "fired waves of missiles|fired waves of ballistic missiles|fired a wave of missiles|"
     "launched waves of missiles|launched waves of drones|launched a wave of drones|"
     "launched a wave of missiles|fired salvos of missiles|fired salvos of rockets",
     "fight", "190", kVerb | kTarget, "fire-munitions"},
    // Nouns of war are mostly background in diplomatic text ("the war in Ukraine"); they code
    // an event only with an owner ("Russia's invasion", "Russian aggression").
    // ("a raid": "Israeli special forces rescued two hostages in a raid on Rafah".)
    {"attack|shelling|clashes|fighting|invasion|offensive|war|aggression|hostilities|"
     "military operation|incursion|bombardment|battle|battles|raid",
     "fight", "190", kNoun | kTarget | kWeak | kClose, "fight-noun"},
    {"blockade|blockaded|besieged|siege", "fight", "191", kVerb | kNoun | kTarget, "blockade"},
    // Restricting movement is the same CAMEO code as a blockade.
    {"closed its borders|closed its border|closed the border|closed the borders|"
     "sealed its borders|sealed its border|sealed the border|closes its borders|"
     "closes the border|will close the border|closed border crossings|"
     "closed its southern borders|closed its northern borders|closed its eastern borders|"
     "closed its western borders|closed its southern border|closed its northern border|"
     "closed its eastern border|closed its western border",
     "fight", "191", kVerb | kTarget, "close-border"},
    {"occupied|occupies|annexed|annexes|retook|retaken|recaptured|captured|seized control|"
     "took control|overran",
     "fight", "192", kVerb | kTarget, "occupy"},
    {"occupation|annexation", "fight", "192", kNoun | kTarget | kWeak | kClose, "occupy-noun"},
    {"airstrike|airstrikes|air strike|air strikes|air raid|bombed|bombing raids|missile strike|"
     "missile strikes|drone strike",
     "fight", "195", kVerb | kNoun | kTarget, "air-strike"},
    {"violated the ceasefire|violated the truce|violating the ceasefire|broke the truce", "fight",
     "196", kVerb | kTarget, "violate-ceasefire"},
    // Nominal: "Russia's systemic violations of the ceasefire" are Russia's, whoever the
    // clause's subject is; no ceasefire (087) is declared.
    {"ceasefire violation|ceasefire violations|violations of the ceasefire|"
     "violation of the ceasefire|violations of the truce|"
     "violation of the truce|breach of the ceasefire|breaches of the ceasefire|"
     "violations of the cease-fire|violation of the cease-fire",
     "fight", "196", kNoun | kTarget | kWeak | kClose, "violate-ceasefire-noun"},
    {"massacre|massacred|genocide|mass killings|ethnic cleansing|mass murder|atrocities|"
     "crimes against humanity",
     "fight", "202", kVerb | kNoun | kTarget, "mass-violence"},
};

}  // namespace

const CameoInfo* LookupCameo(std::string_view code) {
  for (const auto& c : kCameo) {
    if (code == c.code) return &c;
  }
  // (A finer code the table lacks takes its parent's: "0871" reads as "087", not as "08".)
  if (code.size() > 2) return LookupCameo(code.substr(0, code.size() - 1));
  return nullptr;
}

std::span<const CameoInfo> CameoTable() { return kCameo; }

const Lexicon& Lexicon::BuiltIn() {
  static const Lexicon kLexicon(kRows);
  return kLexicon;
}

std::span<const TriggerRow> Lexicon::BuiltInRows() { return kRows; }

Lexicon::Lexicon(std::span<const TriggerRow> rows) {
  for (const auto& row : rows) {
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
  std::vector<std::vector<int>> buckets;
  for (size_t k = 0; k < triggers_.size(); ++k) {
    const int first = first_keys_.Insert(triggers_[k].tokens[0]);
    if (first == static_cast<int>(buckets.size())) buckets.emplace_back();
    buckets[first].push_back(static_cast<int>(k));
  }
  for (auto& v : buckets) {
    std::stable_sort(v.begin(), v.end(), [&](int a, int b) {
      return triggers_[a].tokens.size() > triggers_[b].tokens.size();
    });
    auto& entries = by_first_.emplace_back();
    for (int k : v) entries.push_back(MakeSeqEntry(k, triggers_[k].tokens));
  }
}

const Trigger* Lexicon::Match(const std::vector<Token>& toks, size_t i, size_t* length) const {
  const int first = first_keys_.Find(toks[i].lower, toks[i].hash);
  if (first < 0) return nullptr;
  for (const SeqEntry& se : by_first_[first]) {
    const auto& t = triggers_[se.index];
    if (SeqMatches(toks, i, se, t.tokens)) {
      *length = se.length;
      return &t;
    }
  }
  return nullptr;
}

}  // namespace parley::extract
