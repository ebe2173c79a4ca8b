// Words that end an organisation's name and the kind they give (GUIDELINE: company |
// government | party | judicial | education | association | media | other). compromise's list
// of organisation words (Bank, Energy, Airlines …) backs these up as companies.
export type OrgKind = 'company' | 'government' | 'party' | 'judicial' | 'education' | 'association' | 'media' | 'other';

export const ORG_HEADS: ReadonlyMap<string, OrgKind> = new Map<string, OrgKind>([
  ['co., ltd.', 'company'], ['co.,ltd.', 'company'], ['co.', 'company'], ['ltd.', 'company'], ['ltd', 'company'], ['inc.', 'company'],
  ['corp.', 'company'], ['llc', 'company'], ['gmbh', 'company'], ['ag', 'company'], ['a/s', 'company'], ['b.v.', 'company'],
  ['s.a.', 'company'], ['plc', 'company'], ['limited', 'company'], ['company', 'company'], ['corporation', 'company'],
  ['group', 'company'], ['holdings', 'company'], ['bank', 'company'], ['technology', 'company'], ['technologies', 'company'],
  ['logistics', 'company'], ['machinery', 'company'], ['steel', 'company'], ['motors', 'company'], ['electric', 'company'],
  ['energy', 'company'], ['power', 'company'],
  ['committee', 'government'], ['government', 'government'], ['bureau', 'government'], ['department', 'government'],
  ['ministry', 'government'], ['commission', 'government'], ['administration', 'government'], ['office', 'government'],
  ['council', 'government'], ['congress', 'government'], ['authority', 'government'], ['cppcc', 'government'],
  ['court', 'judicial'], ['procuratorate', 'judicial'],
  ['university', 'education'], ['college', 'education'], ['school', 'education'], ['institute', 'education'],
  ['kindergarten', 'education'], ['polytechnic', 'education'],
  ['academy', 'other'], ['foundation', 'other'], ['center', 'other'], ['centre', 'other'],
  ['association', 'association'], ['federation', 'association'], ['chamber of commerce', 'association'], ['union', 'association'],
  ['league', 'association'], ['society', 'association'],
  ['daily', 'media'], ['news agency', 'media'], ['agency', 'government'], ['television', 'media'], ['tv', 'media'], ['radio', 'media'],
  ['times', 'media'], ['post', 'media'], ['herald', 'media'], ['gazette', 'media'], ['newspaper', 'media'], ['media', 'media'],
]);

/** The longest organisation head, in words. */
export const ORG_HEAD_WORDS = Math.max(...[...ORG_HEADS.keys()].map((h) => h.split(' ').length));

// Heads that take their field or owner after "of" inside the name (Chinese Academy of Social
// Sciences, Organization Department of the CPC … Committee, People's Government of … District).
export const HEADS_TAKING_OF: ReadonlySet<string> = new Set([
  'academy', 'bureau', 'department', 'ministry', 'university', 'institute', 'committee', 'commission', 'government',
  'congress', 'federation', 'association', 'chamber', 'school', 'college', 'administration', 'office', 'bank',
  'court', 'procuratorate', 'center', 'centre', 'council', 'league', 'union', 'society', 'party', 'branch', 'republic',
]);

// What inside a name overrides its head's kind: a Party committee's department is the Party's,
// a CPPCC committee is government's, a Party school teaches.
export const KIND_OVERRIDES: ReadonlyArray<readonly [pattern: RegExp, kind: OrgKind]> = [
  [/\bParty School\b/i, 'education'],
  [/\bCPPCC\b|Political Consultative/i, 'government'],
  [/\bCPC\b|Communist Party|\bParty (?:committee|branch|working committee)\b|Discipline Inspection/i, 'party'],
  [/\bCommunist Youth League\b|Women's Federation|Trade Union/i, 'association'],
];

// Legal forms at the end of a company's name, which its short form drops ("Becker Logistics"
// for Becker Logistics GmbH). Words like Group stay: Sifang Holdings Group is another company.
export const LEGAL_ENDINGS = /(?:[\s,]+(?:Co\.,\s?Ltd\.|Co\.|Ltd\.?|Inc\.|Corp\.|LLC|GmbH|AG|A\/S|B\.V\.|S\.A\.|PLC|plc|Limited))+$/;
