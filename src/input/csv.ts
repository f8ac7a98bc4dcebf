import { Role, type KeyMap } from '../extract/keys.js';

/**
 * Per-record sync-log exports as CSV (DESIGN §3): Census / Fivetran Activations `sync_log`
 * (record_identifier, operation, status, status_message, batch_started_at…), Hightouch
 * `sync_changelog` (row_id, op_type, status, failure_reason…), RudderStack sync logs
 * (primary_key, operation, status, error_reason…). A header row names the columns; every
 * following row is a record.
 *
 * Hand-written rather than csv-parse, measured: a 200k-row Census-style export (46.7 MB; quoted
 * JSON payloads with doubled quotes, messages with commas and newlines) in 64 KiB chunks took
 * ~0.3 s here against ~2.4 s for csv-parse 7.0.3's stream with the `info`/`raw` this needs
 * (~1.5 s bare on Buffer chunks; 6.2.1 no faster), with identical values. csv-parse also cannot
 * cut an over-long record and resync (max_record_size throws), and gives a record's last line,
 * not its first.
 */

const QUOTE = 34;
const COMMA = 44;
const NL = 10;
const CR = 13;

/** The longest row kept, in characters: like MAX_LINE_CHARS for lines. */
export const MAX_CSV_ROW_CHARS = 1 << 20;

/** Column names: letters, digits, `_ . -` and spaces; empty allowed (a pandas index column). */
const NAME = /^[\p{L}\p{N}_.\- ]{0,64}$/u;
/** A header must name at least one of these. */
const STRONG = new Set<Role>([Role.RecordId, Role.Status, Role.Message, Role.CodeOrMessage, Role.Success]);
/** A longer first line is not a header (1,000 columns of 64 characters). */
const MAX_HEADER_CHARS = 65 * 1000;

/**
 * If `firstLine` (the first physical line of an input, BOM already stripped) is the header row of
 * a CSV export, its column names; else null. A header: comma-separated (quoted or bare) names, at
 * least 2 columns, no `{`, each name identifier-like (letters, digits, _ . - space, ≤ 64 chars),
 * and at least one column that keys.ts maps to a record id, status, message/error, or success role
 * and at least one more mapped column. A line of prose with commas must NOT pass.
 *
 * A name the key map knows only in another case or with spaces (Snowflake's `RECORD_IDENTIFIER`, a
 * UI's `Status Message`) is returned in the key map's spelling (`record_identifier`,
 * `status_message`), so a row's values can be read with the same key map as NDJSON.
 */
export function csvHeader(firstLine: string, keys: KeyMap): string[] | null {
  let line = firstLine;
  if (line.charCodeAt(line.length - 1) === CR) line = line.slice(0, -1);
  if (line.length > MAX_HEADER_CHARS || line.indexOf(',') === -1 || line.indexOf('{') !== -1) return null;
  const fields = splitRow(line);
  if (fields.length < 2) return null;
  let lower: Map<string, string> | null = null;
  const names: string[] = [];
  const mapped = new Set<string>();
  let strong = false;
  for (const field of fields) {
    let name = field.trim();
    if (!NAME.test(name)) return null;
    if (name !== '' && !keys.has(name)) {
      lower ??= lowerIndex(keys);
      const l = name.toLowerCase();
      name = lower.get(l) ?? lower.get(l.replace(/[ -]+/g, '_')) ?? name;
    }
    const role = keys.get(name);
    if (role !== undefined) {
      mapped.add(name);
      if (STRONG.has(role)) strong = true;
    }
    names.push(name);
  }
  return strong && mapped.size >= 2 ? names : null;
}

/** The key map's spellings by their lower case. */
function lowerIndex(keys: KeyMap): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of keys.keys()) {
    const l = k.toLowerCase();
    if (!m.has(l)) m.set(l, k);
  }
  return m;
}

/** The fields of one row, by the same rules as CsvReader. */
function splitRow(text: string): string[] {
  const out: string[] = [];
  fields(text, (_, v) => out.push(v));
  return out;
}

/**
 * Calls `put(column, value)` for each field of one row's text (no terminator). RFC 4180, lenient:
 * a quote opens a quoted field only at the start of a field; inside it `""` is a quote; text after
 * the closing quote, up to the next comma, is kept; an unterminated quote runs to the end.
 */
function fields(text: string, put: (col: number, v: string) => void): void {
  const len = text.length;
  let p = 0;
  for (let col = 0; ; col++) {
    let v: string;
    if (text.charCodeAt(p) === QUOTE) {
      v = '';
      let k = p + 1;
      for (;;) {
        const q = text.indexOf('"', k);
        if (q === -1) {
          v += text.slice(k);
          p = len;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          v += text.slice(k, q + 1);
          k = q + 2;
          continue;
        }
        v += text.slice(k, q);
        p = q + 1;
        break;
      }
      if (p < len && text.charCodeAt(p) !== COMMA) {
        const c = text.indexOf(',', p);
        const e = c === -1 ? len : c;
        v += text.slice(p, e);
        p = e;
      }
    } else {
      const c = text.indexOf(',', p);
      const e = c === -1 ? len : c;
      v = text.slice(p, e);
      p = e;
    }
    put(col, v);
    if (p >= len) return;
    p++; // the comma; a trailing comma gives one more, empty, field
  }
}

/** One data row: where it starts, how many physical lines it spans, its raw text (for samples), and its values keyed by column name (a null-prototype object, so a column named __proto__ or constructor is an ordinary name). */
export interface CsvRow {
  lineNo: number;
  physicalLines: number;
  raw: string;
  values: Record<string, string>;
}

/**
 * Incremental RFC 4180 reader: feed decoded text in arbitrary chunks (a quote or a CRLF may
 * straddle chunks); it calls onRow for each complete row. Quoted fields with commas, doubled quotes
 * and newlines; CRLF or LF; a blank line is a row with no values (still reported so the line is
 * counted); a row with more fields than the header keeps the extras under "_extra" joined; fewer
 * fields → missing columns absent. Bounded: a field or row longer than maxRowChars (default 1 MiB)
 * is cut, marked truncated, and the reader resyncs at the next newline outside quotes; an
 * unterminated quote at EOF ends the row. A column that repeats an earlier name keeps the first's
 * value.
 */
export class CsvReader {
  private readonly names: string[];
  private readonly dup: boolean[];
  private readonly max: number;
  private lineNo: number;
  /** Unconsumed text: the current row from rowStart; while skipping, one character before scan. */
  private buf = '';
  /** Where the current row starts in buf; -1 while skipping the rest of an over-long row. */
  private rowStart = 0;
  /** Where the search for the row's end resumes in buf. */
  private scan = 0;
  private inQuote = false;
  /** Newlines inside quotes in the current row so far. */
  private innerLines = 0;
  /** Cached positions of the next newline and quote at or after the scan (buf.length: none). */
  private nlAt = -1;
  private qAt = -1;
  /** While skipping: the kept prefix of the over-long row. */
  private kept: string | null = null;

  constructor(
    header: string[],
    private readonly onRow: (row: CsvRow & { truncated: boolean }) => void,
    opts: { firstLineNo?: number; maxRowChars?: number } = {},
  ) {
    this.names = header.slice();
    this.dup = header.map((n, i) => header.indexOf(n) < i);
    this.max = opts.maxRowChars ?? MAX_CSV_ROW_CHARS;
    this.lineNo = opts.firstLineNo ?? 1;
  }

  write(text: string): void {
    if (text.length === 0) return;
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.nlAt = this.qAt = -1;
    for (let n = this.rowEnd(); n !== -1; n = this.rowEnd()) this.endRow(n);
    // Keep only the unfinished row; past the bound, keep its prefix and skip the rest.
    const b = this.buf;
    if (this.kept === null && b.length - this.rowStart > this.max) {
      this.kept = b.slice(this.rowStart, this.rowStart + this.max);
      this.rowStart = -1;
    }
    const from = this.kept === null ? this.rowStart : Math.max(0, this.scan - 1);
    if (from > 0) {
      this.buf = b.slice(from);
      this.scan -= from;
      if (this.rowStart > 0) this.rowStart -= from;
    }
  }

  end(): void {
    const b = this.buf;
    let e = b.length;
    // The input's last newline ends the file even inside an unterminated quote: not one more line.
    if (this.inQuote && b.charCodeAt(e - 1) === NL) {
      e--;
      this.innerLines--;
    }
    if (b.charCodeAt(e - 1) === CR) e--;
    if (this.kept !== null) this.emit(this.kept, true);
    else if (this.rowStart < b.length) this.emitText(b.slice(this.rowStart, Math.max(this.rowStart, e)));
    this.buf = '';
    this.rowStart = this.scan = 0;
    this.inQuote = false;
    this.kept = null;
    this.innerLines = 0;
  }

  /** The index of the newline that ends the current row, or -1 when buf holds no row end yet. */
  private rowEnd(): number {
    const b = this.buf;
    let p = this.scan;
    for (;;) {
      if (this.inQuote) {
        let q = b.indexOf('"', p);
        if (q === -1) q = b.length;
        this.countNewlines(b, p, q);
        // No closing quote yet, or a quote at the very end (`""` or a close?): wait for more text.
        if (q + 1 >= b.length) {
          this.scan = q;
          return -1;
        }
        if (b.charCodeAt(q + 1) === QUOTE) p = q + 2;
        else {
          this.inQuote = false;
          p = q + 1;
        }
        continue;
      }
      if (this.nlAt < p) {
        const i = b.indexOf('\n', p);
        this.nlAt = i === -1 ? b.length : i;
      }
      if (this.qAt < p) {
        const i = b.indexOf('"', p);
        this.qAt = i === -1 ? b.length : i;
      }
      const n = this.nlAt;
      const q = this.qAt;
      if (n < q) return n;
      if (q === b.length) {
        this.scan = b.length;
        return -1;
      }
      // A quote opens a quoted field only at the start of a field; elsewhere it is a character.
      if (q === this.rowStart || b.charCodeAt(q - 1) === COMMA) this.inQuote = true;
      p = q + 1;
    }
  }

  /** Adds the newlines in b[from, to) to innerLines, through the cached next-newline position. */
  private countNewlines(b: string, from: number, to: number): void {
    let i = this.nlAt;
    if (i < from) {
      i = b.indexOf('\n', from);
      if (i === -1) i = b.length;
    }
    while (i < to) {
      this.innerLines++;
      i = b.indexOf('\n', i + 1);
      if (i === -1) i = b.length;
    }
    this.nlAt = i;
  }

  private endRow(n: number): void {
    const b = this.buf;
    if (this.kept !== null) this.emit(this.kept, true);
    else this.emitText(b.slice(this.rowStart, b.charCodeAt(n - 1) === CR && n > this.rowStart ? n - 1 : n));
    this.rowStart = this.scan = n + 1;
    this.kept = null;
    this.innerLines = 0;
  }

  private emitText(text: string): void {
    if (text.length > this.max) this.emit(text.slice(0, this.max), true);
    else this.emit(text, false);
  }

  private emit(raw: string, truncated: boolean): void {
    const physicalLines = this.innerLines + 1;
    const lineNo = this.lineNo;
    this.lineNo += physicalLines;
    const values: Record<string, string> = Object.create(null);
    if (raw.length > 0) {
      const { names, dup } = this;
      let extra: string | null = null;
      fields(raw, (col, v) => {
        if (col >= names.length) extra = extra === null ? v : `${extra},${v}`;
        else if (!dup[col] || !(names[col] in values)) values[names[col]] = v;
      });
      if (extra !== null) values._extra = extra;
    }
    this.onRow({ lineNo, physicalLines, raw, values, truncated });
  }
}

