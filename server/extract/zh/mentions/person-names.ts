import { isAllHan } from '../text.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../vocab/surnames.ts';
import { ANONYMISED_ENDINGS } from '../vocab/titles.ts';

/** The family name a written name starts with (欧阳 before 欧), or undefined. */
export function surnameOf(name: string): string | undefined {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound) return compound;
  return SINGLE_SURNAMES.has(name[0] ?? '') ? name[0] : undefined;
}

/** Whether a string reads as a full personal name: a surname and one or two given characters. */
export function isPersonName(name: string): boolean {
  const surname = surnameOf(name);
  if (!surname || !isAllHan(name)) return false;
  const given = name.length - surname.length;
  return given >= 1 && given <= 2 && !isAnonymised(name);
}

/** 陈某, 朱某某, 韩女士, 郭叔: a surname with a stand-in for the given name. */
export function isAnonymised(name: string): boolean {
  const surname = surnameOf(name);
  if (!surname) return false;
  return ANONYMISED_ENDINGS.some((ending) => name === surname + ending);
}
