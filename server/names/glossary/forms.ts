// The official forms of bodies, read at the end of a name. `{area}` is what stands before the
// form, written as a modifier (通州区 → Tongzhou District, 北京市 → Beijing Municipal);
// `{name}` is that area written in full; `{parent}` is the body it belongs to, with "the" where
// English wants it; `{mid}` is what stands between the parent and the form.

export interface BodyForm {
  zh: string;
  /** How the form reads where neither template applies (住建委: the 委 is a commission). */
  en: string;
  /** After an area or field (通州区委, 交通运输行业党委). */
  afterArea?: string;
  /** After another body (通州区委宣传部, 中国农业大学党委). */
  afterBody?: string;
  /** A government or Party form: a city in front reads "Municipal". */
  government?: boolean;
  /** A word for a committee (委): after a party and a place it is that party's committee there. */
  meansCommittee?: boolean;
  /** A party's committee for an area, written out (政协北京市委员会 → CPPCC Beijing Municipal Committee). */
  committeeOf?: string;
}

const party = (zh: string, en: string, afterArea: string, afterBody: string): BodyForm => ({
  zh, en, afterArea, afterBody, government: true,
});
const department = (zh: string, en: string): BodyForm => ({
  zh, en, afterBody: `${en} of {parent}`, government: true,
});

export const BODY_FORMS: BodyForm[] = [
  { ...party('委', 'Commission', 'CPC {area} Committee', 'Commission of {parent}'), meansCommittee: true },
  party('党委', 'CPC Committee', 'CPC {area} Committee', 'CPC Committee of {parent}'),
  party('党工委', 'CPC Working Committee', 'CPC {area} Working Committee', 'CPC Working Committee of {parent}'),
  party('工委', 'Working Committee', 'CPC {area} Working Committee', 'Working Committee of {parent}'),
  party('两新工委', 'Working Committee for New Economic and Social Organizations',
    'CPC {area} Working Committee for New Economic and Social Organizations',
    'Working Committee for New Economic and Social Organizations of {parent}'),
  party('党组', 'Leading Party Members Group', 'Leading Party Members Group of {name}', 'Leading Party Members Group of {parent}'),
  party('党支部', 'CPC Branch', 'CPC Branch of {name}', 'CPC Branch of {parent}'),
  party('党总支', 'CPC General Branch', 'CPC General Branch of {name}', 'CPC General Branch of {parent}'),
  party('支部', 'CPC Branch', 'CPC Branch of {name}', 'CPC Branch of {parent}'),
  party('纪委', 'Commission for Discipline Inspection', 'CPC {area} Commission for Discipline Inspection',
    'Commission for Discipline Inspection of {parent}'),
  party('纪委监委', 'Commission for Discipline Inspection and Supervisory Commission',
    'CPC {area} Commission for Discipline Inspection and {area} Supervisory Commission',
    'Commission for Discipline Inspection and Supervisory Commission of {parent}'),
  party('纪工委', 'Discipline Inspection Working Committee', 'CPC {area} Discipline Inspection Working Committee',
    'Discipline Inspection Working Committee of {parent}'),
  party('监委', 'Supervisory Commission', '{area} Supervisory Commission', 'Supervisory Commission of {parent}'),
  party('常委会', 'Standing Committee', 'Standing Committee of the {area} Committee', 'Standing Committee of {parent}'),
  party('常务委员会', 'Standing Committee', 'Standing Committee of the {area} Committee', 'Standing Committee of {parent}'),
  party('团委', 'Communist Youth League Committee', 'Communist Youth League {area} Committee',
    'Communist Youth League Committee of {parent}'),
  party('团市委', 'Communist Youth League Municipal Committee', 'Communist Youth League {area} Municipal Committee',
    'Communist Youth League Committee of {parent}'),
  party('团区委', 'Communist Youth League District Committee', 'Communist Youth League {area} District Committee',
    'Communist Youth League Committee of {parent}'),
  party('团县委', 'Communist Youth League County Committee', 'Communist Youth League {area} County Committee',
    'Communist Youth League Committee of {parent}'),
  { ...party('政协', 'CPPCC Committee', 'CPPCC {area} Committee', 'CPPCC Committee of {parent}'), committeeOf: 'CPPCC {area} Committee' },
  party('政协工委', 'CPPCC Working Committee', 'CPPCC {area} Working Committee', 'CPPCC Working Committee of {parent}'),
  party('人大常委会', "Standing Committee of the People's Congress", "Standing Committee of the {area} People's Congress",
    "Standing Committee of the People's Congress of {parent}"),
  party('人大', "People's Congress", "{area} People's Congress", "People's Congress of {parent}"),
  party('人民代表大会', "People's Congress", "{area} People's Congress", "People's Congress of {parent}"),
  party('人民代表大会常务委员会', "Standing Committee of the People's Congress", "Standing Committee of the {area} People's Congress",
    "Standing Committee of the People's Congress of {parent}"),
  party('人大工委', "People's Congress Working Committee", "{area} People's Congress Working Committee",
    "People's Congress Working Committee of {parent}"),
  party('人民政府', "People's Government", "{area} People's Government", "People's Government of {parent}"),
  party('政府', "People's Government", "{area} People's Government", "People's Government of {parent}"),
  party('人民检察院', "People's Procuratorate", "{area} People's Procuratorate", "People's Procuratorate of {parent}"),
  party('检察院', "People's Procuratorate", "{area} People's Procuratorate", "People's Procuratorate of {parent}"),
  party('人民法院', "People's Court", "{area} People's Court", "People's Court of {parent}"),
  party('法院', "People's Court", "{area} People's Court", "People's Court of {parent}"),
  party('中级人民法院', "Intermediate People's Court", "{area} Intermediate People's Court",
    "Intermediate People's Court of {parent}"),
  party('监察委员会', 'Supervisory Commission', '{area} Supervisory Commission', 'Supervisory Commission of {parent}'),
  party('管委会', 'Administrative Committee', '{area} Administrative Committee', 'Administrative Committee of {parent}'),
  party('管理委员会', 'Administrative Committee', '{area} Administrative Committee', 'Administrative Committee of {parent}'),
  // People's organisations: not government, so a city in front stays a plain name.
  { zh: '妇联', en: "Women's Federation", afterArea: "{area} Women's Federation", afterBody: "Women's Federation of {parent}" },
  { zh: '总工会', en: 'Federation of Trade Unions', afterArea: '{area} Federation of Trade Unions', afterBody: 'Trade Union of {parent}' },
  { zh: '工会', en: 'Trade Union', afterArea: '{area} Trade Union', afterBody: 'Trade Union of {parent}' },
  { zh: '工商联', en: 'Federation of Industry and Commerce', afterArea: '{area} Federation of Industry and Commerce' },
  { zh: '科协', en: 'Association for Science and Technology', afterArea: '{area} Association for Science and Technology' },
  { zh: '文联', en: 'Federation of Literary and Art Circles', afterArea: '{area} Federation of Literary and Art Circles' },
  { zh: '残联', en: "Disabled Persons' Federation", afterArea: "{area} Disabled Persons' Federation" },
  { zh: '侨联', en: 'Federation of Returned Overseas Chinese', afterArea: '{area} Federation of Returned Overseas Chinese' },
  { zh: '红十字会', en: 'Red Cross Society', afterArea: '{area} Red Cross Society' },
  { zh: '关工委', en: 'Committee for the Well-being of the Younger Generation',
    afterArea: '{area} Committee for the Well-being of the Younger Generation' },
  // Departments of a Party committee or a government, written "X of the parent".
  department('宣传部', 'Publicity Department'),
  department('组织部', 'Organization Department'),
  department('统战部', 'United Front Work Department'),
  department('社会工作部', 'Social Work Department'),
  department('政法委', 'Political and Legal Affairs Commission'),
  department('网信办', 'Cyberspace Affairs Office'),
  department('编办', 'Office of the Commission for Public Sector Reform'),
  department('老干部局', 'Veteran Cadres Bureau'),
  department('政策研究室', 'Policy Research Office'),
  department('巡察办', 'Inspection Office'),
  department('党校', 'Party School'),
  department('办公厅', 'General Office'),
  department('理论学习中心组', 'Theoretical Study Central Group'),
  department('人才办', 'Talent Office'),
  department('直属机关工委', 'Working Committee for Offices Directly under'),
  // Branches and schools name their own field in between: 公安局通州分局, 大学马克思主义学院.
  { zh: '分局', en: 'Branch', afterBody: '{mid} Branch of {parent}', government: true },
  { zh: '分院', en: 'Branch', afterBody: '{mid} Branch of {parent}' },
  { zh: '分公司', en: 'Branch', afterBody: '{mid} Branch of {parent}' },
  { zh: '支行', en: 'Sub-branch', afterBody: '{mid} Sub-branch of {parent}' },
  { zh: '分行', en: 'Branch', afterBody: '{mid} Branch of {parent}' },
  { zh: '学院', en: 'College', afterBody: 'School of {mid}, {parent}' },
  // Schools whose field ends in 学, which a longest-first reading would take from 学院.
  { zh: '医学院', en: 'School of Medicine', afterBody: 'School of Medicine, {parent}' },
  { zh: '法学院', en: 'Law School', afterBody: 'Law School, {parent}' },
  { zh: '文学院', en: 'School of Liberal Arts', afterBody: 'School of Liberal Arts, {parent}' },
  { zh: '药学院', en: 'School of Pharmacy', afterBody: 'School of Pharmacy, {parent}' },
  { zh: '商学院', en: 'School of Business', afterBody: 'School of Business, {parent}' },
  { zh: '研究院', en: 'Research Institute', afterBody: 'Institute of {mid}, {parent}' },
  { zh: '研究所', en: 'Research Institute', afterBody: 'Institute of {mid}, {parent}' },
];
