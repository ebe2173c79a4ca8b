// Facilities a body builds or runs, named by what they are (…种植基地, …展示馆, …助农直播间): a name
// ending in one is a project by its head alone.
export const FACILITY_HEADS: readonly string[] = [
  '种植基地', '养殖基地', '生产基地', '加工基地', '制种基地', '育苗基地', '产业基地', '农业基地', '科创基地', '教育基地', '展示馆', '展馆', '教育馆', '纪念馆', '陈列馆', '体验馆', '科技馆', '直播间', '长廊', '新校区', '综合楼',
];

// Facilities that are as often places or bodies (…产业园 is a zone, …加工厂 a company, …公园 a
// place): projects only where their clause presents them as being built or started: a verb of
// building before the name (建设了…产业园区, 建起了…加工厂), or its state after it (…产业园开工,
// …中转站启动建设, …加工厂即将投产), unless the park itself builds (…产业园打造…新增长极).
export const BUILT_FACILITY_HEADS: readonly string[] = [
  '产业园', '示范园', '产业园区', '博览园', '创意园', '物流园', '公园', '广场', '加工厂', '中转站', '综合体',
];
// A base named for what it grows or makes (…种植基地, …生产基地) is one where its name opens with
// its place (白石镇石底村发财树种植基地) or its sentence builds it; else it describes a kind of
// farming (杂交水稻制种基地4000亩) or a place's standing (最大的高山乌龙茶生产基地).
export const BASE_HEAD = '基地';
export const BEING_BUILT = /建设|建成|建起|新建|开工|投产|投资|打造|竣工|投用|落地|启动|创建|创办/;
export const BUILT_BEFORE = /建设|建成|建起|新建|打造|投资|启动/;
export const BUILT_AFTER = /^[^，；。：]{0,12}?(?:开工|投产|建成|竣工|投用|落地|建设)/;
export const BUILDS_AFTER = /^(?:打造|投资|引进|招引|带动|推动|助力)/;

// Named events a body runs (第九届…博览会, 首届…文化旅游节, …冰雪嘉年华, …推介会). Ordinary meetings
// and ceremonies (座谈会, 签约仪式) are not among them.
export const EVENT_HEADS: readonly string[] = [
  '博览会', '交易会', '展销会', '文化节', '旅游节', '艺术节', '美食节', '音乐节', '电影节', '购物节', '花节', '嘉年华', '运动会',
  '世界杯', '联赛', '邀请赛', '锦标赛', '马拉松', '推介会', '对接会', '洽谈会',
];
// Games whose head is a name of its own (杭州亚运会): a place before it is name enough.
export const GAMES_HEADS: readonly string[] = ['亚运会', '奥运会', '全运会', '残运会', '冬运会', '青运会'];
// An event is named by more than its kind and season (夏夜音乐节, 全民健身运动会 are kinds of event):
// at least this many characters before its head, or an edition (第九届, 首届).
export const MIN_EVENT_PROPER = 5;
export const EDITION = /第[一二三四五六七八九十0-9]+届|首届/;

// A campaign of study is named by its topic alone (党史学习教育, 党纪学习教育).
export const STUDY_HEAD = '学习教育';
export const STUDY_CAMPAIGN = /^[\u4e00-\u9fff]{2}学习教育$/;

// What a project's name ends in. A name ending in one of these is a bounded undertaking
// (a construction project, a facility being built or run, a pilot, a campaign or a brand).
export const PROJECT_HEADS: readonly string[] = [
  '项目', '工程', '电站', '科技小院', '小院', '工坊', '共富工坊', '文化馆', '展览馆', '博物馆', '停车场', '两创中心',
  '行动计划', '专项行动', '行动', '计划', '活动', '品牌', '子品牌', '主品牌', '品牌形象', '大赛', '论坛', '基金', '工程', '试点', '示范区',
  '宣传周', '评选活动', '实践活动', '主题活动', '攻坚项目', '大整治', '专项治理', '专项整治', '改造提升', '联建', '链组', '碳账户', '培训班',
  '床位', '微景观', '路线', '设施农业基地', '提案项目', '百日攻坚', '创建活动', '路网', '大会',
  ...FACILITY_HEADS.filter((h) => !h.endsWith('基地')), ...EVENT_HEADS, ...GAMES_HEADS,
];

// Plans and programmes named with their year (2025年新城发展行动方案): the year is part of the name.
export const PLAN_HEADS: readonly string[] = ['行动方案', '行动计划', '大会'];

// Heads strong enough to make an unquoted name a project (四方科技罐箱新项目, 缙云抽水蓄能电站).
// Weaker heads (活动, 品牌, 行动) only make a project when the proper part is quoted.
export const UNQUOTED_PROJECT_HEADS: readonly string[] = [
  '项目', '工程', '电站', '科技小院', '共富工坊', '工坊', '文化馆', '展览馆', '博物馆', '停车场', '两创中心', '专题培训班', '培训班',
  '行动计划', '行动方案', '宣传周', '评选活动', '百日攻坚', '大整治', '专项整治', '学习教育', ...FACILITY_HEADS, ...EVENT_HEADS, ...GAMES_HEADS,
];

// Words that grade a project rather than name it (重大项目, 优秀项目, 标志性项目).
export const GRADING_WORDS: readonly string[] = [
  '重大', '重点', '重要', '高质量', '标志性', '优秀', '示范', '排头兵', '亿元以上', '以上', '新建', '在建', '子', '年度', '重大工程',
  '各类', '相关', '第二批', '特色', '系列',
];

// Words that say a project's sector or kind (民生工程, 产业项目, 招商项目). Alone before a head they
// name no project; after a specific part they end a name (铝型材加工产业项目).
export const KIND_WORDS: readonly string[] = [
  '民生', '低碳', '技改', '专精特新', '工业', '招商', '产业', '新兴产业', '战略性新兴产业', '试点', '合作', '协作', '系统', '配套', '基础设施',
];
// How long the specific part before a kind word must be (铝型材加工 in 铝型材加工产业项目; not 新能源).
export const MIN_BEFORE_KIND = 4;

// What a phrase before a joiner (和, 与) ends in when it is complete, so that the joiner starts
// another name: a project's head, or a place, a zone or a state of affairs (…基地和农业产业基地,
// …工作情况和2025年…行动方案). Within a name a joiner links two short parts (基础设施与商业提升工程).
export const BEFORE_JOINER: readonly string[] = ['基地', '园区', '集聚区', '情况', '工作'];

// Generic words that say what kind of project, not which one: 该项目, 重点项目, 民生工程.
export const GENERIC_PROJECT_WORDS: ReadonlySet<string> = new Set([
  '项目', '工程', '新项目', '该项目', '此项目', '本项目', '重点项目', '重大项目', '民生工程', '系统工程', '重点工程', '标志性项目',
  '技改项目', '攻坚项目', '创建项目', '工业项目', '低碳项目', '光伏项目', '招商项目', '产业项目', '亿元以上项目', '专精特新项目',
  '示范项目', '优秀项目', '建设项目', '子项目', '原项目', '一号工程', '提升工程', '年度项目', '合作项目', '试点项目', '居民提案项目',
  '分布式光伏工程', '减污降碳工程', '一期工程', '重大工程', '民心工程', '惠民工程', '电站', '小院', '共富工坊', '停车场', '专用停车场',
  '新建屋顶光伏项目', '屋顶光伏项目', '活动', '行动', '计划', '品牌', '项目负责人', '项目建设', '百日攻坚', '大整治',
]);

// National strategies and slogans are not projects, however they are quoted (乡村振兴, 双碳).
export const NATIONAL_SLOGANS: ReadonlySet<string> = new Set([
  '乡村振兴', '碳达峰碳中和', '碳达峰', '碳中和', '双碳', '高质量发展', '共同富裕', '一带一路', '京津冀协同发展', '长三角一体化',
  '两个确立', '两个维护', '四个意识', '四个自信', '中国式现代化', '美丽中国', '健康中国', '数字中国', '平安中国', '法治中国',
  '三农', '放管服', '最多跑一次', '千万工程', '八八战略', '一号工程', '三个一号工程', '专精特新', '无废城市', '双一流', '五史',
  '强富美高', '国之大者', '一把手', '四个亲自', '开门红', '头雁效应',
  // National campaigns run everywhere at once, not a local body's programme.
  '宜居宜业和美乡村', '和美乡村', '村庄清洁行动', '农村厕所革命', '厕所革命', '强国复兴有我', '河长制', '林长制',
]);

// Verbs that take a programme as their object: a quoted name right after one is a programme even
// without a head (运营“…”、, 开展“…”等系列活动).
export const RUNS_PROGRAMME: readonly string[] = ['推行', '运营', '开展', '实施', '启动', '举办', '推出'];

// Verbs by which officials and bodies act on a project, not build it (视察…项目, 宣布项目开工,
// 签约…项目, 抓项目): a project's name read leftwards from its head begins after them. Verbs of
// building and running (开发, 治理, 改造, 利用) are part of names and are not here.
export const ACTING_ON_PROJECTS: readonly string[] = [
  '视察', '查看', '察看', '实地查看', '宣布', '签约', '签署', '集中签约', '询问', '加强', '破解', '督导', '督查', '检查', '筹办',
  '见证', '听取', '观摩', '谋划', '争取', '抓', '抓好', '招', '引进', '招引', '落地', '涵盖', '包含', '营造', '关注', '保障',
  '上', '多上', '获', '荣获', '获得', '从事', '通报', '汇报', '列入', '希望', '确保',
];

// Words that count the projects after them (更多新能源产业项目, 一批重点项目): a name begins after them.
export const QUANTIFIERS: readonly string[] = ['更多', '众多', '诸多', '多个', '一批', '一些', '部分', '若干', '各类', '各项'];

// Verbs of building that end a project's name before its head (旅游开发项目, 老旧小区改建工程),
// where they would otherwise stop the reading as verbs taking a name as object (开发…).
export const BUILDING_VERBS: readonly string[] = ['开发', '建设', '改建', '扩建', '修建', '新建', '改造', '开发建设'];

// Verbs by which bodies build or run a project, written before 的 and the project (长寿区政府打造的…,
// 县文旅局主办的…节): the bodies are the project's agents.
export const BUILT_BY: readonly string[] = [
  '打造', '建设', '投资建设', '投资', '主办', '承办', '举办', '实施', '建成', '运营', '开发', '牵头实施', '参与策划', '策划',
];

// 在…牵头下: the lead under which a sentence's projects are run.
export const LED_UNDER: readonly string[] = ['牵头', '带领', '指导', '推动', '支持', '帮助', '组织', '领导'];

// Kinds a project named before is referred to by (该项目, 该产业园): the reference stands for it.
export const REFERRING_HEADS: readonly string[] = ['项目', '工程', '产业园', '园区', '基地', '电站', '展馆', '活动', '行动'];
// What campaigns, events and brands end in: 该项目 does not refer to them.
export const PROGRAMME_ENDINGS: readonly string[] = [
  '行动', '活动', '整治', '治理', '品牌', '计划', '方案', '教育', '节', '会', '赛', '周', '班', '攻坚', '创建',
];

// An inspection report goes to a body (前往县侨联) and then inspects what is there (视察…展示馆):
// what it inspects at a body's premises is that body's.
export const VISITS: readonly string[] = ['前往', '来到', '走进', '深入', '到', '在'];
export const INSPECTS: readonly string[] = ['视察', '查看', '察看', '参观', '了解', '调研', '考察'];

// Verbs by which a person founds a project (返乡创建…基地, 创办…合作社): the founder takes part in it.
export const FOUNDS: readonly string[] = ['创建', '创办', '兴办', '领办', '返乡创建', '投资建设'];
