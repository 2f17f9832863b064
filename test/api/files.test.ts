import { createClient, FlowhallClient, StoredFile } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn, testServer } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1');

/** A signed-in client that also keeps the last raw response (headers, bytes) for downloads. */
async function capturing(username: string): Promise<{ client: FlowhallClient; last: () => Response }> {
  let last: Response | undefined;
  const client = createClient({
    baseUrl: testServer().url,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      last = response.clone();
      return response;
    },
  });
  await client.auth.login(username, 'Flowhall@2026');
  return { client, last: () => last! };
}

const blob = (bytes: Buffer, type = 'application/octet-stream') =>
  new Blob([new Uint8Array(bytes)], { type });

describe('api > files', () => {
  it('stores uploads with their type sniffed from the content, not the name or Content-Type', async () => {
    const zhangsan = await signedIn('zhangsan');
    const stored = await zhangsan.files.upload([
      { blob: blob(PNG, 'application/pdf'), name: '身份证照片.jpg' },
      { blob: blob(PDF, 'image/png'), name: '申请表.pdf' },
      { blob: blob(Buffer.from('姓名,学号\n张三,1\n')), name: '名单.csv' },
    ]);
    expect(stored.map((f) => [f.name, f.mime, f.size])).to.deep.equal([
      ['身份证照片.jpg', 'image/png', PNG.length],
      ['申请表.pdf', 'application/pdf', PDF.length],
      ['名单.csv', 'text/csv; charset=utf-8', Buffer.byteLength('姓名,学号\n张三,1\n')],
    ]);
    for (const file of stored) expect(file.id).to.match(/^[0-9a-f]{32}$/);
  });

  it('serves images inline with their own type, and other files as downloads with the UTF-8 name', async () => {
    const { client, last } = await capturing('zhangsan');
    const [image, pdf] = await client.files.upload([
      { blob: blob(PNG), name: '照片.png' },
      { blob: blob(PDF), name: '申请表 "终稿".pdf' },
    ]);
    await client.request('GET', `/api/files/${image!.id}`);
    expect(last().headers.get('content-type')).to.equal('image/png');
    expect(last().headers.get('content-disposition')).to.match(/^inline; /);
    expect(last().headers.get('x-content-type-options')).to.equal('nosniff');
    expect(Buffer.from(await last().arrayBuffer()).equals(PNG)).to.equal(true);

    await client.request('GET', new URL(client.files.downloadUrl(pdf!.id)).pathname);
    expect(last().headers.get('content-type')).to.equal('application/pdf');
    const disposition = last().headers.get('content-disposition')!;
    expect(disposition).to.match(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).to.equal('申请表 "终稿".pdf');
    expect(Buffer.from(await last().arrayBuffer()).equals(PDF)).to.equal(true);
  });

  it('lets only the uploader and administrators download; others get 404 as if it did not exist', async () => {
    const { client: admin, last } = await capturing('admin');
    const [file] = await (
      await signedIn('zhangsan')
    ).files.upload([{ blob: blob(PDF), name: 'private.pdf' }]);
    const other = await apiError((await signedIn('lisi')).request('GET', `/api/files/${file!.id}`));
    expect([other.status, other.code]).to.deep.equal([404, 'FILE_NOT_FOUND']);
    const missing = await apiError((await signedIn('lisi')).request('GET', `/api/files/${'0'.repeat(32)}`));
    expect([missing.status, missing.code, missing.message]).to.deep.equal([
      404,
      'FILE_NOT_FOUND',
      other.message,
    ]);
    expect((await apiError((await signedIn('lisi')).request('GET', '/api/files/not-an-id'))).code).to.equal(
      'FILE_NOT_FOUND',
    );
    expect((await apiError(newClient().request('GET', `/api/files/${file!.id}`))).status).to.equal(401);
    await admin.request('GET', `/api/files/${file!.id}`);
    expect(last().status).to.equal(200);
  });

  it('refuses types it does not allow with 415 FILE_TYPE_NOT_ALLOWED naming the file, storing none of the upload', async () => {
    const zhangsan = await signedIn('zhangsan');
    const err = await apiError(
      zhangsan.files.upload([
        { blob: blob(PNG), name: 'ok.png' },
        { blob: blob(EXE, 'application/pdf'), name: '病毒.pdf' },
      ]),
    );
    expect([err.status, err.code]).to.deep.equal([415, 'FILE_TYPE_NOT_ALLOWED']);
    expect(err.message).to.contain('病毒.pdf');
    expect(err.details).to.deep.equal({ name: '病毒.pdf' });
    const svg = await apiError(
      zhangsan.files.upload([
        { blob: blob(Buffer.from('PK\x03\x04\x14\x00\x00\x00app.js', 'latin1')), name: 'a.docx' },
      ]),
    );
    expect(svg.code).to.equal('FILE_TYPE_NOT_ALLOWED');
    expect(
      (await apiError(zhangsan.files.upload([{ blob: blob(Buffer.alloc(0)), name: 'empty.txt' }]))).code,
    ).to.equal('FILE_EMPTY');
  });

  it('refuses more than 10 files per upload with 400 TOO_MANY_FILES, and uploads without files with NO_FILES', async () => {
    const zhangsan = await signedIn('zhangsan');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ blob: blob(PNG), name: `p${i}.png` }));
    const err = await apiError(zhangsan.files.upload(eleven, { field: 'photos' }));
    expect([err.status, err.code]).to.deep.equal([400, 'TOO_MANY_FILES']);
    expect((await zhangsan.files.upload(eleven.slice(0, 10), { field: 'photos' })).length).to.equal(10);
    const form = new FormData();
    form.append('note', 'no file here');
    expect((await apiError(zhangsan.request('POST', '/api/files', form))).code).to.equal('NO_FILES');
    expect((await apiError(zhangsan.request('POST', '/api/files', { not: 'multipart' }))).code).to.equal(
      'NO_FILES',
    );
    expect((await apiError(newClient().files.upload([{ blob: blob(PNG), name: 'a.png' }]))).status).to.equal(
      401,
    );
  });

  it('refuses a file over 20 MB with 413 FILE_TOO_LARGE naming it', async function () {
    this.timeout(60_000);
    const zhangsan = await signedIn('zhangsan');
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x61);
    const err = await apiError(zhangsan.files.upload([{ blob: blob(big), name: '大照片.txt' }]));
    expect([err.status, err.code]).to.deep.equal([413, 'FILE_TOO_LARGE']);
    expect(err.details).to.deep.equal({ name: '大照片.txt', maxMb: 20 });
    // Exactly the limit is fine.
    const [ok] = await zhangsan.files.upload([{ blob: blob(big.subarray(1)), name: 'limit.txt' }]);
    expect(ok!.size).to.equal(20 * 1024 * 1024);
  });

  it("shares a hall service's manual with everyone who may see the service, and no one else", async () => {
    const { client: admin } = await capturing('admin');
    const [manual] = await admin.files.upload([{ blob: blob(PDF), name: '办事指南.pdf' }]);
    const key = `manual-${Date.now().toString(36)}`;
    await admin.hall.createService({
      key,
      name: '带手册的事项',
      audience: ['staff'],
      attachments: [{ fileId: manual!.id, name: '办事指南.pdf' }],
    });
    expect((await admin.hall.service(key)).attachments).to.deep.equal([
      { fileId: manual!.id, name: '办事指南.pdf' },
    ]);
    const { client: staff, last } = await capturing('zhangsan');
    await staff.request('GET', `/api/files/${manual!.id}`);
    expect(last().status).to.equal(200);
    const student = await apiError((await signedIn('lisi')).request('GET', `/api/files/${manual!.id}`));
    expect(student.code).to.equal('FILE_NOT_FOUND');
    // Someone else's upload cannot be published through a service.
    const [theirs]: StoredFile[] = await (
      await signedIn('zhangsan')
    ).files.upload([{ blob: blob(PDF), name: 'mine.pdf' }]);
    const err = await apiError(
      admin.hall.updateService(key, { attachments: [{ fileId: theirs!.id, name: 'x.pdf' }] }),
    );
    expect([err.code, (err.details as Array<{ path: string }>)[0]!.path]).to.deep.equal([
      'VALIDATION_FAILED',
      'attachments[0].fileId',
    ]);
  });
});
