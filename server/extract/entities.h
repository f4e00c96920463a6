// Entity recognition and in-document coreference.
//
// Finds dictionary names (longest match), open-world people from titles and appositions
// ("Foreign Minister X", "X, the Turkish foreign minister", "Trump's Special Envoy Steve
// Witkoff"), open-world organisations (capitalised phrases ending in Ministry, Council, ...),
// plural demonyms ("the Americans") and surnames, then links surnames and definite titles ("the
// Russian foreign minister", "the President") to the people they name, and a first-person
// "I" to its speaker: the person of the transcript's last speaker line ("Vladimir Putin: ...
// I ..."), or on a head of state's own site, outside quotations, that head of state. Fills
// Document::mentions and Document::entities. Works on one Document; thread-compatible.
#pragma once

#include "extract/document.h"

namespace parley::extract {

// Requires doc->sentences tokenised. Appends mentions and entities.
void FindEntities(Document* doc);

// Whether doc reads as a sports report: three kinds of a match report's words ("scored",
// "penalty", "coach"), at least one in 200 words. There a city's name that the recogniser
// reads as an organisation is a club, and FindEvents drops the events no actor code reaches
// (a club's win is no assault, its away game no visit).
bool SportsReport(const Document& doc);

// The entity of the country that the country adjective `mention` names ("Israeli" in "Israeli
// air strikes"), made when the document has none: the adjective becomes its mention, as the
// text names the country no other way. Its mention's own entity stays -1 (an adjective is
// never a party by itself). -1 for a mention with no country.
int CountryOfAdjective(Document* doc, int mention);

// Pronoun/definite resolution used by the event stage: the person most recently the subject
// of a sentence before sentence `si` token `ti`, or -1.
int SalientPerson(const Document& doc, int si, size_t ti, char gender = 0);

// An object pronoun's person ("I invited him"): the last person named before sentence `si`
// token `ti` (in it, else in the three sentences before) who is not the person of the
// nearest person mention before `ti` in the same sentence (the clause's subject), or -1.
int ObjectPerson(const Document& doc, int si, size_t ti);

// ISO3 of an entity, following government metonyms; "" if none.
std::string EntityCountry(const Document& doc, int entity);

// CAMEO-style actor code of an entity as an event participant ("RUSGOV", "USA"); "" when
// the entity names no country (or international body) the code could start with.
std::string ActorCode(const Document& doc, int entity);

// ActorCode, else for a person or organisation whose sector is known but whose country is
// not, the sector behind PETRARCH's unknown-country prefix: "Palantir CEO Alex Karp" is
// "---BUS", as PETRARCH codes a lone agent ("police" ---COP). For what an event and the
// entity list show; the coding rules that compare sides keep using ActorCode, to which an
// unknown country is no side.
std::string ActorCodeOrSector(const Document& doc, int entity);

}  // namespace parley::extract
