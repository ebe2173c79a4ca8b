import { terms } from './types.ts';

// People's congresses, CPPCC committees and the democratic parties: the bodies below the
// official forms of ./forms.ts, and the parties that keep committees of their own.
export const CONGRESS_HEADS = terms(
  'head',
  [
    ['代表联络站', 'Deputies Liaison Station'],
    ['人大代表联络站', "People's Congress Deputies Liaison Station"],
    ['代表工作站', 'Deputies Workstation'],
    ['代表之家', "Deputies' Home"],
    ['委员工作室', "Members' Studio"],
    ['政协委员工作室', "CPPCC Members' Studio"],
    ['委员会客厅', "Members' Parlor"],
    ['法制委员会', 'Legislative Affairs Commission'],
    ['法工委', 'Legislative Affairs Commission'],
    ['财政经济委员会', 'Financial and Economic Affairs Committee'],
    ['财经委', 'Financial and Economic Affairs Committee'],
    ['监察和司法委员会', 'Supervisory and Judicial Affairs Committee'],
    ['监察司法委', 'Supervisory and Judicial Affairs Committee'],
    ['教育科学文化卫生委员会', 'Education, Science, Culture and Public Health Committee'],
    ['教科文卫委', 'Education, Science, Culture and Public Health Committee'],
    ['农业与农村委员会', 'Agriculture and Rural Affairs Committee'],
    ['农业农村委', 'Agriculture and Rural Affairs Committee'],
    ['城乡建设环境保护委员会', 'Urban and Rural Development and Environmental Protection Committee'],
    ['社会建设委员会', 'Social Development Affairs Committee'],
    ['民族宗教侨务外事委员会', 'Ethnic, Religious, Overseas Chinese and Foreign Affairs Committee'],
    ['代表资格审查委员会', 'Credentials Committee'],
    ['选举委员会', 'Election Committee'],
    ['专门委员会', 'Special Committee'],
    ['提案委员会', 'Committee for Handling Proposals'],
    ['文史委', 'Committee of Cultural and Historical Data'],
    ['文化文史和学习委员会', 'Committee of Culture, Historical Data and Studies'],
    ['经济委员会', 'Economic Affairs Committee'],
    ['人口资源环境委员会', 'Committee of Population, Resources and Environment'],
    ['社会和法制委员会', 'Committee for Social and Legal Affairs'],
    ['港澳台侨委员会', 'Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese'],
    ['主席会议', 'Chairperson Council'],
    ['主任会议', 'Council of Chairpersons'],
  ],
  { government: true },
);

// The parties, by their full and short names, with how each writes its committee for an area:
// the CPC's in front (中国共产党北京市委员会 → CPC Beijing Municipal Committee), the eight
// democratic parties' after (民盟浙江省委 → Zhejiang Provincial Committee of the China Democratic League).
const democratic = (zh: string, en: string) => [zh, en, { committeeOf: `{area} Committee of the ${en}` }] as const;

export const PARTIES = terms(
  'head',
  [
    ['中国共产党', 'Communist Party of China', { committeeOf: 'CPC {area} Committee' }],
    ['中共', 'Communist Party of China', { committeeOf: 'CPC {area} Committee' }],
    ['中国人民政治协商会议', "Chinese People's Political Consultative Conference", { committeeOf: 'CPPCC {area} Committee' }],
    ['共青团', 'Communist Youth League of China', { committeeOf: 'Communist Youth League {area} Committee' }],
    democratic('中国国民党革命委员会', 'Revolutionary Committee of the Chinese Kuomintang'),
    democratic('民革', 'Revolutionary Committee of the Chinese Kuomintang'),
    democratic('中国民主同盟', 'China Democratic League'),
    democratic('民盟', 'China Democratic League'),
    democratic('中国民主建国会', 'China National Democratic Construction Association'),
    democratic('民建', 'China National Democratic Construction Association'),
    democratic('中国民主促进会', 'China Association for Promoting Democracy'),
    democratic('民进', 'China Association for Promoting Democracy'),
    democratic('中国农工民主党', "Chinese Peasants' and Workers' Democratic Party"),
    democratic('农工党', "Chinese Peasants' and Workers' Democratic Party"),
    democratic('中国致公党', 'China Zhi Gong Party'),
    democratic('致公党', 'China Zhi Gong Party'),
    democratic('九三学社', 'Jiusan Society'),
    democratic('台湾民主自治同盟', 'Taiwan Democratic Self-Government League'),
    democratic('台盟', 'Taiwan Democratic Self-Government League'),
  ],
  { bare: true },
);
