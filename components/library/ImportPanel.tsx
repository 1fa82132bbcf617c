/**
 * "Importeren": choose a backup, a W3C Web Annotation file or a Hypothesis file → it is read and
 * checked → a preview names the format it recognised and says what would happen (new, updated,
 * unchanged, invalid — each of the reader's notes it would replace by name, each invalid record
 * with its place in the file and why) → only "Importeren bevestigen" writes, all or nothing.
 * Problems with the file go to the page's `role="alert"` element; nothing is written until the
 * reader confirms.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCount, MAX_INVALID_KEPT, replacedLabel, summaryOf, type ImportChanges, type ImportPreview } from '@/lib/export';
import { msg } from '@/lib/ui/words';
import type { LibrarySource } from './library-source';

/** Invalid records listed in the preview: every one the import kept with its reasons; the rest are counted. */
export const INVALID_LISTED = MAX_INVALID_KEPT;

/** Notes the import would replace listed in the preview by name; the rest are counted. */
export const REPLACED_LISTED = 50;

/** Props of `ImportPanel`. */
export interface ImportPanelProps {
  source: LibrarySource;
  /** A problem in words, or null to clear the last one. */
  onError: (message: string | null) => void;
  /** The import was written. */
  onImported: (changes: ImportChanges) => void;
}

type Phase =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; fileName: string; preview: ImportPreview }
  | { step: 'applying'; fileName: string; preview: ImportPreview };

/** The button, the file input and the preview. */
export function ImportPanel({ source, onError, onImported }: ImportPanelProps) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const previewShown = phase.step === 'preview';
  useEffect(() => {
    if (previewShown) heading.current?.focus();
  }, [previewShown]);

  const choose = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    onError(null);
    setPhase({ step: 'reading' });
    const answer = await source.previewImport(file);
    if (!answer.ok) {
      setPhase({ step: 'idle' });
      onError(answer.error);
      button.current?.focus();
      return;
    }
    setPhase({ step: 'preview', fileName: file.name, preview: answer.value });
  };

  const finish = () => {
    setPhase({ step: 'idle' });
    button.current?.focus();
  };

  const confirm = async () => {
    if (phase.step !== 'preview') return;
    setPhase({ ...phase, step: 'applying' });
    const answer = await source.applyImport(phase.preview);
    if (!answer.ok) {
      setPhase({ ...phase, step: 'preview' });
      onError(answer.error);
      return;
    }
    finish();
    onImported(answer.value);
  };

  return (
    <div class="k-import">
      <button type="button" ref={button} disabled={phase.step !== 'idle'} onClick={() => input.current?.click()}>
        {msg('libraryImport')}
      </button>
      <input
        ref={input}
        type="file"
        class="k-visually-hidden"
        tabIndex={-1}
        aria-label={msg('libraryImportFile')}
        accept=".json,.jsonld,application/json,application/ld+json"
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      {phase.step === 'reading' && (
        <span class="k-muted" role="status">
          {msg('libraryImportReading')}
        </span>
      )}
      {(phase.step === 'preview' || phase.step === 'applying') && (
        <ImportPreviewView
          fileName={phase.fileName}
          preview={phase.preview}
          busy={phase.step === 'applying'}
          headingRef={heading}
          onConfirm={() => void confirm()}
          onCancel={finish}
        />
      )}
    </div>
  );
}

interface ImportPreviewViewProps {
  fileName: string;
  preview: ImportPreview;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement>;
  onConfirm: () => void;
  onCancel: () => void;
}

function ImportPreviewView({ fileName, preview, busy, headingRef, onConfirm, onCancel }: ImportPreviewViewProps) {
  const writes = preview.writes.notes.length + preview.writes.documents.length + preview.writes.drafts.length;
  const rows: Array<[string, { new: number; updated: number; unchanged: number; invalid: number }]> = [
    [msg('libraryHeading'), preview.notes],
    [msg('libraryImportDocuments'), preview.documents],
  ];
  const { drafts } = preview;
  if (drafts.new + drafts.updated + drafts.unchanged + drafts.invalid > 0) rows.push([msg('libraryImportDrafts'), drafts]);
  const listed = preview.invalid.slice(0, INVALID_LISTED);
  const unlisted = preview.invalid.length - listed.length + preview.invalidMore;
  const replaced = preview.replaced.slice(0, REPLACED_LISTED);
  return (
    <section class="k-import-preview k-popover" aria-labelledby="k-import-heading">
      <h2 id="k-import-heading" ref={headingRef} tabIndex={-1}>
        {msg('libraryImportPreview')}
      </h2>
      <p class="k-muted">{msg('libraryImportFileName', fileName)}</p>
      {preview.format && <p class="k-import-format">{preview.format}</p>}
      <p>{summaryOf(preview.notes)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{msg('libraryImportRecords')}</th>
            <th scope="col">{msg('libraryImportNew')}</th>
            <th scope="col">{msg('libraryImportUpdated')}</th>
            <th scope="col">{msg('libraryImportUnchanged')}</th>
            <th scope="col">{msg('libraryImportInvalid')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, counts]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{counts.new}</td>
              <td>{counts.updated}</td>
              <td>{counts.unchanged}</td>
              <td>{counts.invalid}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {replaced.length > 0 && (
        <>
          <h3>{msg('libraryImportReplacedList')}</h3>
          <ul class="k-replaced">
            {replaced.map((note) => (
              <li key={note.id}>{replacedLabel(note)}</li>
            ))}
            {preview.replaced.length > replaced.length && (
              <li>{msg('libraryImportMore', formatCount(preview.replaced.length - replaced.length))}</li>
            )}
          </ul>
        </>
      )}
      {listed.length > 0 && (
        <>
          <h3>{msg('libraryImportInvalidList')}</h3>
          <ul class="k-invalid">
            {listed.map((record) => (
              <li key={`${record.kind}-${record.index}`}>{record.message}</li>
            ))}
            {unlisted > 0 && <li>{msg('libraryImportMore', formatCount(unlisted))}</li>}
          </ul>
        </>
      )}
      {writes === 0 && <p>{msg('libraryImportNothing')}</p>}
      <div class="k-buttons">
        {writes > 0 && (
          <button type="button" disabled={busy} onClick={onConfirm}>
            {msg('libraryImportConfirm')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {writes > 0 ? msg('noteCancel') : msg('cardClose')}
        </button>
      </div>
    </section>
  );
}
