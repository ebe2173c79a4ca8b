// Chinese pages written for the held-out evaluation of cross-lingual linking. They name the
// officials, bodies, places and projects the English articles in ./articles report on.
// Traps: two 鼓楼区 (Nanjing, Jiangsu and Fuzhou, Fujian) each with its own 区委, 区人民政府 and
// 区委书记; two men named 王建国 (a town Party secretary in Anji, a vice county head in Lankao);
// Changchun's 朝阳区, while an English article names Beijing's.

/** Nanjing's Gulou District: its Party secretary and district head, two subdistricts, one project. */
export const NANJING_GULOU = `南京市鼓楼区召开幕府创新小镇建设推进会

本报讯（记者 顾晓静）3月11日，南京市鼓楼区召开幕府创新小镇二期项目建设推进会。区委书记韩立新出席会议并讲话，区委副书记、区长钱素梅主持会议。
幕府创新小镇二期项目位于幕府山街道，总投资28亿元，由南京鼓楼城市建设投资有限公司负责建设，计划2025年底建成。韩立新要求，鼓楼区发展和改革委员会、幕府山街道要倒排工期，确保项目按期交付。
钱素梅表示，鼓楼区人民政府将为入驻企业提供“一站式”服务。湖南路街道将同步推进老旧小区改造。
`;

/** Fuzhou's Gulou District: its own Party committee, government, secretary and head, a town, one project. */
export const FUZHOU_GULOU = `福州市鼓楼区洪山科技园三期项目开工

本报讯（记者 林秀芳）4月8日，福州市鼓楼区洪山科技园三期项目开工仪式在洪山镇举行。鼓楼区委书记郑明辉宣布项目开工，区委副书记、区长黄文彬致辞。
洪山科技园三期项目总投资15亿元，由福州洪山园开发建设有限公司投资建设，建成后预计引进数字经济企业200家。
郑明辉要求，鼓楼区人民政府各部门和洪山镇要强化服务保障，五凤街道、鼓东街道要做好项目周边交通组织。
`;

/** Anji County: its Party secretary, a vice county head, Tianzihu Town and its Party secretary 王建国, a tea project. */
export const ANJI = `安吉县天子湖镇签约白茶精深加工产业园项目

本报讯（记者 沈佳怡）6月5日，安吉县在天子湖镇举行重点项目集中签约仪式。县委书记杨振宇出席并讲话，副县长孙丽华主持签约仪式。
签约的安吉白茶精深加工产业园项目总投资12亿元，由浙江溪龙茶业有限公司投资建设，将建设白茶提取物生产线和冷链仓储中心。
天子湖镇党委书记王建国介绍，该镇已完成项目用地报批，将组建专班跟踪服务。安吉县发展和改革局表示，安吉县人民政府将对项目给予政策支持。
`;

/** Lankao County (Kaifeng): its Party secretary, county head, vice county head 王建国, Guyang Town and its instrument park. */
export const LANKAO = `兰考县堌阳镇民族乐器产业园扩建项目开工

本报讯（记者 李卫东）9月20日，开封市兰考县堌阳民族乐器产业园扩建项目开工。县委书记赵海峰出席开工仪式，县委副书记、县长刘伟主持仪式。
堌阳民族乐器产业园扩建项目总投资6.5亿元，由兰考县发展和改革委员会牵头推进，主要建设乐器生产车间、木材烘干中心和乐器展示交易中心。河南中音乐器有限公司等12家企业将入驻园区。
副县长王建国表示，兰考县人民政府将在用地、融资等方面支持入驻企业。
`;

/** Changchun's Chaoyang District: its district head and two subdistricts. */
export const CHANGCHUN_CHAOYANG = `长春市朝阳区启动老旧小区改造

本报讯（记者 高雪梅）5月9日，长春市朝阳区老旧小区改造工程启动。区长马国强在启动仪式上介绍，今年全区将改造老旧小区46个，总投资3.2亿元。
永昌街道、桂林街道的12个小区率先开工。
`;
