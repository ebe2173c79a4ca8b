// Nouns that end the name of a project: a bounded thing being built, run or carried out
// (GUIDELINE: construction projects, facilities, programmes, campaigns). Plurals name no one
// project ("30 key projects"), so only these singular forms count.
export const PROJECT_HEADS: ReadonlySet<string> = new Set([
  'project', 'station', 'plant', 'factory', 'hub', 'base', 'programme', 'program', 'initiative', 'campaign', 'facility',
  'complex', 'railway', 'expressway', 'highway', 'bridge', 'tunnel', 'pipeline', 'courtyard',
]);

// Words too general to make a project specific: "the new project" points back, it names nothing.
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'new', 'major', 'key', 'big', 'large', 'first', 'second', 'third', 'local', 'other', 'such', 'same', 'whole', 'entire',
  'main', 'important', 'several', 'many', 'more', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'last', 'next',
  'previous', 'current', 'similar', 'relevant', 'related', 'one', 'two', 'three', 'production', 'assembly',
  'pilot', 'power', 'rail', 'railway', 'bus', 'police', 'fire', 'gas', 'petrol', 'train', 'service',
]);

// Words a project name reaches past only when capitalised (the "Science and Technology" of a name).
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['and', '&', 'of']);
