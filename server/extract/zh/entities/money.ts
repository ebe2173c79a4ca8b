import type { EntityTable } from '../../entities.ts';
import type { ChineseDocument } from '../document.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import { withoutQuotes } from '../text.ts';
import { parseInvestment } from './investment.ts';

// Where a project stands, in the words news reports use.
const STATUS = /(竣工投产|建成投产|投产发电|开工建设|正式启动|全部完成|已完成|在建|竣工|投产|贯通|试点)/;

// 签约…等项目22个，总投资达77.6亿元: an investment after a count of projects is their total, no one project's.
const AGGREGATE = /(?:[0-9一二三四五六七八九十百]+个(?:重点|重大)?项目|项目[0-9一二三四五六七八九十百]+个)[^。；]*?投资/;

/**
 * Gives each project the investment and status its sentence states. The project is the one the
 * sentence names, or (该项目, 该电站) the one the article named last.
 */
function moneyOfStory(read: readonly SentenceMentions[], entities: EntityTable): void {
  let last: string | undefined;
  for (const { sentence, projects } of read) {
    const named = projects[projects.length - 1];
    if (named) last = withoutQuotes(named.name);
    const project = last ? entities.find('PROJECT', last) : undefined;
    if (!project) continue;
    const money = AGGREGATE.test(sentence.text) ? undefined : parseInvestment(sentence.text);
    if (money && project.attrs.investment === undefined && (named || /该(?:项目|工程|电站|道路)/.test(sentence.text))) {
      project.attrs.investment = money.written;
      project.attrs.investmentYuan = money.yuan;
      if (money.approximate) project.attrs.investmentApproximate = true;
    }
    const status = named ? STATUS.exec(sentence.text) : undefined;
    if (status && project.attrs.status === undefined) project.attrs.status = status[1];
  }
}

/** Adds each project's `investment` and `status` where its story states them. */
export function attachMoney(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) moneyOfStory(story.mentions, story.entities);
  return doc;
}
