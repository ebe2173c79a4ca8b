// Units and road classes written after a number in a name, as English sources give them: a
// quantity is a hyphenated modifier (5万吨 → 50,000-ton), a road takes its number after its class
// (42省道 → Provincial Highway 42); and the small numbers written in Chinese that count things.
export const MEASURE_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['吨级', 'ton-class'],
  ['吨', 'ton'],
  ['千瓦时', 'kWh'],
  ['千瓦', 'kW'],
  ['兆瓦', 'MW'],
  ['千伏', 'kV'],
  ['伏', 'volt'],
  ['平方公里', 'square-kilometer'],
  ['平方米', 'square-meter'],
  ['立方米', 'cubic-meter'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['米', 'meter'],
  ['亩', 'mu'],
  ['公顷', 'hectare'],
  ['元', 'yuan'],
];

export const ROUTE_CLASSES: ReadonlyArray<readonly [string, string]> = [
  ['国道', 'National Highway'],
  ['省道', 'Provincial Highway'],
  ['县道', 'County Road'],
  ['乡道', 'Township Road'],
  ['高速', 'Expressway'],
  ['号线', 'Line'],
];

/** Chinese multipliers written after digits (5000万 is fifty million). */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The numbers that count a few things of a kind (北三县, 两个维护), as English words. */
export const COUNTS: Readonly<Record<string, string>> = {
  二: 'Two', 两: 'Two', 三: 'Three', 四: 'Four', 五: 'Five', 六: 'Six', 七: 'Seven', 八: 'Eight', 九: 'Nine', 十: 'Ten',
};
