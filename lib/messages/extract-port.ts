/**
 * The extraction streamed over a port: the content script connects as soon as it starts reading,
 * posts the page's text part by part while it reads (`part`), then what the page says about the
 * document (`end`); the background works on each part as it arrives (lib/extract/stream.ts) and
 * answers `end` with the packed actors, then the events (extract-port-protocol.ts), without the
 * citations: the page finds those itself meanwhile (StreamOptions in stream.ts). Sending the
 * text and extracting it happen while the page is still being read, not after the reading
 * (docs/performance.md).
 * A page's text is input from the web: every message is checked, the length bounded.
 */
import { createExtractionStream, type ExtractionStream } from '@/lib/extract/stream';
import { MAX_TEXT, validateExtractContext } from './extract-request';
import { EXTRACT_PORT, type ExtractPortAnswer } from './extract-port-protocol';
import { packActors } from './packed-extraction';
import { msg } from '@/lib/ui/words';
import { describeError } from './answer';
import type { PortLike } from './port-like';

export type { PortLike } from './port-like';

/**
 * Serves one port if it is an extraction port of this extension (`extensionId`): a stream per
 * port, dropped when the port closes. Ports of other names are left to their own listeners.
 */
export function answerExtractPort(port: PortLike, extensionId: string): void {
  if (port.name !== EXTRACT_PORT) return;
  if (port.sender?.id !== extensionId) {
    port.disconnect();
    return;
  }
  // The citations are the page's own (StreamOptions.references): the answer has none.
  let stream: ExtractionStream | null = createExtractionStream(0, { references: false });
  let length = 0;
  // Parts are worked on in a task of their own: the parts that arrived while the background was
  // busy go to the stream as one (it joins its text anew at each part, and its steps have a cost
  // per call), and none waits when it is idle.
  let pending: string[] = [];
  let scheduled = false;
  const fail = (error: string) => {
    stream = null;
    pending = [];
    port.postMessage({ ok: false, error } satisfies ExtractPortAnswer);
  };
  const flush = () => {
    scheduled = false;
    if (!stream || !pending.length) return;
    const text = pending.length === 1 ? (pending[0] as string) : pending.join('');
    pending = [];
    try {
      stream.push(text);
    } catch (error) {
      fail(msg('errorExtract', describeError(error)));
    }
  };
  port.onDisconnect.addListener(() => {
    stream = null;
    pending = [];
  });
  port.onMessage.addListener((message: unknown) => {
    if (!stream) return;
    const m = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
    try {
      if (m.type === 'part' && typeof m.text === 'string' && (length += m.text.length) <= MAX_TEXT) {
        pending.push(m.text);
        if (!scheduled) {
          scheduled = true;
          setTimeout(flush, 0);
        }
      } else if (m.type === 'end') {
        const context = validateExtractContext(m.context);
        if (!context) return fail(msg('errorExtractRequest'));
        flush();
        if (!stream) return; // a part failed
        const { events } = stream.finish(context, (actors) =>
          port.postMessage({ ok: true, actors: packActors(actors) } satisfies ExtractPortAnswer),
        );
        stream = null;
        port.postMessage({ ok: true, events } satisfies ExtractPortAnswer);
      } else fail(msg('errorExtractRequest'));
    } catch (error) {
      fail(msg('errorExtract', describeError(error)));
    }
  });
}
