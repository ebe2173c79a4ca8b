// Position titles, as they are written between an organisation and a person's name
// (区委书记孟景伟, 总经理助理岳立). Longer titles are tried first, so 常务副书记 wins over 书记.
export const POSITION_TITLES: readonly string[] = [
  '总书记', '常务副书记', '副书记', '书记', '常务副主席', '副主席', '主席', '常务副主任', '副主任', '主任', '副秘书长', '秘书长',
  '常务副区长', '副区长', '区长', '常务副市长', '副市长', '市长', '常务副县长', '副县长', '县长', '副镇长', '镇长', '副乡长', '乡长',
  '常务副省长', '副省长', '省长', '副部长', '部长', '副局长', '局长', '副厅长', '厅长', '副处长', '处长', '副科长', '科长',
  '副检察长', '检察长', '副院长', '院长', '副庭长', '庭长', '副校长', '校长', '副所长', '所长', '副站长', '站长', '副队长', '队长',
  '副会长', '会长', '理事长', '副理事长', '董事长', '副董事长', '总经理助理', '副总经理', '总经理', '技术经理', '经理', '总裁',
  '总工程师', '工程师', '副教授', '教授', '讲师', '研究员', '副研究员', '学部委员', '院士', '导师',
  '负责人', '工作人员', '成员', '常委', '委员', '组长', '副组长', '楼门长', '楼长', '网格员', '社工', '主管', '干事', '专干',
  '副旗长', '旗长', '副州长', '州长', '副盟长', '盟长', '村支书', '社长', '副社长', '总编辑', '副总编辑', '董事', '监事', '行长', '副行长',
  '司令员', '副司令员', '政委', '副政委', '总指挥', '副总指挥', '指挥长', '副指挥长', '监督员', '调研员', '巡视员', '督导员', '干部', '主任委员', '副主任委员',
  '党组成员', '总工程师', '总经济师', '总会计师', '馆长', '副馆长', '园长', '副园长', '店长', '厂长', '副厂长', '总监', '首席执行官', '合伙人', '创始人',
];

// Titles that name the body they belong to when none is written: 区长 is the head of the district
// people's government, 总书记 of the Party's Central Committee. The body is written out with the
// place the page means at that level.
export const IMPLIED_BODIES: ReadonlyArray<readonly [title: string, body: string]> = [
  ['常务副区长', '区人民政府'], ['副区长', '区人民政府'], ['区长', '区人民政府'],
  ['常务副市长', '市人民政府'], ['副市长', '市人民政府'], ['市长', '市人民政府'],
  ['常务副县长', '县人民政府'], ['副县长', '县人民政府'], ['县长', '县人民政府'],
  ['副镇长', '镇人民政府'], ['镇长', '镇人民政府'], ['副乡长', '乡人民政府'], ['乡长', '乡人民政府'],
  ['副省长', '省人民政府'], ['省长', '省人民政府'],
  ['副旗长', '旗人民政府'], ['旗长', '旗人民政府'], ['副州长', '州人民政府'], ['州长', '州人民政府'], ['副盟长', '盟行政公署'], ['盟长', '盟行政公署'],
  ['总书记', '中共中央'],
];

// A bare title after another one in a list (局党委书记、局长) belongs to the same body or to the
// body above it; these are the endings of the bodies each title heads.
export const TITLE_BODY_ENDINGS: ReadonlyArray<readonly [titleEnding: string, bodyEndings: readonly string[]]> = [
  ['局长', ['局']], ['院长', ['院']], ['校长', ['大学', '学院', '学校', '中学', '小学']], ['部长', ['部']],
  ['检察长', ['检察院']], ['会长', ['会']], ['所长', ['所']], ['站长', ['站']], ['队长', ['队']], ['庭长', ['法院']],
  ['书记', ['委', '党组', '支部', '总支']], ['常委', ['委']], ['主席', ['政协', '会', '联']],
];

// Words that describe a person without a post in an organisation (居民岳国, 村民樊等英). They
// introduce a name like a title does but give no HOLDS_POSITION relation.
export const PERSON_ROLES: readonly string[] = [
  '市领导', '区领导', '县领导', '镇领导', '旗领导', '州领导', '居民', '村民', '市民', '游客', '志愿者', '党员', '农户', '蜂农', '果农', '老人', '专家',
  '牧民', '渔民', '农民', '职工', '员工', '学生', '教师', '老师', '医生', '护士', '民警', '辅警', '律师', '法官', '检察官', '企业家', '乡贤', '群众',
  '代表', '楼门长', '网格员', '创业青年', '青年', '负责人', '技术骨干', '宣讲员', '工作人员',
];

// Verbs and words that follow a name (潘家华在会上表示, 郑皓察看). A two-character name is kept
// short when the character after it starts one of these.
export const AFTER_NAME: readonly string[] = [
  '表示', '介绍', '说', '指出', '强调', '要求', '主持', '出席', '参加', '讲话', '致辞', '在', '结合', '围绕', '以', '通报', '察看',
  '听取', '调研', '看来', '认为', '带', '到', '来', '对', '和', '与', '及', '为', '是', '的', '也', '都', '就', '则', '向', '将',
  '同', '代表', '率', '作', '宣布', '提出', '坦言', '告诉', '深有', '感慨', '透露', '回忆', '解释', '谈', '分析', '等', '一行',
  '等人', '同志', '先生', '女士', '说道', '笑着', '还', '便', '入户', '建立', '找', '会', '被', '这样', '了', '身', '家', '担任',
  '现场', '叮嘱', '主持召开', '前往', '来到', '走进', '一边', '正', '已', '又', '首先', '随后', '接着', '坚持', '创办', '带领',
];

// Predicates only a person takes, so the names before them are people (程蕾、金梦依被评为…).
export const PERSON_PREDICATES: readonly string[] = ['被评为', '荣获', '当选为', '被授予', '获评'];

// Verbs by which a person takes part in a project named after them in the sentence (宋红燕参加了…大赛).
export const TAKES_PART: readonly string[] = ['参加', '参与', '负责', '领办', '牵头', '主持', '发起', '创办', '带领'];

// Surname + polite or kinship word: an anonymised person (韩女士, 陈某, 郭叔), never an entity.
export const ANONYMISED_ENDINGS: readonly string[] = [
  '某某', '某', '女士', '先生', '小姐', '叔', '阿姨', '姨', '大爷', '大妈', '奶奶', '爷爷', '师傅', '老师', '伯', '婶', '哥', '姐', '嫂',
];
