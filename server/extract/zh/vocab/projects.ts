// What a project's name ends in. A name ending in one of these is a bounded undertaking
// (a construction project, a facility being built or run, a pilot, a campaign or a brand).
export const PROJECT_HEADS: readonly string[] = [
  '项目', '工程', '电站', '科技小院', '小院', '工坊', '共富工坊', '文化馆', '展览馆', '博物馆', '停车场', '两创中心',
  '行动计划', '专项行动', '行动', '计划', '活动', '品牌', '子品牌', '主品牌', '大赛', '论坛', '基金', '工程', '试点', '示范区',
  '宣传周', '评选活动', '实践活动', '主题活动', '攻坚项目', '大整治', '专项治理', '改造提升', '联建', '链组', '碳账户', '培训班',
  '床位', '微景观', '路线', '设施农业基地', '提案项目', '百日攻坚',
];

// Heads strong enough to make an unquoted name a project (四方科技罐箱新项目, 缙云抽水蓄能电站).
// Weaker heads (活动, 品牌, 行动) only make a project when the proper part is quoted.
export const UNQUOTED_PROJECT_HEADS: readonly string[] = [
  '项目', '工程', '电站', '科技小院', '共富工坊', '工坊', '文化馆', '展览馆', '博物馆', '停车场', '两创中心', '专题培训班', '培训班',
  '行动计划', '宣传周', '评选活动', '百日攻坚', '大整治',
];

// Words that grade a project rather than name it (重大项目, 民生工程, 标志性项目).
export const GRADING_WORDS: readonly string[] = [
  '重大', '重点', '重要', '高质量', '标志性', '民生', '优秀', '示范', '排头兵', '亿元以上', '以上', '低碳', '新建', '在建', '技改', '子',
  '专精特新', '工业', '创建', '招商', '产业', '试点', '合作', '年度', '重大工程', '系统', '配套', '基础设施', '各类', '相关', '第二批',
  '特色', '系列',
];

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
