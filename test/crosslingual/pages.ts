// Chinese pages written for these tests: the stories the English fixtures (test/english/fixtures)
// report on in English, so their entities can be linked across the two languages.

/** Beijing's Tongzhou District: its Party secretary, its district head, two of its towns. */
export const BEIJING_TONGZHOU = `北京市通州区召开重点项目推进会

本报讯（记者 韩冬青）5月14日，通州区召开重点项目推进会。区委书记孟景伟出席会议并讲话。区委副书记、区长郑皓主持会议。
孟景伟强调，要加快潞城镇、张家湾镇重点项目建设。区政府各部门要做好服务保障。
`;

/** Nantong's Tongzhou District: one of its towns and a company there. */
export const NANTONG_TONGZHOU = `南通市通州区兴仁镇加快工业项目建设

本报讯（记者 周立新）南通市通州区兴仁镇加快推进工业项目建设。四方科技集团股份有限公司新建罐式集装箱项目总投资5亿元，目前主车间基础已完工。
`;

/** Jinyun County: its Party secretary and the pumped-storage station. */
export const JINYUN = `缙云县召开抽水蓄能电站建设推进会

本报讯（记者 叶青）1月17日，缙云县召开缙云抽水蓄能电站建设推进会。县委书记周建华出席会议并讲话。
周建华要求，方溪乡要按时完成征地拆迁工作。
`;
