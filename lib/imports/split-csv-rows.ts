export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may span lines). */
  line: number;
  cells: string[];
  /** The row as it appeared in the file. */
  raw: string;
}

export type CsvDelimiter = "," | ";" | "\t" | "|";

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t", "|"];

/**
 * An RFC 4180 reader that also tolerates what banks emit: unquoted fields, stray quotes
 * inside unquoted fields, CR, LF or CRLF line ends and a missing final newline. One linear
 * pass, so a 10 MB single line costs one pass and nothing more.
 */
export function splitCsvRows(text: string, delimiter: CsvDelimiter): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldStarted = false;
  let line = 1;
  let rowLine = 1;
  let rowStart = 0;
  const endRow = (end: number): void => {
    cells.push(field);
    rows.push({ line: rowLine, cells, raw: text.slice(rowStart, end) });
    cells = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === "\n") line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      cells.push(field);
      field = "";
      fieldStarted = false;
    } else if (ch === "\n" || ch === "\r") {
      endRow(i);
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      rowLine = line;
      rowStart = i + 1;
    } else {
      // Whitespace before an opening quote (", "a"" in PayPal exports) should not hide the quote.
      if (!(ch === " " && !fieldStarted && field.trim().length === 0)) fieldStarted = true;
      field += ch;
    }
  }
  if (field.length > 0 || cells.length > 0) endRow(text.length);
  return rows.map((row) => ({ ...row, cells: row.cells.map((c) => c.trim()) }));
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
