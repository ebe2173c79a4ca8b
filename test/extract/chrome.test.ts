import { describe, expect, it } from 'vitest';
import { chineseDocument } from '../../server/extract/zh/document.ts';
import { readCanonicalText } from '../../server/extract/zh/page/canonical.ts';
import { findHomePlace } from '../../server/extract/zh/page/home.ts';
import { readLayout } from '../../server/extract/zh/page/layout.ts';
import { entitiesOf, extract } from './helpers.ts';

/** What the layout says each non-blank line of a page is, by its text. */
function kindsOf(text: string): Record<string, string> {
  const doc = readLayout(findHomePlace(readCanonicalText(chineseDocument(text))));
  return Object.fromEntries(doc.lines.map((line) => [text.slice(line.start, line.end), line.kind]));
}

const names = (text: string) => entitiesOf(extract(text)).map((e) => e.name);

// A county site's article page: header, breadcrumb, tools, headline, metadata, text, footer.
const WEB_PAGE = `云溪县人民政府网
首页 | 政务公开 | 乡镇动态 | 专题报道 | 互动交流
您的位置：首页 > 乡镇动态 > 正文
字号：大 中 小    打印    关闭窗口

青禾镇召开秋季防火工作部署会

发布时间：2024-10-08 09:30  来源：青禾镇人民政府  浏览量：128

10月8日，青禾镇召开秋季防火工作部署会，镇党委书记林向东出席会议并讲话。

会议要求，各村要落实巡山护林责任，严防野外用火。

分享到：微信 微博 QQ空间
上一篇：白沙乡开展冬季义诊活动
下一篇：松岭镇举办农民丰收节

相关新闻
松岭镇举办农民丰收节
白沙乡开展冬季义诊活动

主办单位：中共云溪县委办公室 承办单位：云溪县融媒体中心
版权所有 云溪县人民政府 备案号：滇ICP备12345678号
技术支持：云溪网络科技有限公司
`;

describe('page chrome', () => {
  it('breadcrumbs, navigation bars and tool bars are chrome', () => {
    const kinds = kindsOf(WEB_PAGE);
    expect(kinds['首页 | 政务公开 | 乡镇动态 | 专题报道 | 互动交流']).toBe('chrome');
    expect(kinds['您的位置：首页 > 乡镇动态 > 正文']).toBe('chrome');
    expect(kinds['字号：大 中 小    打印    关闭窗口']).toBe('chrome');
    expect(kinds['分享到：微信 微博 QQ空间']).toBe('chrome');
    expect(kinds['上一篇：白沙乡开展冬季义诊活动']).toBe('chrome');
  });

  it('the site name above a web article is chrome, its headline is a headline', () => {
    const kinds = kindsOf(WEB_PAGE);
    expect(kinds['云溪县人民政府网']).toBe('chrome');
    expect(kinds['青禾镇召开秋季防火工作部署会']).toBe('headline');
  });

  it('a metadata line is metadata, read but never a headline', () => {
    expect(kindsOf(WEB_PAGE)['发布时间：2024-10-08 09:30  来源：青禾镇人民政府  浏览量：128']).toBe('meta');
  });

  it('a web article behind its chrome is one story titled by its headline', () => {
    const page = extract(WEB_PAGE);
    expect(page.articles.map((a) => a.title)).toEqual(['青禾镇召开秋季防火工作部署会']);
    expect(names(WEB_PAGE)).toContain('林向东');
  });

  it('the links under a related-news header are neither headlines nor read', () => {
    const kinds = kindsOf(WEB_PAGE);
    expect(kinds['相关新闻']).toBe('chrome');
    expect(kinds['松岭镇举办农民丰收节']).toBe('chrome');
    expect(names(WEB_PAGE)).not.toContain('松岭镇');
  });

  it('copyright, sponsor and support footers are not read, even where they name bodies', () => {
    const found = names(WEB_PAGE);
    expect(found).not.toContain('云溪网络科技有限公司');
    expect(found).not.toContain('云溪县融媒体中心');
    const [story] = extract(WEB_PAGE).articles;
    expect(WEB_PAGE.slice(story!.start, story!.end)).not.toContain('版权所有');
  });

  it('a menu set one short item a line is chrome', () => {
    const kinds = kindsOf(
      `首页\n政务公开\n乡镇动态\n图片新闻\n互动交流\n青禾镇召开秋季防火工作部署会\n2024-10-08 来源：青禾镇人民政府\n10月8日，青禾镇召开秋季防火工作部署会，镇党委书记林向东出席会议并讲话。`,
    );
    expect(kinds['政务公开']).toBe('chrome');
    expect(kinds['图片新闻']).toBe('chrome');
    expect(kinds['青禾镇召开秋季防火工作部署会']).toBe('headline');
  });

  it('a related-news list above an article ends before the article’s headline', () => {
    const kinds = kindsOf(`推荐阅读
松岭镇举办农民丰收节
白沙乡开展冬季义诊活动
青禾镇召开秋季防火工作部署会
2024-10-08 来源：青禾镇人民政府
10月8日，青禾镇召开秋季防火工作部署会，镇党委书记林向东出席会议并讲话。`);
    expect(kinds['白沙乡开展冬季义诊活动']).toBe('chrome');
    expect(kinds['青禾镇召开秋季防火工作部署会']).toBe('headline');
  });

  it('all above a breadcrumb trail is the site’s header, the headline below it is not', () => {
    const kinds = kindsOf(`云溪县人民政府
当前位置：首页 > 政务公开 > 乡镇动态
白沙镇：多措并举推进冬季森林防火
日期：2024-01-05 15:32 来源：白沙镇 浏览次数：
入冬以来，白沙镇多措并举推进冬季森林防火工作，镇党委书记孙国庆带队深入各村检查防火措施落实情况。`);
    expect(kinds['云溪县人民政府']).toBe('chrome');
    expect(kinds['白沙镇：多措并举推进冬季森林防火']).toBe('headline');
  });

  it('a ranking list under the text is chrome, its links no headlines', () => {
    const page = `青禾县：以项目建设推动高质量发展
2024年01月05日08:21 | 来源：人民网－地方频道
1月4日，青禾县召开经济工作会议，县委书记王海峰出席会议并讲话，要求全力推进重点项目建设。
热门排行
松岭乡举办年货节
白沙镇开展冬春火灾防控工作
`;
    expect(kindsOf(page)['松岭乡举办年货节']).toBe('chrome');
    expect(names(page)).not.toContain('松岭乡');
  });

  it('a social-media post’s header with its date is metadata, its follow prompt chrome', () => {
    const kinds = kindsOf(`原创 云溪发布 2024-01-05 10:00 发表于云南
点击蓝字 关注我们

1月4日，青禾县召开经济工作会议，县委书记王海峰出席会议并讲话，要求全力推进重点项目建设。`);
    expect(kinds['原创 云溪发布 2024-01-05 10:00 发表于云南']).toBe('meta');
    expect(kinds['点击蓝字 关注我们']).toBe('chrome');
  });

  it('a comment widget and what follows it are chrome', () => {
    const page = `白沙乡开展冬季义诊活动

12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。

参与讨论
最新评论
赵明远
这样的活动多搞一些。
登录 | 注册
`;
    const kinds = kindsOf(page);
    expect(kinds['赵明远']).toBe('chrome');
    expect(kinds['这样的活动多搞一些。']).toBe('chrome');
    expect(names(page)).not.toContain('赵明远');
  });

  it('a headline that counts participants opens no comment widget: the stories below it are read', () => {
    const page = `三千余人参与义务植树

本报讯（记者 王建国）昨天，青禾镇三千余名干部群众在荒山义务植树。

白沙乡开展冬季义诊活动

本报讯（记者 周小燕）12月3日，白沙乡卫生院院长郑秋云带领医生走进各村开展义诊。
`;
    expect(Object.values(kindsOf(page))).not.toContain('chrome');
    expect(names(page)).toContain('郑秋云');
  });

  it('a forum post header and its author badges are chrome, the post is read', () => {
    const page = `王建华
楼主  发表于 2024-3-2 10:15  只看该作者
积分 320  帖子 58  主题 12

近日，赵家村党支部书记孙立平带领村民修通了进山的水泥路，大家都说好。
`;
    const kinds = kindsOf(page);
    expect(kinds['王建华']).toBe('chrome');
    expect(kinds['楼主  发表于 2024-3-2 10:15  只看该作者']).toBe('chrome');
    expect(kinds['积分 320  帖子 58  主题 12']).toBe('chrome');
    expect(names(page)).toContain('孙立平');
    expect(names(page)).not.toContain('王建华');
  });

  it('an app download prompt and a headline repeated as a picture caption are chrome', () => {
    const page = `立即下载
白沙乡开展冬季义诊活动
2024-12-03 10:20 来源：云溪融媒

白沙乡开展冬季义诊活动_picture_01

12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。
`;
    const kinds = kindsOf(page);
    expect(kinds['立即下载']).toBe('chrome');
    expect(kinds['白沙乡开展冬季义诊活动_picture_01']).toBe('chrome');
    expect(extract(page).articles.map((a) => a.title)).toEqual(['白沙乡开展冬季义诊活动']);
  });

  it('a legal notice after the text is chrome to the end of the page', () => {
    const page = `12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。
版权声明：
凡本网注明来源的作品，未经授权不得转载，违者追究法律责任，详情请联系云溪县融媒体中心。
`;
    expect(kindsOf(page)['凡本网注明来源的作品，未经授权不得转载，违者追究法律责任，详情请联系云溪县融媒体中心。']).toBe('chrome');
    expect(names(page)).not.toContain('云溪县融媒体中心');
  });

  it('a share bar between two paragraphs does not split the story', () => {
    const page = `白沙乡开展冬季义诊活动

12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。

分享到：微信 微博

义诊现场，卫生院院长郑秋云为村民讲解冬季保健知识。
`;
    expect(extract(page).articles).toHaveLength(1);
  });

  it('offsets stay exact through chrome: spans and mentions point at the page text', () => {
    const page = extract(WEB_PAGE);
    for (const article of page.articles) {
      for (const entity of article.entities) {
        for (const mention of entity.mentions) expect(WEB_PAGE.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
    const [story] = page.articles;
    expect(WEB_PAGE.slice(story!.start, story!.end).startsWith('青禾镇召开秋季防火工作部署会')).toBe(true);
  });

  it('a newspaper page without chrome keeps every line as it was', () => {
    const kinds = kindsOf(`永乐店镇举办农民丰收节活动

本报讯（记者 王建国）昨天，永乐店镇在镇文化广场举办农民丰收节。
`);
    expect(Object.values(kinds)).toEqual(['headline', 'opener']);
  });

  it('a > inside a headline (quoted markup) makes no breadcrumb', () => {
    const page = extract('白龙镇启动“<b>”工程\n\n本报讯（记者 罗晓峰）昨天，白龙镇启动工程。');
    expect(page.articles[0]?.title).toBe('白龙镇启动“<b>”工程');
  });
});
