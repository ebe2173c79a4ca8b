// The words of news credits (by-lines, source and editor lines).

// Roles a credit gives, as written, and the title each is held as (本报记者 is the paper's
// reporter, the paper unnamed). Longer forms are tried first.
export const CREDIT_ROLES: ReadonlyArray<readonly [written: string, title: string]> = [
  ['责任编辑', '责任编辑'], ['稿件编辑', '编辑'], ['编辑', '编辑'], ['责编', '责编'], ['作者', '作者'], ['审核', '审核'], ['校对', '校对'],
  ['全媒体记者', '全媒体记者'], ['融媒体记者', '融媒体记者'], ['融媒记者', '融媒记者'], ['首席记者', '首席记者'], ['特约记者', '特约记者'],
  ['实习记者', '实习记者'], ['本报记者', '记者'], ['本网记者', '记者'], ['记者', '记者'], ['实习生', '实习生'], ['通讯员', '通讯员'],
  ['摄影', '摄影'], ['摄像', '摄像'],
];

// Labels whose value is the story's source: an outlet, sometimes a person or a place.
export const SOURCE_LABELS: readonly string[] = ['稿件来源', '信息来源', '文章来源', '来源'];

// What an outlet's name ends in (海南日报, 古田网, 大河客户端, 长子县融媒体中心).
export const MEDIA_ENDINGS: readonly string[] = [
  '日报社', '日报', '晚报', '都市报', '报社', '报', '新闻网', '网', '客户端', '电视台', '广播电视台', '融媒体中心', '在线', '新闻',
];

// 本报, 本网: the page's own outlet, which it does not name.
export const UNNAMED_OUTLETS: readonly string[] = ['本报', '本网', '本台'];
