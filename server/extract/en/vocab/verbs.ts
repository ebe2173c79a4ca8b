// Verbs that say a person or organisation takes part in a project (GUIDELINE INVOLVED_IN:
// builds, runs, funds, leads, takes part), in their written forms. Visiting or inspecting a
// project is not taking part in it.
const forms = (stems: readonly string[]) => stems.join('|');

const ACTIVE = forms([
  'build(?:s|ing)?', 'built', 'construct(?:s|ed|ing)?', 'invest(?:s|ed|ing)?', 'fund(?:s|ed|ing)?', 'financ(?:e|es|ed|ing)',
  'launch(?:es|ed|ing)?', 'sign(?:s|ed|ing)?', 'develop(?:s|ed|ing)?', 'operat(?:e|es|ed|ing)', 'run(?:s|ning)?', 'ran',
  'lead(?:s|ing)?', 'led', 'undert(?:ake|akes|ook|aking)', 'implement(?:s|ed|ing)?', 'carr(?:y|ies|ied|ying) out',
  'start(?:s|ed|ing)?', 'beg(?:in|ins|an|un)', 'complet(?:e|es|ed|ing)', 'break(?:s|ing)? ground', 'broke ground',
  'roll(?:s|ed|ing)? out', 'host(?:s|ed|ing)?', 'organi[sz](?:e|es|ed|ing)', 'join(?:s|ed|ing)?', 'take(?:s)? part',
  'took part', 'participat(?:e|es|ed|ing)', 'manag(?:e|es|ed|ing)', 'own(?:s|ed)?', 'serv(?:e|es|ed|ing)',
  'set(?:s|ting)? up', 'contract(?:s|ed)?', 'plan(?:s|ned|ning)?', 'push(?:es|ed|ing)? forward', 'support(?:s|ed|ing)?',
]);

/** An active verb of taking part, as a whole word. */
export const INVOLVEMENT_VERB = new RegExp(`\\b(?:${ACTIVE})\\b`, 'i');

/** "… built by", "… will be run by", "under a programme launched by": the one after "by" takes part. */
export const INVOLVED_BY = /\b(?:built|constructed|developed|invested|funded|financed|operated|run|undertaken|launched|owned|managed|led|sponsored)\s+(?:and\s+\w+\s+)?(?:jointly\s+)?by\s+(?:the\s+)?$/i;

/** Actors listed one after another ("the Ministry of Education, the Ministry of … and the …"). */
export const LISTED = /^\s*(?:,|,?\s*and)\s+(?:the\s+)?$/i;

// Links that make a second organisation a party to what the first does ("signed an agreement
// with X to build …", "A and B will build …").
export const PARTNER_LINK = /^\s*(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$|\b(?:with|and)\s+(?:the\s+)?$/i;

// What stops a verb reaching back to an earlier subject: a new clause or a quotation.
export const CLAUSE_BREAK = /[;"“”]|\b(?:said|says|added|noted|while|but|although|because)\b/i;
