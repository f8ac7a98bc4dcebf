import { condenseTrace } from '../../events/joiner.js';

/**
 * Airbyte protocol messages (https://docs.airbyte.com/understanding-airbyte/airbyte-protocol):
 * every line a connector writes is `{"type": T, <t>: {…}}`. The envelope hides what matters: a
 * `TRACE` error keeps its text in `message`, `internal_message` and `stack_trace`, and its own label
 * in `failure_type`; a `LOG` keeps a level and a message; a `RECORD` carries synced data, whose
 * fields (`status: "failed"`, `error: …`) must never be read as the line's own outcome. This view
 * turns each envelope into the plain shape the walker reads. The label is a signal, never the
 * answer: Airbyte files a 401 and a short-window rate limit both as `config_error`.
 */

/** Message types and the key of their payload. */
const PAYLOAD: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  TRACE: 'trace',
  LOG: 'log',
  RECORD: 'record',
  STATE: 'state',
  SPEC: 'spec',
  CATALOG: 'catalog',
  CONNECTION_STATUS: 'connectionStatus',
  CONTROL: 'control',
});

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** The plain view of an Airbyte protocol message, or null when the object is not one. */
export function airbyteView(o: Obj): Obj | null {
  const type = o.type;
  if (typeof type !== 'string') return null;
  const key = PAYLOAD[type];
  if (key === undefined) return null;
  const p = o[key];
  if (!isObj(p)) return null;
  switch (type) {
    case 'LOG': {
      const message = str(p.message);
      const view: Obj = { level: p.level, message: message !== undefined && message.indexOf('\n') !== -1 ? condenseTrace(message) : message };
      if (str(p.stack_trace) !== undefined) view.stack_trace = p.stack_trace;
      return view;
    }
    case 'TRACE': {
      const time = p.emitted_at;
      if (p.type !== 'ERROR' || !isObj(p.error)) return { level: 'debug', message: `Airbyte trace ${String(p.type)}`, time };
      const e = p.error;
      return {
        level: 'error',
        time,
        message: str(e.message),
        internal_message: str(e.internal_message),
        stack_trace: str(e.stack_trace),
        failure_type: str(e.failure_type) ?? 'error',
        stream: isObj(e.stream_descriptor) ? e.stream_descriptor.name : undefined,
      };
    }
    case 'CONNECTION_STATUS': {
      const ok = p.status === 'SUCCEEDED';
      return ok ? { level: 'info', message: 'connection check succeeded' } : { level: 'error', failure_type: 'connection_status_failed', message: str(p.message) ?? 'connection check failed' };
    }
    default:
      // RECORD, STATE, SPEC, CATALOG, CONTROL: data and bookkeeping, never an error of the sync.
      return { level: 'debug', message: `Airbyte ${type.toLowerCase()}` };
  }
}
