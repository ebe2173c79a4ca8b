// What a news web page sets around its story: page chrome (navigation, tools, footers, lists of
// other stories, comment and forum widgets) and metadata labels (date, source, editor). The
// layout rules in page/chrome.ts and page/metadata.ts read these words; a line is chrome or
// metadata by its form, never by what a particular site calls things. Latin words are written in
// lower case: the rules compare them with the line lower-cased (APP, App and app alike).

// Words that open a breadcrumb trail (当前位置：首页 > 新闻 > 正文).
export const BREADCRUMB_LEADS: readonly string[] = [
  '当前位置', '您的位置', '您当前的位置', '您现在的位置', '你的位置', '你当前的位置', '你现在的位置', '所在位置', '当前所在位置', '现在位置',
];

// Phrases that only page tools and navigation use: a short line holding one is chrome
// (分享到：, 【字体：大 中 小】, 上一篇 下一篇, 返回顶部, 立即下载).
export const TOOL_PHRASES: readonly string[] = [
  '分享到', '分享至', '字体大小', '字号大小', '打印本页', '打印此页', '打印文章', '关闭窗口', '关闭本页', '上一篇', '下一篇', '上一版', '下一版',
  '上一条', '下一条', '返回顶部', '返回首页', '返回列表', '返回目录', '设为首页', '加入收藏', '收藏本站', '扫一扫', '版面导航', '标题导航',
  '立即下载', '下载app', 'app下载', '下载客户端', '客户端下载', '打开app', 'app内打开', '阅读全文', '展开全文', '点击查看', '热点查询',
  '热门搜索', '站内搜索', '网站地图', '我知道了', '内容详情', '手机扫码', '用手机看', '在手机打开', '无障碍浏览', '长者模式',
  '点击蓝字', '关注我们', '阅读原文', '分享让更多人看到',
];

// Words a tool bar is made of one by one (打印 关闭, 大 中 小, 简体 | 繁体): chrome where most
// items of a short line are these.
export const TOOL_WORDS: ReadonlySet<string> = new Set([
  '打印', '关闭', '收藏', '分享', '默认', '放大', '缩小', '大', '中', '小', '简体', '繁体', '手机站', '手机版', '首页', '确定', '取消',
  '登录', '注册', '更多', '返回', '评论', '点赞', '转发', '微信', '微博', '字号', '字体', '正文', '无障碍', '搜索', '订阅', '纠错',
  'rss', 'qq', 'qq空间', '保存', '保存为word', '×', '在看', '小字号', '中字号', '大字号',
]);

// What a site footer says: ownership and registration marks, anywhere in a short line
// (版权所有, 京ICP备…, ©), and labels of its sponsor and contact rows (主办单位：…, 技术支持：…).
// Such lines are chrome even where they name a body: the guideline does not annotate them. An
// address (地址：…) is left out: a story may give one, with the road it names.
export const FOOTER_MARKS: readonly string[] = [
  '版权所有', 'copyright', '©', 'all rights reserved', 'icp备', 'icp证', '公网安备', '网站标识码', '违法和不良信息举报',
  '关于我们', '联系我们', '网站声明', '备案号',
];
export const FOOTER_LABELS: readonly string[] = [
  '主办单位', '承办单位', '协办单位', '合作单位', '主管单位', '技术支持', '联系电话', '联系方式', '投稿邮箱', '电子邮箱', '举报电话',
  '举报邮箱', '主办', '承办', '协办', '主管',
];

// A body named as a site's sponsor in a footer is followed by these as a word of their own
// (枞阳融媒体中心 主办).
export const SPONSOR_WORDS: readonly string[] = ['主办', '承办', '协办', '主管'];

// Headers of lists of other stories (相关新闻, 推荐阅读 >>): the short lines under them are links.
// A header is these words alone, less counts, arrows and punctuation.
export const RELATED_HEADERS: readonly string[] = [
  '相关新闻', '相关阅读', '相关文章', '相关链接', '相关报道', '相关话题', '相关推荐', '推荐阅读', '延伸阅读', '热门推荐', '精彩推荐',
  '猜你喜欢', '往期回顾', '往期推荐', '更多新闻', '最新新闻', '热点新闻', '热门新闻', '新闻排行', '点击排行', '阅读排行', '热门文章',
  '最新文章', '大家都在看', '为您推荐', '图片新闻', '专题推荐', '热门排行', '排行榜',
];
// A list header may end in a link to the rest of the list (相关新闻 更多>>).
export const MORE_WORDS: readonly string[] = ['更多', 'more'];

// Comment widgets (评论 0人参与，0条评论, 最新评论, 参与讨论), likewise these words alone: what
// follows them is readers' talk and the widget's own buttons, not the story.
export const COMMENT_HEADERS: readonly string[] = [
  '评论一下', '发表评论', '我要评论', '网友评论', '最新评论', '最热评论', '热门评论', '全部评论', '参与讨论', '评论区', '写评论',
  '条评论', '人参与', '查看更多评论',
];

// A site's legal notice is headed by a short line naming its topic and ending in its kind
// (反侵权公告：, 版权声明): what follows is the notice.
export const NOTICE_TOPICS: readonly string[] = ['版权', '侵权', '免责', '转载'];
export const NOTICE_WORDS: readonly string[] = ['声明', '公告', '须知'];

// A forum post's header (楼主, 只看该作者) and its author's badges (积分 120 帖子 36). A page
// holding one is a forum's: the short line above a post's date or badges is its author's name.
export const FORUM_PHRASES: readonly string[] = [
  '楼主', '只看该作者', '只看他', '电梯直达', '倒序浏览', '使用道具', '显示全部楼层', '跳转到指定楼层', '回复本楼',
];
export const FORUM_BADGES: ReadonlySet<string> = new Set([
  '积分', '帖子', '主题', '精华', '金币', '威望', '贡献', '注册时间', '最后登录', '在线时间', '阅读权限', 'uid', '回复', '引用', '举报',
  '沙发', '板凳', '地板', '发消息', '加好友', '听众', '收听', '楼层',
]);

// A site's own name in its header: 某某新闻网, 某某在线, 某某客户端.
export const SITE_NAME_ENDINGS: readonly string[] = ['网', '在线', '平台', '客户端', '融媒', '频道'];

// A header's date widget (今天是 2024年5月16日 星期四).
export const DATE_WIDGET_LEADS: readonly string[] = ['今天是', '今日是'];

// Metadata labels: a line of these and their values (来源：X 编辑：Y 发布时间：…) is the article's
// metadata. 来源, 作者 and 编辑 lines name bodies and people the guideline annotates, so metadata
// lines are read; they are never a headline and never start a story.
export const METADATA_LABELS: readonly string[] = [
  '来源', '作者', '编辑', '责任编辑', '责编', '编审', '审核', '审校', '校对', '签发', '发布', '发布者', '发布人', '发布时间', '发布日期',
  '发布机构', '发表时间', '发表日期', '发表于', '更新时间', '时间', '日期', '浏览', '浏览量', '浏览次数', '点击', '点击数', '点击量', '阅读',
  '阅读量', '阅读数', '阅读次数', '查看数', '查看次数', '访问量', '字数', '本文字数', '栏目', '所属栏目', '信息来源', '稿件来源',
  '文章来源', '稿件编辑', '供稿', '供稿单位', '撰稿', '撰稿人', '索引号', '发文字号', '文号', '发文机关', '发文时间', '成文日期',
  '主题词', '主题分类', '分类', '标题', '原标题',
];

// Labels that give the story's headline as a value (原标题：…, an index table's 标题 row).
export const TITLE_LABELS: readonly string[] = ['原标题', '标题'];
