/**
 * The splitter on the docked panel's left edge (`role="separator"`): pressing Left and Right
 * (Shift for bigger steps, Home and End for the narrowest and widest) makes the panel wider or
 * narrower, and so does dragging it. A drag is followed by the page, not by this frame: the
 * pointer leaves the frame as soon as it moves left, and the page only hears it there (see
 * frames/panel-dock.ts). The content script places the panel, clamps the width and remembers it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PanelDockView } from '@/lib/messages/frame-protocol';
import { msg } from '@/lib/ui/words';

/** Props of `PanelSplitter`. */
export interface PanelSplitterProps {
  dock: PanelDockView;
  /** A key asked for `width`; `done`: remember it. */
  onResize: (width: number, done: boolean) => void;
  /** The splitter was pressed `grab` px from the panel's left edge: the page follows the drag. */
  onDrag: (grab: number) => void;
}

/** Pixels per arrow key press; with Shift four times as many. */
export const SPLITTER_STEP = 16;

/** The splitter; the panel's frame follows the width the content script gives it. */
export function PanelSplitter({ dock, onResize, onDrag }: PanelSplitterProps) {
  // The width last asked for: key presses faster than the content script's answers add up. An
  // answer to an earlier press, arriving after a later one, must not take the later one back.
  const width = useRef(dock.width);
  const asked = useRef<number[]>([]);
  useEffect(() => {
    const at = asked.current.indexOf(dock.width);
    asked.current = at < 0 ? [] : asked.current.slice(at + 1);
    if (asked.current.length === 0) width.current = dock.width;
  }, [dock.width]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 4 * SPLITTER_STEP : SPLITTER_STEP;
    const next =
      event.key === 'ArrowLeft'
        ? width.current + step
        : event.key === 'ArrowRight'
          ? width.current - step
          : event.key === 'Home'
            ? dock.min
            : event.key === 'End'
              ? dock.max
              : null;
    if (next === null) return;
    event.preventDefault();
    width.current = Math.round(Math.min(Math.max(next, dock.min), dock.max));
    asked.current.push(width.current);
    onResize(width.current, true);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !event.isTrusted) return;
    event.preventDefault();
    onDrag(Math.max(0, event.clientX));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused and moved; a focusable separator is the ARIA splitter
    <div
      class="panel-splitter"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={msg('panelResize')}
      aria-valuenow={dock.width}
      aria-valuemin={dock.min}
      aria-valuemax={dock.max}
      aria-valuetext={msg('panelResizeValue', dock.width)}
      title={msg('panelResize')}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
