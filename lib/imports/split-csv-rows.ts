export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may span lines). */
  line: number;
  cells: string[];
  /** The row as it appeared in the file. */
  raw: string;
}

export type CsvDelimiter = "," | ";" | "\t" | "|";

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t", "|"];

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * An RFC 4180 reader that also tolerates what banks emit: unquoted fields, stray quotes
 * inside unquoted fields, CR, LF or CRLF line ends and a missing final newline. One linear
 * pass, so a 10 MB single line costs one pass and nothing more. Fields are cut out of the
 * text as slices (never built a character at a time), which keeps a 100,000-row file cheap.
 */
export function splitCsvRows(text: string, delimiter: CsvDelimiter): CsvRow[] {
  const rows: CsvRow[] = [];
  const separator = delimiter.charCodeAt(0);
  let cells: string[] = [];
  // The field so far is `field` (quoted parts already unescaped) plus text[runStart, i).
  let field = "";
  let runStart = 0;
  let inQuotes = false;
  let fieldStarted = false;
  let line = 1;
  let rowLine = 1;
  let rowStart = 0;
  const endField = (end: number): void => {
    cells.push((field + text.slice(runStart, end)).trim());
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += text.slice(runStart, i + 1);
          i += 1;
        } else {
          field += text.slice(runStart, i);
          inQuotes = false;
        }
        runStart = i + 1;
      } else if (ch === LF) {
        line += 1;
      }
      continue;
    }
    if (ch === QUOTE && !fieldStarted) {
      // Whitespace before an opening quote (", "a"" in PayPal exports) does not hide the quote.
      inQuotes = true;
      fieldStarted = true;
      field = text.slice(runStart, i);
      runStart = i + 1;
    } else if (ch === separator) {
      endField(i);
      runStart = i + 1;
    } else if (ch === LF || ch === CR) {
      endField(i);
      rows.push({ line: rowLine, cells, raw: text.slice(rowStart, i) });
      cells = [];
      if (ch === CR && text.charCodeAt(i + 1) === LF) i += 1;
      line += 1;
      rowLine = line;
      rowStart = i + 1;
      runStart = i + 1;
    } else if (ch !== SPACE) {
      fieldStarted = true;
    }
  }
  if (field.length > 0 || runStart < text.length || cells.length > 0) {
    endField(text.length);
    rows.push({ line: rowLine, cells, raw: text.slice(rowStart) });
  }
  return rows;
}

/**
 * Picks the delimiter that splits the first lines into the most consistent, widest rows.
 * Only the first 64 KB is examined, so a huge single line costs little.
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: CsvDelimiter = ",";
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const rows = splitCsvRows(sample, delimiter)
      .slice(0, 60)
      .filter((r) => r.cells.some((c) => c.length > 0));
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
    let modeWidth = 1;
    let modeRows = 0;
    for (const [width, count] of counts) {
      if (count > modeRows || (count === modeRows && width > modeWidth)) {
        modeWidth = width;
        modeRows = count;
      }
    }
    if (modeWidth < 2) continue;
    const score = modeRows * 100 + Math.min(modeWidth, 99);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
