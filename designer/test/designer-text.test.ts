import { expect } from 'chai';
import type { FlowGraph } from '@flowhall/schema';
import { FLOW_TEXT_EN, FLOW_TEXT_ZH, flowText } from '../src/flow-designer/flow-text';
import { FORM_TEXT_EN, FORM_TEXT_ZH, formText } from '../src/form-designer/form-text';
import { STANDARD_PALETTE } from '../src/components/palette';
import { PROBLEM_TEXT_CODES, problemText } from '../src/schema-ops/problem-text';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function expectEnglishFor(zh: Record<string, string>, en: Record<string, string>) {
  expect(Object.keys(en).sort()).to.deep.equal(Object.keys(zh).sort());
  for (const [key, text] of Object.entries(en)) {
    expect(text.trim(), key).to.not.equal('');
    expect(CJK.test(text), `${key}: ${text}`).to.equal(false);
    // The same placeholders in both languages.
    expect(text.match(/\{\w+\}/g) ?? [], key).to.deep.equal(zh[key].match(/\{\w+\}/g) ?? []);
  }
}

describe('designer > texts in Chinese and English', () => {
  it('every form designer text has an English one', () => {
    expectEnglishFor(FORM_TEXT_ZH, FORM_TEXT_EN);
  });

  it('every flow designer text has an English one', () => {
    expectEnglishFor(FLOW_TEXT_ZH, FLOW_TEXT_EN);
  });

  it('every palette entry has an English title', () => {
    for (const row of STANDARD_PALETTE) {
      expect(row.titleEn, row.name).to.be.a('string').and.not.equal('');
      expect(CJK.test(row.titleEn), row.name).to.equal(false);
    }
  });

  it('every flow problem has an English text naming the step', () => {
    expect(PROBLEM_TEXT_CODES.en.sort()).to.deep.equal(PROBLEM_TEXT_CODES.zh.sort());
    const flow: FlowGraph = {
      nodes: [{ id: 'n1', type: 'approval', properties: { name: '科室审核', assignees: [] } }],
      edges: [],
    };
    const problem = {
      code: 'NO_OUTGOING' as const,
      message: 'no outgoing',
      nodeId: 'n1',
      path: 'flow.nodes[0]',
    };
    expect(problemText(problem, flow)).to.equal('环节「科室审核」没有出口连线');
    expect(problemText(problem, flow, 'en-US')).to.equal('Step "科室审核" has no outgoing edge');
  });

  it('picks Chinese by default and fills placeholders', () => {
    expect(flowText('zh-CN')('mustFix', { count: 3 })).to.equal('发布前须修正以下 3 个问题：');
    expect(flowText('en-US')('mustFix', { count: 3 })).to.equal('Fix these 3 problem(s) before publishing:');
    expect(formText('zh-CN')('tabPreview')).to.equal('预览');
  });
});
