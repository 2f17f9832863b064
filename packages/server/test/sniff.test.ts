import { expect } from 'chai';
import { sniff, Utf8Check } from '../src/files/sniff';

const bytes = (...values: number[]): Buffer => Buffer.from(values);
const text = (content: string | Buffer): boolean => {
  const check = new Utf8Check();
  check.push(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  return check.end();
};
const of = (head: Buffer, name = 'upload.bin', tail = head) =>
  sniff({ head, tail, isText: text(head), name });

describe('server > files > sniffing the type from content', () => {
  it('recognises images by their magic bytes, whatever the name says', () => {
    expect(of(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'photo.png')?.mime).to.equal('image/jpeg');
    expect(of(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'x.jpg')?.mime).to.equal('image/png');
    expect(of(Buffer.from('GIF89a\x01\x00', 'latin1'))?.mime).to.equal('image/gif');
    expect(of(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))?.mime).to.equal('image/webp');
    const heic = Buffer.concat([bytes(0, 0, 0, 0x18), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    expect(of(heic)).to.deep.equal({ mime: 'image/heic', inline: true });
    const heif = Buffer.concat([bytes(0, 0, 0, 0x14), Buffer.from('ftypmif1\0\0\0\0mif1', 'latin1')]);
    expect(of(heif)?.mime).to.equal('image/heif');
  });

  it('recognises PDF, Office (zip and OLE) documents, and serves them as downloads', () => {
    expect(of(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'), 'a.txt')).to.deep.equal({
      mime: 'application/pdf',
      inline: false,
    });
    const zip = (names: string[]) =>
      Buffer.concat([
        bytes(0x50, 0x4b, 0x03, 0x04),
        ...names.map((n) => Buffer.from(`\0\0${n}\0`, 'latin1')),
      ]);
    expect(of(zip(['[Content_Types].xml', 'word/document.xml']))?.mime).to.contain('wordprocessingml');
    expect(of(zip(['[Content_Types].xml', 'xl/workbook.xml']))?.mime).to.contain('spreadsheetml');
    expect(of(zip(['[Content_Types].xml', 'ppt/presentation.xml']))?.mime).to.contain('presentationml');
    const ole = (stream: string) =>
      Buffer.concat([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), Buffer.from(stream, 'utf16le')]);
    expect(of(ole('WordDocument'), 'old.bin')?.mime).to.equal('application/msword');
    expect(of(ole('Workbook'), 'old.bin')?.mime).to.equal('application/vnd.ms-excel');
    expect(of(ole('Other'), 'sheet.xls')?.mime).to.equal('application/vnd.ms-excel');
  });

  it('accepts UTF-8 text (Chinese included) as text, and names .csv as CSV', () => {
    expect(of(Buffer.from('姓名,学号\n张三,2026001\n'), '名单.csv')?.mime).to.equal(
      'text/csv; charset=utf-8',
    );
    expect(of(Buffer.from('说明 readme'), 'readme.md')?.mime).to.equal('text/plain; charset=utf-8');
  });

  it('refuses what it does not know: zips that are not Office files, executables, binary, bad UTF-8', () => {
    expect(
      of(Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('\0\0app/main.js')]), 'a.docx'),
    ).to.equal(undefined);
    expect(of(Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), 'setup.pdf')).to.equal(undefined);
    expect(of(Buffer.from('\x7fELF\x02\x01', 'latin1'), 'a.txt')).to.equal(undefined);
    expect(of(bytes(0x68, 0x69, 0x00, 0x68), 'nul.txt')).to.equal(undefined);
    expect(of(bytes(0x68, 0xc3, 0x28), 'broken.txt')).to.equal(undefined);
    expect(of(Buffer.alloc(0), 'empty.txt')).to.equal(undefined);
  });

  it('checks UTF-8 across chunk boundaries, and refuses a sequence cut off at the end', () => {
    const word = Buffer.from('汉字');
    const check = new Utf8Check();
    check.push(word.subarray(0, 2));
    check.push(word.subarray(2));
    expect(check.end()).to.equal(true);
    const cut = new Utf8Check();
    cut.push(word.subarray(0, 4));
    expect(cut.end()).to.equal(false);
  });
});
