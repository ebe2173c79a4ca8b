// Pages for the browser tests, written for them (names invented), ingested through the real
// extractor. Each says what it exercises.

/**
 * Two dated pages about one district secretary, 孟景伟: positions with titles (HOLDS_POSITION
 * evidence), projects with investments in two towns of Tongzhou (the place view's totals), and
 * two other officials each named with him in one article (a path between them, his timeline).
 */
export const PROJECT_PAGES = [
  `2024年3月5日 星期二

通州区推进重点项目建设

本报讯（记者 林晓东）昨天，通州区委书记孟景伟到宋庄镇调研宋庄艺术中心项目建设。该项目总投资12亿元，位于宋庄镇小堡村。宋庄镇党委书记王建国陪同调研。
`,
  `2024年6月18日 星期二

张家湾设计小镇项目开工

本报讯（记者 周雨桐）近日，张家湾设计小镇项目在张家湾镇开工，总投资8亿元。通州区委书记孟景伟出席开工仪式。张家湾镇镇长李红梅介绍了项目进展。
`,
];

/**
 * A story whose headline and text hold markup that would run if it were parsed as HTML: the
 * headline is the name the article's node is drawn with and listed under.
 */
export const HOSTILE_PAGE = `台湖镇启动“<img src=x onerror=window.__pwned=1>”工程

本报讯（记者 林晓东）昨天，台湖镇启动“<img src=x onerror=window.__pwned=1>”工程，总投资3亿元。台湖镇党委书记赵明<script>window.__pwned=2</script>出席。
`;

// ── Editing (test/web/editing.test.ts) ──────────────────────────────────────────────────────

/**
 * Two namesake pairs for the review queue: pages about two counties each, with no organisation
 * in common, so the graph keeps each pair apart as a candidate. 顾思齐 is 县长 in two counties of
 * Huzhou (a shared title and the same city: the stronger pair); 陶语桐 reports from two
 * counties of Jiaxing (the same city only).
 */
export const QUEUE_PAGES: ReadonlyArray<readonly [text: string, source: string]> = [
  ['长兴县召开常务会议\n\n本报讯 昨天，长兴县县长顾思齐主持召开县政府常务会议，研究部署经济工作。\n', 'queue-changxing.txt'],
  ['安吉县召开常务会议\n\n本报讯 昨天，安吉县县长顾思齐主持召开县政府常务会议，研究部署竹产业发展。\n', 'queue-anji.txt'],
  ['嘉善县召开工作会议\n\n本报讯（记者 陶语桐）昨天，魏塘街道召开工作会议。\n', 'queue-jiashan.txt'],
  ['海盐县召开工作会议\n\n本报讯（记者 陶语桐）昨天，武原街道召开工作会议。\n', 'queue-haiyan.txt'],
];

/**
 * Pages an analyst uploads from the browser: two plain-text pages and an HTML page (its script
 * and navigation must not reach the graph). Each names one official new to the graph, and each
 * its own reporter, so the uploads add no namesake pairs to the queue.
 */
export const UPLOAD_FILES: ReadonlyArray<{ name: string; text: string }> = [
  {
    name: 'tonglu-greenway.txt',
    text: '2024年9月2日 星期一\n\n桐庐县富春江绿道项目开工\n\n本报讯（记者 方知远）昨天，桐庐县富春江绿道项目在富春江镇开工，总投资3.6亿元。桐庐县县长钱书宁出席开工仪式。\n',
  },
  {
    name: 'chunan-road.txt',
    text: '2024年9月3日 星期二\n\n淳安县推进千岛湖环湖公路改造\n\n本报讯（记者 林若溪）近日，淳安县千岛湖环湖公路改造工程在千岛湖镇开工，总投资5亿元。淳安县委书记管云岚到现场调研。\n',
  },
  {
    name: 'fuyang-park.html',
    text: '<!doctype html><html><head><title>富阳新闻网</title><script>window.__pwned=3</script></head><body><nav>首页 | 新闻</nav><h1>富阳区银湖科创园项目签约</h1><p>本报讯（记者 严可）昨天，富阳区银湖街道银湖科创园项目签约，总投资12亿元。富阳区区长施清远出席签约仪式。</p></body></html>\n',
  },
];

/**
 * A page whose official an analyst renames (俞江帆 to 俞江凡) and whose position an analyst hides,
 * then a later version of it (the date in the text changed): re-ingesting it must keep both
 * corrections.
 */
export const CORRECTED_PAGE = {
  source: 'jiande-bridge.txt',
  text: '2024年5月8日 星期三\n\n建德市新安江大桥改造工程开工\n\n本报讯 近日，建德市新安江大桥改造工程在新安江街道开工，总投资2亿元。建德市市长俞江帆出席开工仪式。\n',
  edited:
    '2024年5月8日 星期三\n\n建德市新安江大桥改造工程开工\n\n本报讯 5月7日，建德市新安江大桥改造工程在新安江街道开工，总投资2亿元。建德市市长俞江帆出席开工仪式。\n',
};

/** A file whose name and text hold markup that would run if either were parsed as HTML. */
export const HOSTILE_FILE = {
  name: '<img src=x onerror=window.__pwned=1>.txt',
  text: '临安区启动“<img src=x onerror=window.__pwned=1>”行动\n\n本报讯 昨天，临安区启动“<img src=x onerror=window.__pwned=1>”行动。临安区区长卢<script>window.__pwned=2</script>出席。\n',
};
