// Place endings the gazetteer does not list (villages, communities, roads, parks) and the level
// each gives. Longest endings are tried first.
export const PLACE_ENDINGS: ReadonlyArray<readonly [ending: string, level: string]> = [
  ['社区', 'community'], ['村', 'village'],
  ['工业园区', 'zone'], ['化工园区', 'zone'], ['产业园区', 'zone'], ['工业区', 'zone'], ['产业园', 'zone'], ['创业园', 'zone'],
  ['科技园', 'zone'], ['景区', 'other'], ['商务区', 'zone'], ['开发区', 'zone'], ['经开区', 'zone'], ['高新区', 'zone'], ['新区', 'zone'], ['园区', 'zone'], ['港区', 'zone'],
  ['口岸', 'zone'], ['新城', 'zone'], ['度假区', 'zone'], ['集聚区', 'zone'], ['保护区', 'zone'], ['工业园', 'zone'],
  ['森林公园', 'other'], ['湿地公园', 'other'], ['公园', 'other'], ['街区', 'other'], ['古镇', 'other'], ['小区', 'other'], ['半岛', 'other'],
];

// Road endings; a road is only read where the sentence then says where on it (…北侧, …交叉口).
export const ROAD_ENDINGS: readonly string[] = ['大道', '大街', '北路', '南路', '东路', '西路', '中路', '路', '街'];
export const ROAD_CONTEXT: readonly string[] = ['与', '某', '交叉口', '北侧', '南侧', '东侧', '西侧', '两侧', '沿线', '附近', '路口', '、', '一带', '以北', '以南', '以东', '以西', '段'];

// Words ending in a place ending that are not places: 全村, 示范村, 乡村, 园区 on its own.
export const GENERIC_PLACES: ReadonlySet<string> = new Set([
  '全村', '该村', '本村', '各村', '农村', '乡村', '新农村', '示范村', '先进村', '重点村', '村村', '行政村', '自然村', '美丽乡村', '中心村',
  '该社区', '本社区', '各社区', '全社区', '社区', '小区', '园区', '工业园区', '化工园区', '产业园区', '工业区', '产业园', '创业园',
  '开发区', '新区', '景区', '零碳社区', '和美乡村', '低碳社区', '老旧小区', '商务区', '示范区', '两个村',
  '道路', '线路', '思路', '出路', '销路', '马路', '公路', '乡道', '村道', '省道', '国道', '回家路', '新路', '铁路', '水路', '路',
]);

// Regions that are named areas without being administrative divisions, and the level they get:
// the macro-regions of national planning, and the state-level new area that is no division yet.
export const NAMED_REGIONS: ReadonlyArray<readonly [name: string, level: string, parent?: string]> = [
  ['京津冀', 'other'], ['长三角', 'other'], ['珠三角', 'other'], ['粤港澳大湾区', 'other'], ['成渝', 'other'],
  ['雄安新区', 'zone', '河北省'],
];

// A city's sub-centre (城市副中心) is a planning zone; written alone it is the page's own city's, as
// 区委 is the page's district's, and it is written out with that city's name (北京城市副中心).
// 副中心 alone is its short form, but not in 副中心城市 (a secondary city of a province).
export const SUB_CENTRE = '城市副中心';
export const SUB_CENTRE_SHORT = '副中心';

// A group of divisions named by direction and count (北三县, 东三省): a region of the place written before it.
export const DIVISION_GROUP = /[东西南北][二两三四五六七八九十][省市县区]/g;
