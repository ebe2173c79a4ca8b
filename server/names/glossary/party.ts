import { terms } from './types.ts';

// Party vocabulary. Committees and their departments are written by the forms in ../forms.ts;
// these are the words and heads they are made of.
export const PARTY_HEADS = terms(
  'head',
  [
    ['党群服务中心', 'Party-Masses Service Center'],
    ['党群服务站', 'Party-Masses Service Station'],
    ['党建服务中心', 'Party Building Service Center'],
    ['党员服务中心', 'Party Member Service Center'],
    ['党员活动室', 'Party Member Activity Room'],
    ['新时代文明实践中心', 'New Era Civilization Practice Center'],
    ['新时代文明实践站', 'New Era Civilization Practice Station'],
    ['新时代文明实践所', 'New Era Civilization Practice Institute'],
  ],
  { government: true },
);

export const PARTY_UNITS = terms('unit', [
  ['党建科', 'Party Building Section'],
  ['党建办', 'Party Building Office'],
  ['党政办', 'Party and Government Office'],
  ['党政办公室', 'Party and Government Office'],
  ['组织科', 'Organization Section'],
  ['宣传科', 'Publicity Section'],
  ['纪检监察室', 'Discipline Inspection and Supervision Office'],
]);

export const PARTY_WORDS = terms('word', [
  ['党建', 'Party Building'],
  ['党建引领', 'Party Building-led'],
  ['党员', 'Party member'],
  ['党群', 'Party-Masses'],
  ['党性', 'Party spirit'],
  ['红色', 'Red'],
  ['先锋', 'Pioneer'],
  ['先锋队', 'Vanguard'],
  ['初心', 'Original Aspiration'],
  ['使命', 'Mission'],
  ['理论', 'Theory'],
  ['宣讲', 'Lecture'],
  ['宣讲团', 'Lecture Team'],
  ['示范', 'Demonstration'],
  ['示范团', 'Demonstration Team'],
  ['市级', 'Municipal'],
  ['区级', 'District-level'],
  ['省级', 'Provincial'],
  ['国家级', 'National'],
  ['统战', 'United Front'],
  ['离退休干部', 'Retired Cadres'],
  ['干部', 'Cadres'],
  ['两新', 'New Economic and Social Organizations'],
  ['两新组织', 'New Economic and Social Organizations'],
  ['基层', 'Grassroots'],
  ['基层治理', 'Grassroots Governance'],
  ['治理', 'Governance'],
  ['共治', 'Co-Governance'],
  ['共建', 'Co-construction'],
  ['共享', 'Shared'],
  ['联建', 'Alliance'],
  ['党建联建', 'Party-building alliance'],
  ['党建品牌', 'Party-building brand'],
  ['党建工作', 'Party building work'],
  ['主题教育', 'Theme Education'],
  ['学习教育', 'Study and Education'],
  ['廉政', 'Integrity'],
  ['清廉', 'Clean Governance'],
]);
