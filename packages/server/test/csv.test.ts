import { expect } from 'chai';
import { CsvSyntaxError, parseCsv } from '../src/org/csv';

const fieldsOf = (text: string): string[][] => parseCsv(text).map((r) => r.fields);

function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return err;
    throw err;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('server > org > csv', () => {
  it('splits records on CRLF, LF or CR and fields on commas, with or without a final line end', () => {
    expect(fieldsOf('a,b\r\nc,d\r\n')).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fieldsOf('a,b\nc,d')).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fieldsOf('a\rb')).to.deep.equal([['a'], ['b']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf('a,,c,\n,')).to.deep.equal([
      ['a', '', 'c', ''],
      ['', ''],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const records = parseCsv('name,note\n"Li, Yuan","said ""yes""\nand left"\nnext,"x"\r\n');
    expect(records.map((r) => r.fields)).to.deep.equal([
      ['name', 'note'],
      ['Li, Yuan', 'said "yes"\nand left'],
      ['next', 'x'],
    ]);
    // A record is numbered by the line it starts on, so error messages point at the right place.
    expect(records.map((r) => r.line)).to.deep.equal([1, 2, 4]);
  });

  it('reads an empty quoted field as empty text', () => {
    expect(fieldsOf('"",a,""')).to.deep.equal([['', 'a', '']]);
  });

  it('drops a UTF-8 byte order mark and keeps Chinese text intact', () => {
    expect(fieldsOf('\ufeffcode,name\ncs,计算机学院\n')).to.deep.equal([
      ['code', 'name'],
      ['cs', '计算机学院'],
    ]);
  });

  it('skips blank lines but counts them in line numbers', () => {
    const records = parseCsv('a\n\n\r\nb\n');
    expect(records).to.deep.equal([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('keeps spaces around unquoted fields as they are', () => {
    expect(fieldsOf(' a , b ')).to.deep.equal([[' a ', ' b ']]);
  });

  it('refuses an unterminated quote, naming the line it opened on', () => {
    const err = syntaxError('a,b\nc,"never closed\nmore');
    expect(err.line).to.equal(2);
    expect(err.message).to.match(/unterminated/);
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(syntaxError('ok\nab"c').line).to.equal(2);
    expect(syntaxError('"ab"c,d').message).to.match(/after a closing quote/);
  });

  it('answers no records for empty input', () => {
    expect(parseCsv('')).to.deep.equal([]);
    expect(parseCsv('\ufeff')).to.deep.equal([]);
  });
});
