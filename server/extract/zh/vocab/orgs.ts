// Organisation name endings and the kind each one gives (../shared/gold/GUIDELINE.md: company |
// government | party | judicial | education | association | media | other). A name is read
// leftwards from its ending; the longest matching ending decides the kind, so 党群服务中心 is
// party while 服务中心 alone is association.
export type OrgKind = 'company' | 'government' | 'party' | 'judicial' | 'education' | 'association' | 'media' | 'other';

export const ORG_ENDINGS: ReadonlyArray<readonly [ending: string, kind: OrgKind]> = [
  // Party bodies. 区委/市委/县委 are committees of a place; 工委 and 党工委 are working committees.
  ['党委常委会', 'party'], ['常委会', 'party'], ['党工委', 'party'], ['党委', 'party'], ['党组', 'party'],
  ['党总支', 'party'], ['党支部', 'party'], ['工委', 'party'], ['纪委', 'party'], ['监委', 'government'],
  ['区委', 'party'], ['市委', 'party'], ['县委', 'party'], ['省委', 'party'], ['镇委', 'party'], ['旗委', 'party'], ['州委', 'party'],
  ['组织部', 'party'], ['宣传部', 'party'], ['统战部', 'party'], ['政法委', 'party'], ['党建科', 'party'],
  // 纪委监委 written together is one body (the commission for discipline inspection and supervision).
  ['纪委监委', 'party'], ['政研室', 'party'], ['县委办', 'party'], ['市委办', 'party'], ['区委办', 'party'], ['老干局', 'party'], ['老干部局', 'party'],
  ['党群服务中心', 'party'], ['党群服务站', 'party'], ['理论学习中心组', 'party'], ['党中央', 'party'],
  // Courts and procuratorates.
  ['人民检察院', 'judicial'], ['检察院', 'judicial'], ['人民法院', 'judicial'], ['法院', 'judicial'], ['最高检', 'judicial'], ['最高法', 'judicial'],
  ['人民法庭', 'judicial'], ['法庭', 'judicial'], ['检察室', 'judicial'],
  // Schools and research bodies attached to them.
  ['大学', 'education'], ['学院', 'education'], ['党校', 'education'], ['职业中专', 'education'], ['中专', 'education'],
  ['中学', 'education'], ['小学', 'education'], ['幼儿园', 'education'], ['培训学校', 'education'], ['学校', 'education'],
  ['研究院', 'education'], ['研究所', 'other'], ['科学院', 'other'], ['社科院', 'other'],
  // Associations, mass organisations and people's groups (the League, women's federations, unions).
  ['志愿者协会', 'association'], ['协会', 'association'], ['商会', 'association'], ['促进会', 'association'], ['联合会', 'association'],
  ['团市委', 'association'], ['团区委', 'association'], ['团县委', 'association'], ['团委', 'association'],
  ['妇联', 'association'], ['工商联', 'association'], ['科协', 'association'], ['总工会', 'association'], ['工会', 'association'],
  ['侨联', 'association'], ['残联', 'association'], ['文联', 'association'], ['社科联', 'association'], ['红十字会', 'association'],
  ['家庭服务中心', 'association'],
  // Media.
  ['融媒体中心', 'media'], ['报社', 'media'], ['日报社', 'media'], ['电视台', 'media'], ['广播电视台', 'media'],
  ['日报', 'media'], ['晚报', 'media'], ['都市报', 'media'], ['报业集团', 'media'], ['传媒集团', 'media'], ['新闻网', 'media'], ['客户端', 'media'],
  // Hospitals and clinics.
  ['人民医院', 'other'], ['中医医院', 'other'], ['中医院', 'other'], ['附属医院', 'other'], ['医院', 'other'], ['卫生院', 'other'],
  // Government: governments, congresses, CPPCC bodies, bureaux, commissions and their offices.
  ['人民政府', 'government'], ['政府', 'government'], ['人大常委会', 'government'], ['政协工委', 'government'], ['政协', 'government'], ['人大', 'government'],
  ['政府办公室', 'government'], ['政府办', 'government'], ['指挥部', 'government'], ['领导小组', 'government'], ['督导组', 'government'], ['检查组', 'government'],
  ['巡视组', 'government'], ['巡察组', 'government'], ['总局', 'government'], ['厅', 'government'], ['农委', 'government'], ['科委', 'government'], ['国资委', 'government'],
  ['军分区', 'other'], ['人武部', 'government'], ['武装部', 'government'],
  ['管委会', 'government'], ['管理委员会', 'government'], ['发改委', 'government'], ['住建委', 'government'], ['交通委', 'government'],
  ['城市管理委', 'government'], ['卫健委', 'government'], ['教委', 'government'], ['经信委', 'government'], ['委员会', 'government'],
  ['分局', 'government'], ['管理局', 'government'], ['局', 'government'], ['办公厅', 'government'], ['办公室', 'government'],
  ['金融办', 'government'], ['人才办', 'government'], ['部', 'government'],
  ['经济开发区', 'government'], ['治理中心', 'government'], ['事务中心', 'government'], ['管理服务中心', 'government'],
  ['共治中心', 'government'], ['执法队', 'government'], ['派出所', 'government'],
  // Companies.
  ['股份有限公司', 'company'], ['有限责任公司', 'company'], ['有限公司', 'company'], ['集团', 'company'], ['公司', 'company'],
  ['大酒店', 'company'], ['酒店', 'company'], ['民宿', 'company'], ['银行', 'company'],
  // Named teams, studios, foundations and other bodies.
  ['志愿者服务队', 'other'], ['志愿服务队', 'other'], ['志服务队', 'other'], ['服务队', 'other'], ['志愿者队', 'other'],
  ['工作室', 'other'], ['事务所', 'other'], ['基金会', 'other'], ['交易所', 'other'], ['上市委员会', 'other'],
  ['示范团', 'other'], ['服务中心', 'association'],
];

// The eight democratic parties by the short names the news gives them.
export const DEMOCRATIC_PARTIES: readonly string[] = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'];

// What may stand before the place in a public body's name (中共通州区委, 民革贵州省委, 国家税务总局…):
// the Party, the League, the state and the democratic parties.
export const BODY_PREFIXES: readonly string[] = ['中国共产党', '中共', '共青团', '中国', '国家', ...DEMOCRATIC_PARTIES];

// Bodies set up for a task (…建设指挥部, …工作领导小组, …督导组). Named after the task alone
// (移民指挥部) they are every such body; a named one opens with the place whose body it is.
export const TASK_BODIES: readonly string[] = ['指挥部', '领导小组', '督导组', '检查组', '巡视组', '巡察组'];

// National bodies usually written without a place.
export const NATIONAL_BODIES: ReadonlyArray<readonly [name: string, kind: OrgKind]> = [
  ['中共中央', 'party'], ['国务院', 'government'], ['全国人大', 'government'], ['全国人大常委会', 'government'], ['全国政协', 'government'],
  ['最高人民检察院', 'judicial'], ['最高人民法院', 'judicial'], ['中央纪委', 'party'], ['国家监委', 'government'],
  ['中国科协', 'association'], ['全国总工会', 'association'], ['全国妇联', 'association'], ['团中央', 'association'], ['全国工商联', 'association'],
  // 民革中央: a democratic party's central committee.
  ...DEMOCRATIC_PARTIES.map((p) => [`${p}中央`, 'party'] as const),
  ['中国科学院', 'other'], ['中国社会科学院', 'other'], ['中国工程院', 'other'],
  ['国家电网', 'company'], ['北京证券交易所', 'other'], ['上海证券交易所', 'other'], ['深圳证券交易所', 'other'],
  // Central media, the outlets national and local pages cite (人民网讯, 来源：新华网).
  ['新华社', 'media'], ['新华网', 'media'], ['人民日报', 'media'], ['人民日报社', 'media'], ['人民网', 'media'], ['光明日报', 'media'], ['光明网', 'media'],
  ['经济日报', 'media'], ['中国日报', 'media'], ['中国青年报', 'media'], ['工人日报', 'media'], ['农民日报', 'media'], ['法治日报', 'media'],
  ['中央广播电视总台', 'media'], ['央视网', 'media'], ['央视新闻', 'media'], ['中央电视台', 'media'], ['央广网', 'media'], ['中国新闻网', 'media'],
  ['中新网', 'media'], ['中国新闻社', 'media'], ['环球网', 'media'], ['环球时报', 'media'], ['澎湃新闻', 'media'], ['中国网', 'media'], ['求是网', 'media'],
];

// The fixed short forms of national bodies (党中央, 最高检, 北交所): the body is named in full, the short form is its alias.
export const NATIONAL_SHORT_FORMS: ReadonlyArray<readonly [short: string, full: string]> = [
  ['党中央', '中共中央'], ['最高检', '最高人民检察院'], ['最高法', '最高人民法院'], ['北交所', '北京证券交易所'], ['上交所', '上海证券交易所'],
  ['深交所', '深圳证券交易所'], ['中科院', '中国科学院'], ['中国社科院', '中国社会科学院'], ['中纪委', '中央纪委'], ['中央广电总台', '中央广播电视总台'],
];

// Short forms of a body's ending (社科院 for 社会科学院): one of an article's bodies whose name ends in the full form is the body the short form means.
export const SHORT_ENDINGS: ReadonlyArray<readonly [short: string, full: string]> = [['社科院', '社会科学院']];

// Formal long forms: 区政府 is written out as 通州区人民政府, 区检察院 as …人民检察院.
export const FORMAL_ENDINGS: ReadonlyArray<readonly [short: string, formal: string]> = [
  ['政府', '人民政府'], ['检察院', '人民检察院'], ['法院', '人民法院'],
];

// Words that end like a body but are not one (格局, 大局, 干部, 会客厅).
export const NOT_BODIES: readonly string[] = [
  '格局', '大局', '布局', '全局', '当局', '结局', '开局', '变局', '时局', '困局', '新局', '委办局', '会客厅', '发布厅', '大厅', '客厅',
  '展厅', '餐厅', '干部', '全部', '内部', '外部', '总部', '局部', '西部', '东部', '南部', '北部', '中部', '门厅', '大厅',
  // 开好局、起好步: to make a good start.
  '开好局',
];

// Verbs that name what a body does and so sit inside its name (规划和自然资源委员会, 综合行政执法队).
export const VERBS_IN_NAMES: ReadonlySet<string> = new Set([
  '规划', '管理', '执法', '监督', '服务', '发展', '改革', '建设', '保障', '监管', '应急', '统筹', '治理', '运输', '经营', '促进', '研究',
  '协调', '审批', '开发', '投资', '培训', '教育', '救助', '调解', '检验', '检测', '生产', '制造', '销售', '创新', '创业', '蓄能', '抽水',
  '振兴', '援助', '帮扶', '推进', '协作', '融合', '保护', '孵化', '转化', '合作', '交流', '招商', '促进', '扶贫', '监察', '巡视',
]);

// Words that end in an organisation ending but name a kind of body, not one body.
export const GENERIC_ORGS: ReadonlySet<string> = new Set([
  '有关部门', '相关部门', '各部门', '职能部门', '公安部门', '党委政府', '镇党委政府', '地方政府', '政府', '党委', '党组', '公司',
  '集团', '学校', '大学', '学院', '协会', '商会', '工作室', '服务中心', '党支部', '党总支', '社区党支部', '村党支部', '企业支部',
  '居委会', '村委会', '社区居委会', '委员会', '办公室', '中学', '小学', '幼儿园', '酒店', '民宿', '银行', '局', '分局', '厅',
  '工委', '常委会', '服务队', '志愿服务队', '考察团', '宣讲团', '示范团', '管委会', '研究院', '交易所', '事务所', '集团公司',
  '党群服务中心', '党群服务站', '融媒体中心', '执法队', '综合执法队', '派出所', '法院', '检察院', '党校', '团委', '工会', '妇联',
  '两新工委', '街道党工委', '街乡镇党工委', '乡镇街道党委', '委办局党委', '各委办局党委', '国家机关', '各级党组织', '基层党组', '村党组',
  '社区党组', '楼门院党支部', '街道党委', '乡镇党委', '产业研究院', '马克思主义学院', '高校马克思主义学院', '首都高校马克思主义学院',
  '上级部门', '创业大学', '党员创新工作室', '民族志愿服务队', '社区小志愿者队', '志愿者队',
  '物业公司', '物业服务公司', '村办公司', '村支部', '小区党支部', '社区党群服务中心',
  // The institutions in general (人民政协 is the CPPCC system, as 人民代表大会 is the congresses').
  '人民政协', '人民代表大会',
]);

// Words that grade a kind of body rather than name one: 三级甲等医院, 全省先进基层检察院 and 特色民宿
// are kinds.
export const GRADE_WORDS: readonly string[] = [
  '全国', '全省', '全市', '全县', '全区', '国内', '国家级', '省级', '市级', '县级', '一流', '先进', '优秀', '示范', '基层', '综合',
  '特色', '一级', '二级', '三级', '甲等', '乙等', '标准化', '星级', '三星级', '四星级', '五星级', '文明', '知名', '大型', '中小型',
];

