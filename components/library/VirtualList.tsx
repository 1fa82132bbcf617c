/**
 * A virtualised list: rows of known heights, of which only those in and near the viewport are in
 * the DOM (`lib/library/virtual-list.ts` does the arithmetic). The list keeps `aria-setsize` and
 * `aria-posinset` on its items, so assistive technology hears the whole length; rows just past
 * the viewport are drawn too, so Tab reaches them and the browser scrolls them in.
 */
import type { ComponentChild } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, scrollToReveal, visibleRange, type RowRange } from '@/lib/library/virtual-list';

/** Props of `VirtualList`. */
export interface VirtualListProps<R> {
  rows: readonly R[];
  /** Each row's height in CSS pixels: rows are drawn at exactly this height. */
  heightOf: (row: R) => number;
  keyOf: (row: R) => string;
  render: (row: R, index: number) => ComponentChild;
  /** The list's accessible name. */
  label: string;
  /** When this changes (a new search or filter), the list scrolls back to the top. */
  resetKey: string;
  /** A row to bring into view, by key, each time a new object is given; null for none. */
  reveal?: { key: string } | null;
  /** Pixels drawn beyond the viewport on each side. */
  overscan?: number;
  /** Extra attributes of the list element (e.g. `data-query` for the benchmark). */
  data?: Record<string, string>;
}

const sameRange = (a: RowRange, b: RowRange) => a.start === b.start && a.end === b.end;

/** The list. */
export function VirtualList<R>({
  rows,
  heightOf,
  keyOf,
  render,
  label,
  resetKey,
  reveal = null,
  overscan = 600,
  data = {},
}: VirtualListProps<R>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(() => ({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight }));
  const offsets = useMemo(() => rowOffsets(rows.map(heightOf)), [rows, heightOf]);
  const range = visibleRange(offsets, size.top, size.height, overscan);
  const rangeRef = useRef(range);
  rangeRef.current = range;

  // Scroll and resize only cause a render when the rows to draw change.
  const measure = () => {
    const el = viewport.current;
    if (!el) return;
    const next = { top: el.scrollTop, height: el.clientHeight || window.innerHeight };
    if (!sameRange(visibleRange(offsets, next.top, next.height, overscan), rangeRef.current) || next.height !== size.height) setSize(next);
  };

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => observer.disconnect();
  });

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    el.scrollTop = 0;
    setSize((s) => (s.top === 0 ? s : { ...s, top: 0 }));
  }, [resetKey]);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || reveal === null) return;
    const index = rows.findIndex((row) => keyOf(row) === reveal.key);
    if (index < 0) return;
    const top = scrollToReveal(offsets, index, el.scrollTop, el.clientHeight || size.height);
    if (top !== el.scrollTop) el.scrollTop = top;
    setSize((s) => (s.top === top ? s : { ...s, top }));
  }, [reveal]);

  const drawn: ComponentChild[] = [];
  for (let i = range.start; i < range.end; i++) {
    const row = rows[i] as R;
    drawn.push(
      <li
        key={keyOf(row)}
        class="k-vrow"
        style={{ top: `${offsets[i] ?? 0}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}
        aria-setsize={rows.length}
        aria-posinset={i + 1}
      >
        {render(row, i)}
      </li>,
    );
  }
  return (
    <div class="k-vlist" ref={viewport} onScroll={measure}>
      <ul class="k-vlist-rows" aria-label={label} style={{ height: `${offsets[rows.length] ?? 0}px` }} {...data}>
        {drawn}
      </ul>
    </div>
  );
}
