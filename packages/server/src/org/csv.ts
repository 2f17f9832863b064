/** One CSV record and the line of the file it starts on (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses CSV as RFC 4180 describes it, plus what spreadsheets actually write: a UTF-8 byte order
 * mark, LF or CR line ends as well as CRLF, and no line end after the last record. Quoted fields
 * may hold commas, line breaks and doubled quotes (""). Blank lines are skipped. A quote inside an
 * unquoted field, or text after a closing quote, is a syntax error with its line, because a
 * silently misread row would import the wrong person.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  // Whether the current record has any content yet (a blank line has none and is skipped).
  let started = false;
  let i = 0;

  const endField = (): void => {
    fields.push(field);
    field = '';
  };
  const endRecord = (): void => {
    if (started) {
      endField();
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = '';
    started = false;
  };
  const lineBreakAt = (at: number): number => {
    if (input[at] === '\r') return input[at + 1] === '\n' ? 2 : 1;
    return input[at] === '\n' ? 1 : 0;
  };

  while (i < input.length) {
    const char = input[i] as string;
    if (!started) recordLine = line;
    if (char === '"' && field === '') {
      // A quote opens a quoted field only at the very start of a field. A quoted field: read to the closing quote, keeping commas and line breaks.
      started = true;
      const openedOn = line;
      i += 1;
      for (;;) {
        if (i >= input.length) throw new CsvSyntaxError(openedOn, 'unterminated quoted field');
        const c = input[i] as string;
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        const breakLength = lineBreakAt(i);
        if (breakLength > 0) {
          field += input.slice(i, i + breakLength);
          line += 1;
          i += breakLength;
          continue;
        }
        field += c;
        i += 1;
      }
      // After the closing quote only a separator or the end of the record may follow.
      const next = input[i];
      if (next === ',') {
        endField();
        i += 1;
      } else if (next === undefined) {
        // end of input: the record ends below
      } else if (lineBreakAt(i) > 0) {
        const breakLength = lineBreakAt(i);
        endRecord();
        line += 1;
        i += breakLength;
      } else {
        throw new CsvSyntaxError(line, 'unexpected text after a closing quote');
      }
      continue;
    }
    const breakLength = lineBreakAt(i);
    if (breakLength > 0) {
      endRecord();
      line += 1;
      i += breakLength;
      continue;
    }
    started = true;
    if (char === ',') {
      endField();
    } else if (char === '"') {
      throw new CsvSyntaxError(
        line,
        'a quote inside an unquoted field (quote the whole field and double the quote)',
      );
    } else {
      field += char;
    }
    i += 1;
  }
  endRecord();
  return records;
}
