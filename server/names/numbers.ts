import { MEASURE_UNITS, MULTIPLIERS, ROUTE_CLASSES } from './glossary/measures.ts';

// Numbers written in digits inside a name, in the forms English sources use: a year stands alone
// (2023年 → 2023), an edition is an ordinal (第3届 → 3rd), a road takes its number after its class
// (42省道 → Provincial Highway 42), a quantity is a hyphenated modifier (5000万吨 → 50-million-ton).

export interface NumberMatch {
  en: string;
  length: number;
}

const alternatives = (list: ReadonlyArray<readonly [string, string]>) => list.map(([zh]) => zh).join('|');
const UNIT_EN = new Map(MEASURE_UNITS);
const ROUTE_EN = new Map(ROUTE_CLASSES);

const YEAR = /^((?:19|20)\d\d)年(?:度)?/;
const EDITION = /^第(\d+)(?:届|期|次)/;
const ROUTE = new RegExp(`^([A-Z]?\\d+)(${alternatives(ROUTE_CLASSES)})`);
const QUANTITY = new RegExp(`^(\\d+(?:\\.\\d+)?)([万亿])?(${alternatives(MEASURE_UNITS)})`);

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 50000000 → "50-million", 50000 → "50,000": the way English writes a count in front of a unit. */
function amount(value: number): string {
  for (const [size, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    const scaled = value / size;
    if (scaled >= 1 && Number.isInteger(scaled * 10)) return `${scaled}-${word}`;
  }
  return value.toLocaleString('en-US');
}

export function numberAt(text: string, i: number): NumberMatch | undefined {
  const rest = text.slice(i);
  const year = YEAR.exec(rest);
  if (year?.[1]) return { en: year[1], length: year[0].length };
  const edition = EDITION.exec(rest);
  if (edition?.[1]) return { en: ordinal(Number(edition[1])), length: edition[0].length };
  const route = ROUTE.exec(rest);
  if (route?.[1] && route[2]) return { en: `${ROUTE_EN.get(route[2])} ${route[1]}`, length: route[0].length };
  const quantity = QUANTITY.exec(rest);
  if (quantity?.[1] && quantity[3]) {
    const value = Number(quantity[1]) * (MULTIPLIERS[quantity[2] ?? ''] ?? 1);
    return { en: `${amount(value)}-${UNIT_EN.get(quantity[3])}`, length: quantity[0].length };
  }
  return undefined;
}
