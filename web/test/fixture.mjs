// A hand-written stand-in for the seed article as Parley ingests it: one
// document (paraphrased, not the article's text), its entities and events.
// The mock server derives every API response from this. Offsets are computed
// in Unicode code points, as the real API reports them; the text starts with
// a character outside the BMP so that code-point/UTF-16 mix-ups show.

export const DOCUMENT = {
  id: 1,
  external_id: 'seed-lavrov-security-guarantees',
  title: 'Lavrov: proposals on security guarantees sent to the U.S.',
  url: 'https://example.org/seed-article',
  source: 'seed article',
  published_at: '2025-12-14',
  text: [
    '🕊 Moscow briefing. While Ukraine’s president Volodymyr Zelenskyy travelled to Berlin today for a direct session with Steve Witkoff, the special envoy of U.S. President Donald Trump, Russian Foreign Minister Sergey Lavrov said Moscow had sent the United States further proposals on collective security guarantees.',
    'Lavrov made the remarks at a roundtable with ambassadors accredited in Moscow on 11 December.',
    'Citing leaked notes of talks between the European Union, Ukraine and the Americans, he said European capitals pressed Washington for guarantees to Ukraine while ignoring Russia’s own security concerns, TASS reported.',
    '“Security guarantees cannot be discussed with Ukraine alone in mind,” Lavrov said, adding that Russia had no plans against NATO members and would sign written pacts on a mutual basis.',
    'He told the ambassadors that the Witkoff–Putin meeting in the Kremlin had cleared up misunderstandings left after the Anchorage summit, where Vladimir Putin and Donald Trump met on 15 August.',
  ].join('\n'),
};

const T = '2025-12-14T10:00:00Z';

// names: what the text calls them (for spans); the first is the canonical name.
export const ENTITIES = [
  { id: 1, type: 'country', name: 'Ukraine', country: 'UKR', sector: null, actor_code: 'UKR', aliases: ['Ukraine'], roles: [] },
  { id: 2, type: 'person', name: 'Volodymyr Zelenskyy', country: 'UKR', sector: 'GOV', actor_code: 'UKRGOV', aliases: ['Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky'],
    roles: [{ title: 'president', of: 'UKR', valid_from: '2019-05-20', valid_to: null }] },
  { id: 3, type: 'location', name: 'Berlin', country: 'DEU', sector: null, actor_code: null, aliases: ['Berlin'], roles: [] },
  { id: 4, type: 'country', name: 'United States', country: 'USA', sector: null, actor_code: 'USA', aliases: ['United States', 'U.S.', 'Washington', 'Americans'], roles: [] },
  { id: 5, type: 'person', name: 'Donald Trump', country: 'USA', sector: 'GOV', actor_code: 'USAGOV', aliases: ['Donald Trump', 'Trump'],
    roles: [{ title: 'president', of: 'USA', valid_from: '2025-01-20', valid_to: null }] },
  { id: 6, type: 'person', name: 'Steve Witkoff', country: 'USA', sector: 'GOV', actor_code: 'USAGOV', aliases: ['Steve Witkoff', 'Witkoff', 'Steven Witkoff'],
    roles: [{ title: 'special envoy', of: 'USA', valid_from: '2025-01-20', valid_to: null }] },
  { id: 7, type: 'person', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV', actor_code: 'RUSGOV', aliases: ['Sergey Lavrov', 'Lavrov', 'Sergei Lavrov'],
    roles: [{ title: 'foreign minister', of: 'RUS', valid_from: '2004-03-09', valid_to: null }] },
  { id: 8, type: 'location', name: 'Moscow', country: 'RUS', sector: null, actor_code: null, aliases: ['Moscow'], roles: [] },
  { id: 9, type: 'organization', name: 'European Union', country: null, sector: null, actor_code: 'EUR', aliases: ['European Union', 'EU'], roles: [] },
  { id: 10, type: 'organization', name: 'TASS', country: 'RUS', sector: 'MED', actor_code: 'RUSMED', aliases: ['TASS'], roles: [] },
  { id: 11, type: 'country', name: 'Russia', country: 'RUS', sector: null, actor_code: 'RUS', aliases: ['Russia'], roles: [] },
  { id: 12, type: 'organization', name: 'NATO', country: null, sector: null, actor_code: 'NAT', aliases: ['NATO'], roles: [] },
  { id: 13, type: 'location', name: 'Kremlin', country: 'RUS', sector: null, actor_code: null, aliases: ['Kremlin'], roles: [] },
  { id: 14, type: 'person', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV', actor_code: 'RUSGOV', aliases: ['Vladimir Putin', 'Putin'],
    roles: [{ title: 'president', of: 'RUS', valid_from: '2012-05-07', valid_to: null }] },
  { id: 15, type: 'location', name: 'Anchorage', country: 'USA', sector: null, actor_code: null, aliases: ['Anchorage'], roles: [] },
].map((e) => ({ ...e, first_seen: T, last_seen: T }));

// evidence: a substring of the document text (the supporting sentence).
export const EVENTS = [
  { id: 1, type: 'meeting', cameo: '040', plover: 'CONSULT', date: '2025-12-14', location: 3, goldstein: 1.0, confidence: 0.9,
    participants: [[2, 'participant'], [6, 'participant']], quote: null, topic: 'security guarantees', quad_class: 1,
    source_actor_code: 'UKRGOV', target_actor_code: 'USAGOV',
    evidence: 'While Ukraine’s president Volodymyr Zelenskyy travelled to Berlin today for a direct session with Steve Witkoff, the special envoy of U.S. President Donald Trump, Russian Foreign Minister Sergey Lavrov said Moscow had sent the United States further proposals on collective security guarantees.' },
  { id: 2, type: 'meeting', cameo: '040', plover: 'CONSULT', date: '2025-12-11', location: 8, goldstein: 1.0, confidence: 0.6,
    participants: [[7, 'participant']], quote: null, topic: 'roundtable with ambassadors', quad_class: 1,
    source_actor_code: 'RUSGOV', target_actor_code: null,
    evidence: 'Lavrov made the remarks at a roundtable with ambassadors accredited in Moscow on 11 December.' },
  { id: 3, type: 'proposal', cameo: '030', plover: 'COOPERATE', date: null, location: null, goldstein: 4.0, confidence: 0.7,
    participants: [[11, 'source'], [4, 'target']], quote: null, topic: 'collective security guarantees', quad_class: 1,
    source_actor_code: 'RUS', target_actor_code: 'USA',
    evidence: 'While Ukraine’s president Volodymyr Zelenskyy travelled to Berlin today for a direct session with Steve Witkoff, the special envoy of U.S. President Donald Trump, Russian Foreign Minister Sergey Lavrov said Moscow had sent the United States further proposals on collective security guarantees.' },
  { id: 4, type: 'statement', cameo: '010', plover: null, date: null, location: null, goldstein: 0.0, confidence: 0.7,
    participants: [[7, 'speaker']], quote: 'Security guarantees cannot be discussed with Ukraine alone in mind', topic: null, quad_class: 1,
    source_actor_code: 'RUSGOV', target_actor_code: null,
    evidence: '“Security guarantees cannot be discussed with Ukraine alone in mind,” Lavrov said, adding that Russia had no plans against NATO members and would sign written pacts on a mutual basis.' },
  { id: 5, type: 'meeting', cameo: '040', plover: 'CONSULT', date: null, location: 13, goldstein: 1.0, confidence: 0.8,
    participants: [[6, 'participant'], [14, 'participant']], quote: null, topic: null, quad_class: 1,
    source_actor_code: 'USAGOV', target_actor_code: 'RUSGOV',
    evidence: 'He told the ambassadors that the Witkoff–Putin meeting in the Kremlin had cleared up misunderstandings left after the Anchorage summit, where Vladimir Putin and Donald Trump met on 15 August.' },
  { id: 6, type: 'summit', cameo: '043', plover: 'CONSULT', date: '2025-08-15', location: 15, goldstein: 2.8, confidence: 0.9,
    participants: [[14, 'participant'], [5, 'participant']], quote: null, topic: null, quad_class: 1,
    source_actor_code: 'RUSGOV', target_actor_code: 'USAGOV',
    evidence: 'He told the ambassadors that the Witkoff–Putin meeting in the Kremlin had cleared up misunderstandings left after the Anchorage summit, where Vladimir Putin and Donald Trump met on 15 August.' },
  { id: 7, type: 'statement', cameo: '010', plover: null, date: null, location: null, goldstein: 0.0, confidence: 0.6,
    participants: [[7, 'speaker']], quote: null, topic: 'media leaks', quad_class: 1,
    source_actor_code: 'RUSGOV', target_actor_code: null,
    evidence: 'Citing leaked notes of talks between the European Union, Ukraine and the Americans, he said European capitals pressed Washington for guarantees to Ukraine while ignoring Russia’s own security concerns, TASS reported.' },
];
