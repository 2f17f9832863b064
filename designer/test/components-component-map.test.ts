import { expect } from 'chai';
import { lookup, nestComponentMap } from '../src/components/component-map';
import { itemsFromValue, room, valueOf } from '../src/components/upload/upload-queue';

describe('designer > components > component map for Formily', () => {
  it('makes dotted names reachable the way Formily walks them', () => {
    const Column = () => null;
    const Table = Object.assign(() => null, { Column });
    const map = nestComponentMap([
      { name: 'ArrayTable', component: Table },
      { name: 'ArrayTable.Column', component: Column },
    ]);
    expect(lookup(map, 'ArrayTable')).to.equal(Table);
    expect(lookup(map, 'ArrayTable.Column')).to.equal(Column);
  });

  it('never writes a child onto a shared parent component', () => {
    const Input = () => 'input';
    const Password = () => null;
    const map = nestComponentMap<() => unknown>([
      { name: 'Input', component: Input },
      { name: 'Input.Password', component: Password },
    ]);
    expect(lookup(map, 'Input.Password')).to.equal(Password);
    expect((Input as unknown as Record<string, unknown>).Password).to.equal(undefined);
    expect((lookup(map, 'Input') as () => string)()).to.equal('input');
  });

  it('finds a child registered before its parent (a plugin adding Foo.Bar first)', () => {
    const Bar = () => null;
    const Foo = () => 'foo';
    const map = nestComponentMap<() => unknown>([
      { name: 'Foo.Bar', component: Bar },
      { name: 'Foo', component: Foo },
    ]);
    expect(lookup(map, 'Foo.Bar')).to.equal(Bar);
    expect((lookup(map, 'Foo') as () => string)()).to.equal('foo');
  });
});

describe('designer > components > upload field value', () => {
  it('keeps only stored files in the value, in the order shown', () => {
    const items = [
      { key: 'a', name: 'a.jpg', status: 'done' as const, id: 'f1' },
      { key: 'b', name: 'b.jpg', status: 'uploading' as const },
      { key: 'c', name: 'c.pdf', status: 'done' as const, id: 'f2' },
      { key: 'd', name: 'd.jpg', status: 'error' as const },
    ];
    expect(valueOf(items)).to.deep.equal(['f1', 'f2']);
    expect(room(items, 10)).to.equal(7);
    expect(room(items, 3)).to.equal(0);
  });

  it('labels ids from an earlier session by number and known ones by name', () => {
    const known = new Map([['f2', { name: '合同.pdf', mime: 'application/pdf' }]]);
    const items = itemsFromValue(['f1', 'f2'], known, (n) => `附件 ${n}`);
    expect(items.map((i) => i.name)).to.deep.equal(['附件 1', '合同.pdf']);
    expect(items[1].mime).to.equal('application/pdf');
  });
});
