// Checking records in slices: the main thread is given back between slices, and the outcome is
// the same as checking everything at once.
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, parseImport } from '@/lib/export';
import { eachInSlices } from '@/lib/export/slices';
import { passageNote } from '@/tests/unit/make-records';

// A time the import accepts (between 1990 and a day past now).
const AT = Date.UTC(2024, 0, 1);

describe('eachInSlices', () => {
  it('visits every item in order and yields between slices', async () => {
    const seen: number[] = [];
    const yieldTo = vi.fn(async () => {
      seen.push(-1);
    });
    await eachInSlices(
      Array.from({ length: 100 }, (_, i) => i),
      (item, index) => {
        expect(index).toBe(item);
        seen.push(item);
      },
      { sliceMs: -1, yieldTo },
    );
    expect(seen.filter((n) => n >= 0)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(yieldTo).toHaveBeenCalledTimes(3); // after items 31, 63 and 95
    expect(seen.indexOf(-1)).toBe(32);
  });

  it('never yields when told not to', async () => {
    let steps = 0;
    await eachInSlices(Array.from({ length: 1000 }), () => steps++, { sliceMs: -1, yieldTo: false });
    expect(steps).toBe(1000);
  });
});

describe('parseImport in slices', () => {
  it('gives the main thread back while checking 10,000 notes and reads the same as at once', async () => {
    const notes = Array.from({ length: 10_000 }, (_, i) =>
      passageNote(`cccccccc-0000-4000-8000-${String(i).padStart(12, '0')}`, `kst-${i % 500}-1`, { created: AT, updated: AT }),
    );
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, notes, documents: [], settings: {} });
    const yieldTo = vi.fn(() => Promise.resolve());
    const sliced = await parseImport(text, { sliceMs: -1, yieldTo });
    expect(yieldTo.mock.calls.length).toBeGreaterThanOrEqual(300);
    expect(sliced).toEqual(await parseImport(text, { yieldTo: false }));
    expect(sliced.ok && sliced.parsed.notes).toHaveLength(10_000);
  });
});
