/**
 * "Exporteren": a button that opens the choice of format — "Markdown", "CSV", "CSV met
 * puntkomma's", "W3C Web Annotation", "Back-up" — and, when a search or filter narrows the list, of
 * everything or the current selection. Two CSVs because Excel in Dutch splits on semicolons and
 * Excel in English on commas; a line under the buttons says which is which. A disclosure (button +
 * group), so Tab and Enter are all a keyboard needs; Escape closes it and gives focus back to the
 * button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export';
import { msg, type WordKey } from '@/lib/ui/words';

/** Which notes to export. */
export type ExportScope = 'all' | 'shown';

/** Props of `ExportMenu`. */
export interface ExportMenuProps {
  total: number;
  shown: number;
  /** Whether a search or filter narrows the list: then "the current selection" is offered. */
  narrowed: boolean;
  busy: boolean;
  onExport: (format: ExportFormat, scope: ExportScope) => void;
}

const FORMAT_WORDS: Readonly<Record<ExportFormat, WordKey>> = {
  markdown: 'libraryExportMarkdown',
  csv: 'libraryExportCsv',
  'csv-semicolon': 'libraryExportCsvSemicolon',
  'web-annotation': 'libraryExportWebAnnotation',
  backup: 'libraryExportBackup',
};

/** The menu. */
export function ExportMenu({ total, shown, narrowed, busy, onExport }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>('all');
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement | HTMLButtonElement | null>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  useEffect(() => {
    if (!narrowed) setScope('all');
  }, [narrowed]);
  // A click elsewhere closes the menu (focus stays where the reader put it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node | null)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    close();
  };
  const chosen = narrowed ? scope : 'all';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the menu closes it; the controls inside are buttons.
    <div class="k-export" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls="k-export-choices"
        disabled={busy || total === 0}
        onClick={() => setOpen(!open)}
      >
        {msg('libraryExport')}
      </button>
      {open && (
        // biome-ignore lint/a11y/useSemanticElements: a popover of buttons, not a form's fieldset with a legend.
        <div id="k-export-choices" class="k-popover" role="group" aria-label={msg('libraryExport')}>
          {narrowed && (
            <fieldset>
              <legend>{msg('libraryExportScope')}</legend>
              <label>
                <input
                  type="radio"
                  name="k-export-scope"
                  ref={(el) => {
                    if (chosen === 'all') first.current = el;
                  }}
                  checked={chosen === 'all'}
                  onChange={() => setScope('all')}
                />
                {msg('libraryExportAll', total)}
              </label>
              <label>
                <input
                  type="radio"
                  name="k-export-scope"
                  ref={(el) => {
                    if (chosen === 'shown') first.current = el;
                  }}
                  checked={chosen === 'shown'}
                  disabled={shown === 0}
                  onChange={() => setScope('shown')}
                />
                {msg('libraryExportShown', shown)}
              </label>
            </fieldset>
          )}
          <div class="k-export-formats">
            {EXPORT_FORMATS.map((format, i) => (
              <button
                key={format}
                type="button"
                aria-describedby={format === 'csv' || format === 'csv-semicolon' ? 'k-export-csv-hint' : undefined}
                ref={(el) => {
                  if (!narrowed && i === 0) first.current = el;
                }}
                onClick={() => {
                  onExport(format, chosen);
                  close();
                }}
              >
                {msg(FORMAT_WORDS[format])}
              </button>
            ))}
          </div>
          <p id="k-export-csv-hint" class="k-muted k-export-hint">
            {msg('libraryExportCsvHint')}
          </p>
        </div>
      )}
    </div>
  );
}
