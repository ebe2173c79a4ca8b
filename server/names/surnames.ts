// Two-character family names: the name splits after them (欧阳娜娜 → Ouyang Nana). Kept to
// surnames in real use, so a given name that happens to start with these characters is rare.
export const DOUBLE_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙',
  '宇文', '司徒', '司空', '令狐', '夏侯', '端木', '独孤', '轩辕', '南宫', '西门',
  '百里', '呼延', '澹台', '公冶', '太叔', '申屠', '闻人', '万俟', '钟离', '宗政',
  '濮阳', '淳于', '单于', '赫连', '拓跋', '第五', '东郭', '公羊', '微生', '羊舌',
];
