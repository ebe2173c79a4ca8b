// Positions as news English writes them: a head noun with the words that qualify it (deputy
// Party secretary, general manager, county magistrate). Matched without regard to case, since
// titles before a name are capitalised ("Party Secretary Meng Jingwei").
export const TITLE_HEADS: readonly string[] = [
  'secretary-general', 'secretary', 'party chief', 'chief executive officer', 'chief executive', 'chief engineer', 'chief',
  'mayor', 'governor', 'head', 'director-general', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'vice president', 'president', 'general manager', 'manager', 'ceo', 'cfo', 'cto', 'executive', 'founder', 'member',
  'reporter', 'correspondent', 'researcher', 'professor', 'dean', 'principal', 'engineer', 'spokesperson', 'spokesman',
  'spokeswoman', 'official', 'commissioner', 'procurator-general', 'procurator', 'judge', 'magistrate', 'leader',
  'minister', 'ambassador', 'consul', 'partner', 'analyst', 'economist', 'expert', 'officer', 'owner', 'inspector',
  'designer', 'architect', 'scientist', 'fellow', 'teacher', 'doctor', 'technician', 'supervisor', 'coordinator',
  'administrator', 'representative', 'editor', 'photographer', 'writer',
];

export const TITLE_MODIFIERS: readonly string[] = [
  'deputy', 'vice', 'executive', 'first', 'standing', 'acting', 'former', 'general', 'chief', 'senior', 'associate',
  'assistant', 'party', 'district', 'county', 'municipal', 'city', 'provincial', 'town', 'township', 'village',
  'company', 'project', 'technical', 'managing', 'board', 'workshop', 'sales', 'plant', 'station', 'site', 'team',
  'regional', 'founding', 'research', 'production', 'party committee',
];

// Titles that, said of a place, mean a post in its Party committee or its government
// ("Party secretary of Tongzhou District" sits on the CPC Tongzhou District Committee).
export const PARTY_TITLE = /(?:^|\s)(?:party\s+)?(?:secretary|chief)$/i;
export const PARTY_TITLE_REQUIRES_PARTY = /^(?:.*\s)?chief$/i;
export const GOVERNMENT_TITLE = /(?:mayor|governor|magistrate|(?:district|county|town|township|city)\s+head|^(?:deputy\s+|vice\s+)?head)$/i;
// A title that names its place's level ("district head", "county Party committee"), so the place
// is the one of that level the sentence or the article is about.
export const LEVEL_IN_TITLE = /\b(district|county|town|township|municipal|city|provincial)\b/i;

// Each word as written in running text or capitalised before a name ("Party Secretary"), acronyms in capitals.
const anyCase = (word: string) =>
  /^(?:ceo|cfo|cto)$/.test(word) ? `(?:${word}|${word.toUpperCase()})` : word.replace(/(^|[-\s])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`);
const alternatives = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => anyCase(w).replace(/[-\s]/g, '[-\\s]+')).join('|');

/**
 * A position as written: qualifiers, a head, and the field it covers ("head of
 * infrastructure", "vice president for Asia"), before the "of"/"at" that names the body. A
 * capitalised word after "of" is the body ("mayor of Lishui"), so only "for" takes one.
 */
export const TITLE = `(?:(?:${alternatives(TITLE_MODIFIERS)})[-\\s]+){0,4}(?:${alternatives(TITLE_HEADS)})(?:\\s+of\\s+(?!the\\b)\\p{Ll}[\\p{L}-]*|\\s+for\\s+(?!the\\b)(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}\\p{Ll}+(?=[,.;)]|$)))?`;
