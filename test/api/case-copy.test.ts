import { expect } from 'chai';
import { actOn, person, pickable, today, uploaded, type Person } from './seal-support';

/** A seal-use application whose materials table rows hold the given file ids. */
function application(
  seal: { id: string; name: string; sealType: string },
  materials: Array<{ name: string; files: string[]; copies: number }>,
): Record<string, unknown> {
  return {
    businessType: 'general',
    confidentialityCommitment: true,
    noBlankPaper: true,
    usingUnit: 'cs-school',
    responsiblePerson: '张三',
    responsibleMobile: '13800001001',
    handler: '张三',
    handlerMobile: '13800001001',
    materials,
    useDate: today(),
    primarySealType: 'official',
    seals: [{ sealId: seal.id, sealName: seal.name, sealType: seal.sealType, count: 1, positions: '第1页' }],
    authorisationLetter: false,
    horizontalContract: false,
    majorMatter: false,
    takeOut: false,
    reason: '应合作单位申请，证明其在我校具有真实的服务项目',
  };
}

describe('api > case copy > 再次申请 of a case with uploaded files', () => {
  let zhangsan: Person;
  let liyuan: Person;

  before(async () => {
    [zhangsan, liyuan] = await Promise.all(['zhangsan', 'liyuan'].map(person));
  });

  it('Given a submitted seal-use case whose materials rows hold files, When the applicant copies it, Then the draft keeps each row without its files and submits once new files are uploaded', async () => {
    const seal = await pickable(zhangsan, '示范大学', { type: 'official' });
    const original = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: application(seal, [
        { name: '校企合作证明', files: [await uploaded(zhangsan.client, '证明.png')], copies: 3 },
        { name: '合同', files: [await uploaded(zhangsan.client, '合同.png')], copies: 2 },
      ]),
      submit: true,
    });
    await actOn(liyuan, original.id, { type: 'reject', opinion: '材料不全。' });

    const copy = await zhangsan.client.cases.copy(original.id);
    expect(copy.status).to.equal('draft');
    const draft = (await zhangsan.client.cases.get(copy.id)).form;
    expect(draft.materials).to.deep.equal([
      { name: '校企合作证明', copies: 3 },
      { name: '合同', copies: 2 },
    ]);
    expect(draft.reason).to.equal('应合作单位申请，证明其在我校具有真实的服务项目');

    const fresh = await uploaded(zhangsan.client, '新证明.png');
    await zhangsan.client.cases.saveDraft(copy.id, {
      ...draft,
      materials: [{ name: '校企合作证明', files: [fresh], copies: 3 }],
    });
    const submitted = await zhangsan.client.cases.submit(copy.id);
    expect(submitted.status).to.equal('running');
    const view = await zhangsan.client.cases.get(copy.id);
    expect(view.form.materials).to.deep.equal([{ name: '校企合作证明', files: [fresh], copies: 3 }]);
    // The original keeps its own files.
    const before = (await zhangsan.client.cases.get(original.id)).form.materials as Array<{
      files: string[];
    }>;
    expect(before.map((row) => row.files.length)).to.deep.equal([1, 1]);
  });
});
