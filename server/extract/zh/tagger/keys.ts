// An open-addressing map from 32-bit feature keys to dense row numbers. Keys are already
// well-mixed hashes (hash.ts), so the slot is the key's low bits and collisions probe linearly.
// Key and row sit side by side in one Int32Array, so a probe touches one cache line; 0 marks an
// empty slot, which is why feature keys are never 0.

export class KeyIndex {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** The row of a key, or -1. */
  get(key: number): number {
    const slots = this.slots,
      mask = this.mask;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const found = slots[2 * slot]!;
      if (found === key) return slots[2 * slot + 1]!;
      if (found === 0) return -1;
    }
  }

  /** The row of a key, giving it the next free row if it has none. */
  add(key: number): number {
    const row = this.get(key);
    if (row >= 0) return row;
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  /** Every key, in row order. */
  keysByRow(): Int32Array {
    const out = new Int32Array(this.size);
    for (let at = 0; at < this.slots.length; at += 2) if (this.slots[at]) out[this.slots[at + 1]!] = this.slots[at]!;
    return out;
  }

  private place(key: number, row: number): void {
    const slots = this.slots,
      mask = this.mask;
    let slot = key & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = row;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1; // twice the slots: old.length / 2 before, old.length now
    for (let at = 0; at < old.length; at += 2) if (old[at]) this.place(old[at]!, old[at + 1]!);
  }
}
