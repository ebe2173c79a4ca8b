// How a clause of news prose names who does what. The INVOLVED_IN and LOCATED_IN rules read a
// sentence clause by clause with these words.

// Words that open a clause before its subject: sources (据悉, 据了解), sequence and example
// markers (此外, 同时, 又如), enumerations (一是) and scene-setters (会上). The subject may follow.
export const CLAUSE_OPENERS: readonly string[] = [
  '据悉', '据了解', '据介绍', '据统计', '据报道', '此外', '另外', '同时', '与此同时', '其中', '又如', '比如', '例如', '如',
  '近年来', '今年以来', '目前', '如今', '会上', '会后', '随后', '接着', '首先', '最后', '而', '并',
  '一是', '二是', '三是', '四是', '五是', '六是',
];

// Parts of speech (jieba) that may stand before a clause's subject: time words, numbers and dates,
// adverbs, conjunctions, set phrases and punctuation (近日，昨天上午，也，今年以来).
export const SUBJECT_LEAD_TAGS = /^(?:t|tg|m|mq|q|d|c|x|i)$/;

// Prepositions after which a project is a partner of the subject, not something it runs
// (同时与沿线…工坊、…文化馆联动串线).
export const COMITATIVES: ReadonlySet<string> = new Set(['与', '同', '跟']);

// The preposition that names a clause's agent: 由区委宣传部主办的…评选活动, …由教育部办公厅支持建设.
export const AGENT_MARKER = '由';

// A campaign named right before a prize (…品牌锻造行动金奖) awarded it; the winner did not run it.
export const PRIZES: readonly string[] = ['金奖', '银奖', '铜奖', '一等奖', '二等奖', '三等奖', '优秀奖', '特等奖', '大奖', '奖项'];

// The subject word of a meeting's resolutions (会议指出, 会议强调): they speak for the body that met.
export const MEETING = '会议';

// A standing committee (区委常委会) meets for its Party committee (区委); its resolutions are that committee's.
export const STANDING_COMMITTEE = '常委会';

// What may stand between a place and the organisation or project it holds (在张家湾镇的乐童精英幼儿园).
export const PLACE_LINK = /^(?:的|内|里|在|建设|打造)?$/;

// A verb of place right after a name puts it in the places that follow (…中心在洪畴镇竣工投产,
// …停车场规划在海兴路北侧、集港路两侧).
export const LOCATIVE_AFTER = /^(?:规划|选址|坐落|落户|建)?(?:在|于)|^位于/;
// What may follow each place of such a list: a side or surrounding, and the joiner (北侧、).
export const LOCATIVE_PLACE = /^(?:[东西南北]侧|两侧|附近|一带|沿线|周边)?[、和与及]?$/;

// X位于Y: X is in Y.
export const SITUATED = '位于';
