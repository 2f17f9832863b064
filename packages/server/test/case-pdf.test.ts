import { expect } from 'chai';
import { readFileSync } from 'fs';
import type { FormSchema } from '@flowhall/schema';
import { pdfText } from '../../../test/api/helpers/pdf-text';
import { renderCasePdf, type CasePdfModel } from '../src/pdf/case-pdf';
import { formLines } from '../src/pdf/pdf-form';

const SCHEMA = {
  type: 'object',
  properties: {
    grid: {
      type: 'void',
      'x-component': 'FormGrid',
      properties: {
        kind: {
          type: 'string',
          title: '用印类型',
          enum: [
            { label: '公章', value: 'official' },
            { label: '合同章', value: 'contract' },
          ],
        },
        urgent: { type: 'boolean', title: '是否加急' },
      },
    },
    contact: {
      type: 'object',
      title: '联系人',
      properties: { name: { type: 'string', title: '姓名' }, phone: { type: 'string', title: '电话' } },
    },
    items: {
      type: 'array',
      title: '用印明细',
      items: {
        type: 'object',
        properties: { doc: { type: 'string', title: '文件名称' }, copies: { type: 'number', title: '份数' } },
      },
    },
    secret: { type: 'string', title: '内部意见' },
  },
} as FormSchema;

const FORM = {
  kind: 'contract',
  urgent: true,
  contact: { name: '张三', phone: '13800000000' },
  items: [
    { doc: '科研合同', copies: 2 },
    { doc: '补充协议', copies: 1 },
  ],
  secret: '不该出现',
};

describe('server > pdf > the case on paper', () => {
  it('lays the form out as the reader may see it: option labels, 是/否, nested objects, tables; hidden fields left out', () => {
    const lines = formLines(SCHEMA, FORM, { secret: 'hidden' });
    expect(lines).to.deep.equal([
      { kind: 'field', label: '用印类型', value: '合同章' },
      { kind: 'field', label: '是否加急', value: '是' },
      { kind: 'field', label: '联系人 · 姓名', value: '张三' },
      { kind: 'field', label: '联系人 · 电话', value: '13800000000' },
      {
        kind: 'table',
        label: '用印明细',
        columns: ['文件名称', '份数'],
        rows: [
          ['科研合同', '2'],
          ['补充协议', '1'],
        ],
      },
    ]);
  });

  it('renders a long case (a table and 60 trace rows) with its text in under a second', async () => {
    const font = readFileSync(
      require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    );
    const model: CasePdfModel = {
      title: '用印申请',
      serialNo: 'SEAL-2026-00042',
      status: '已通过',
      applicant: '张三',
      submittedAt: '2026-12-01 09:00',
      finishedAt: '2026-12-02 10:00',
      lines: formLines(SCHEMA, FORM, {}),
      opinions: [
        {
          step: '部门负责人审批',
          approver: '李院长',
          action: '同意',
          opinion: '同意用印。',
          at: '2026-12-01 10:00',
          stamp: '计算机学院',
        },
      ],
      trace: Array.from({ length: 60 }, (_, i) => ({
        at: '2026-12-01 10:00',
        actor: '李四（代 王五）',
        action: '同意',
        step: `第${i}步`,
        opinion: '同意',
      })),
      printedAt: '2026-12-02 11:00',
    };
    await renderCasePdf(model, font); // the first document pays for parsing the font
    const started = Date.now();
    const pdf = await renderCasePdf(model, font);
    expect(Date.now() - started).to.be.lessThan(1000);
    const text = pdfText(pdf);
    expect(text).to.include('SEAL-2026-00042');
    expect(text).to.include('补充协议');
    expect(text).to.include('第59步');
    expect(text).to.include('李四（代 王五）');
  });
});
