/**
 * A small CSV reader (RFC 4180): fields separated by commas, records by CRLF or LF, and fields
 * in double quotes that may hold commas, line breaks and doubled quotes (`"a ""b"", c"`).
 * Spreadsheet programs write this form when they save a sheet as CSV.
 */

/** One record, with the spreadsheet row it starts on (the first record is row 1). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

/** Thrown for text that is not CSV, with the row where the problem starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Splits `text` into records. A byte-order mark is dropped, and so are blank lines at the end.
 * A quote inside an unquoted field, or text after a closing quote, is an error.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records = [...readCsv(text)];
  // A saved sheet often ends with empty rows: they hold no data.
  while (records.length > 0 && records.at(-1)!.fields.every((value) => value === '')) records.pop();
  return records;
}

/** The records of `text` one by one, so a large table need not be held as a whole. */
export function* readCsv(text: string): Generator<CsvRecord> {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Whether the current field began with a quote, and whether that quote is still open.
  let quoted = false;
  let open = false;

  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = (): CsvRecord => {
    endField();
    const record = { row: recordLine, fields };
    fields = [];
    recordLine = line;
    return record;
  };

  while (i < source.length) {
    const char = source[i]!;
    if (open) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        open = false;
        i++;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(recordLine, `text after the closing quote of a field ("${next}")`);
        }
        continue;
      }
      if (char === '\n') line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (field !== '' || quoted)
        throw new CsvSyntaxError(recordLine, 'a quote inside a field that does not start with one');
      quoted = true;
      open = true;
      i++;
    } else if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      yield endRecord();
    } else {
      field += char;
      i++;
    }
  }
  if (open) throw new CsvSyntaxError(recordLine, 'a quoted field that is never closed');
  if (field !== '' || quoted || fields.length > 0) yield endRecord();
}
