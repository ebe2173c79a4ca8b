// Provincial-level divisions by their short names, with the English that government sites use.
// Municipalities stand alone (北京市 → Beijing); autonomous regions keep their full title.
export interface ProvincialName {
  zh: string;
  en: string;
  /** Short forms that papers also write (内蒙 for 内蒙古). */
  variants?: string[];
}

const provinces = (names: ReadonlyArray<readonly [string, string]>): ProvincialName[] =>
  names.map(([zh, en]) => ({ zh, en: `${en} Province` }));

export const MUNICIPALITIES: ProvincialName[] = [
  { zh: '北京', en: 'Beijing' },
  { zh: '天津', en: 'Tianjin' },
  { zh: '上海', en: 'Shanghai' },
  { zh: '重庆', en: 'Chongqing' },
];

export const PROVINCES: ProvincialName[] = [
  ...provinces([
    ['河北', 'Hebei'], ['山西', 'Shanxi'], ['辽宁', 'Liaoning'], ['吉林', 'Jilin'], ['黑龙江', 'Heilongjiang'],
    ['江苏', 'Jiangsu'], ['浙江', 'Zhejiang'], ['安徽', 'Anhui'], ['福建', 'Fujian'], ['江西', 'Jiangxi'],
    ['山东', 'Shandong'], ['河南', 'Henan'], ['湖北', 'Hubei'], ['湖南', 'Hunan'], ['广东', 'Guangdong'],
    ['海南', 'Hainan'], ['四川', 'Sichuan'], ['贵州', 'Guizhou'], ['云南', 'Yunnan'], ['陕西', 'Shaanxi'],
    ['甘肃', 'Gansu'], ['青海', 'Qinghai'], ['台湾', 'Taiwan'],
  ]),
  { zh: '内蒙古', en: 'Inner Mongolia Autonomous Region', variants: ['内蒙'] },
  { zh: '广西', en: 'Guangxi Zhuang Autonomous Region' },
  { zh: '西藏', en: 'Xizang Autonomous Region' },
  { zh: '宁夏', en: 'Ningxia Hui Autonomous Region' },
  { zh: '新疆', en: 'Xinjiang Uygur Autonomous Region' },
  { zh: '香港', en: 'Hong Kong Special Administrative Region' },
  { zh: '澳门', en: 'Macao Special Administrative Region' },
];

/** The suffixes a provincial-level name may carry in full (浙江省, 广西壮族自治区). */
export const PROVINCIAL_SUFFIXES = ['省', '市', '壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '特别行政区'];
