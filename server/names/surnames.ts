// Two-character family names: the name splits after them (欧阳娜娜 → Ouyang Nana). Kept to
// surnames in real use, so a given name that happens to start with these characters is rare.
export const DOUBLE_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '令狐',
  '夏侯',
  '端木',
  '独孤',
  '轩辕',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '太叔',
  '申屠',
  '闻人',
  '万俟',
  '钟离',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '赫连',
  '拓跋',
  '第五',
  '东郭',
  '公羊',
  '微生',
  '羊舌',
];

// The hundred or so commonest single-character family names, which most people in China carry. A
// coined word before 工作室 that starts with one is likely its founder's name (崔柳 → Cui Liu); one
// starting with a rarer surname (童学, 乐享) is more often a brand.
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪' +
    '廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向汤',
);
