// Small readings of Chinese text that rules of every step share.

/** Whether a character is a Han character (CJK unified ideographs and extension A). */
export const isHan = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';

/** Whether a string is Han characters only. */
export const isAllHan = (s: string): boolean => /^[\u4e00-\u9fff]+$/.test(s);

/** A name without the quotation marks around its proper part (“红领金夕”攻坚项目 → 红领金夕攻坚项目): the key a name is known by. */
export const withoutQuotes = (name: string): string => name.replace(/[“”]/g, '');
