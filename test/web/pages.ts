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
