// The truth for the held-out articles, decided by reading them before any run: each English
// name (the fullest form the article writes) is the Chinese entity named, with the Chinese page
// when two entities share that name, or null when no Chinese page names it.
// Provinces and bylines are left out: no Chinese page names a province.

/** The Chinese pages of ./pages.ts, by the source they are ingested under. */
export type ChinesePage = 'zh-nanjing-gulou.txt' | 'zh-fuzhou-gulou.txt' | 'zh-anji.txt' | 'zh-lankao.txt' | 'zh-changchun-chaoyang.txt';

/** [English article, English name, the Chinese entity it is (name, and the page naming it when two share the name), or null]. */
export const TRUTH: Array<[string, string, [string, ChinesePage?] | null]> = [
  ['wire-nanjing-mufu.txt', 'Gulou District', ['鼓楼区', 'zh-nanjing-gulou.txt']],
  ['wire-nanjing-mufu.txt', 'Nanjing', ['南京市']],
  ['wire-nanjing-mufu.txt', 'Mufu Innovation Town Phase II project', ['幕府创新小镇二期项目']],
  ['wire-nanjing-mufu.txt', 'Mufushan Subdistrict', ['幕府山街道']],
  ['wire-nanjing-mufu.txt', 'Han Lixin', ['韩立新']],
  ['wire-nanjing-mufu.txt', 'Nanjing Gulou Urban Construction Investment Co., Ltd.', ['南京鼓楼城市建设投资有限公司']],
  ['wire-nanjing-mufu.txt', 'Qian Sumei', ['钱素梅']],
  ['wire-nanjing-mufu.txt', "Gulou District People's Government", ['鼓楼区人民政府', 'zh-nanjing-gulou.txt']],
  ['wire-nanjing-mufu.txt', 'Hunan Road Subdistrict', ['湖南路街道']],
  ['wire-nanjing-mufu.txt', 'Jiangsu Kaiyuan Data Technology Co., Ltd.', null],

  // No dateline: only Hongshan Town, Wufeng and Gudong subdistricts and the last line say this is Fuzhou's Gulou.
  ['release-fuzhou-hongshan.txt', 'Hongshan Science and Technology Park Phase III project', ['洪山科技园三期项目']],
  ['release-fuzhou-hongshan.txt', 'Hongshan Town', ['洪山镇']],
  ['release-fuzhou-hongshan.txt', 'Zheng Minghui', ['郑明辉']],
  ['release-fuzhou-hongshan.txt', 'CPC Gulou District Committee', ['鼓楼区委', 'zh-fuzhou-gulou.txt']],
  ['release-fuzhou-hongshan.txt', 'Huang Wenbin', ['黄文彬']],
  ['release-fuzhou-hongshan.txt', 'Gulou District', ['鼓楼区', 'zh-fuzhou-gulou.txt']],
  ['release-fuzhou-hongshan.txt', 'Fuzhou Hongshan Park Development and Construction Co., Ltd.', ['福州洪山园开发建设有限公司']],
  ['release-fuzhou-hongshan.txt', "Gulou District People's Government", ['鼓楼区人民政府', 'zh-fuzhou-gulou.txt']],
  ['release-fuzhou-hongshan.txt', 'Wufeng Subdistrict', ['五凤街道']],
  ['release-fuzhou-hongshan.txt', 'Gudong Subdistrict', ['鼓东街道']],
  ['release-fuzhou-hongshan.txt', 'Fuzhou', ['福州市']],

  ['feature-anji-tea.txt', 'Tianzihu Town', ['天子湖镇']],
  ['feature-anji-tea.txt', 'Anji County', ['安吉县']],
  ['feature-anji-tea.txt', 'Wang Jianguo', ['王建国', 'zh-anji.txt']],
  ['feature-anji-tea.txt', 'Anji white tea deep-processing industrial park', ['安吉白茶精深加工产业园项目']],
  ['feature-anji-tea.txt', 'Zhejiang Xilong Tea Co., Ltd.', ['浙江溪龙茶业有限公司']],
  ['feature-anji-tea.txt', 'Yang Zhenyu', ['杨振宇']],
  ['feature-anji-tea.txt', 'Sun Lihua', ['孙丽华']],
  ['feature-anji-tea.txt', 'Anji County Development and Reform Bureau', ['安吉县发展和改革局']],
  ['feature-anji-tea.txt', "Anji County People's Government", ['安吉县人民政府']],
  ['feature-anji-tea.txt', 'Sophie Laurent', null],
  ['feature-anji-tea.txt', 'Beijing Mingqian Tea Trading Co., Ltd.', null],
  // Beijing's Chaoyang District; the only Chinese 朝阳区 is Changchun's.
  ['feature-anji-tea.txt', 'Chaoyang District', null],
  ['feature-anji-tea.txt', 'Beijing', null],
  // A researcher in Hangzhou, not Lankao's county head 刘伟.
  ['feature-anji-tea.txt', 'Liu Wei', null],
  ['feature-anji-tea.txt', 'Zhejiang University', null],

  ['wire-lankao-instruments.txt', 'Guyang musical instrument industrial park expansion project', ['堌阳民族乐器产业园扩建项目']],
  ['wire-lankao-instruments.txt', 'Lankao County', ['兰考县']],
  ['wire-lankao-instruments.txt', 'Wang Jianguo', ['王建国', 'zh-lankao.txt']],
  ['wire-lankao-instruments.txt', 'Lankao county government', ['兰考县人民政府']],
  ['wire-lankao-instruments.txt', 'Zhao Haifeng', ['赵海峰']],
  ['wire-lankao-instruments.txt', 'Liu Wei', ['刘伟']],
  ['wire-lankao-instruments.txt', 'Lankao County Development and Reform Commission', ['兰考县发展和改革委员会']],
  ['wire-lankao-instruments.txt', 'Guyang Town', ['堌阳镇']],
  ['wire-lankao-instruments.txt', 'Kaifeng City', ['开封市']],
  ['wire-lankao-instruments.txt', 'Henan Zhongyin Musical Instruments Co., Ltd.', ['河南中音乐器有限公司']],

  // A third Wang Jianguo, a grower in Shandong: nothing ties him to either Chinese 王建国.
  ['wire-shouguang-greenhouse.txt', 'Wang Jianguo', null],
  ['wire-shouguang-greenhouse.txt', 'Sunjiaji Subdistrict', null],
  ['wire-shouguang-greenhouse.txt', 'Shouguang City', null],
  ['wire-shouguang-greenhouse.txt', 'Van Dijk Greenhouse Systems B.V.', null],
  ['wire-shouguang-greenhouse.txt', 'Pieter van Dijk', null],
  ['wire-shouguang-greenhouse.txt', 'Shouguang Lvyuan Vegetable Cooperative', null],

  ['wire-changchun-chaoyang.txt', 'Chaoyang District', ['朝阳区']],
  ['wire-changchun-chaoyang.txt', 'Changchun', ['长春市']],
  ['wire-changchun-chaoyang.txt', 'Ma Guoqiang', ['马国强']],
  ['wire-changchun-chaoyang.txt', 'Yongchang Subdistrict', ['永昌街道']],
  ['wire-changchun-chaoyang.txt', 'Guilin Subdistrict', ['桂林街道']],
];
