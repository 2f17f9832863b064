import { expect } from 'chai';
import {
  legalPersonCertProblems,
  sealAbolitionProblems,
  sealFormProblems,
  sealUseProblems,
} from '../../src/rules';
import { validForms } from './valid-forms';

const sealUse = (patch: Record<string, unknown>) => ({ ...validForms['seal-use'], ...patch });
const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);
const seal = (sealType: string) => ({
  sealId: `s-${sealType}`,
  sealName: sealType,
  sealType,
  count: 1,
  positions: '末页',
});

describe('seal plugin > rules > seal use (R12, R20, R30-R32)', () => {
  it('Given a complete application, Then there is no problem', () => {
    expect(sealUseProblems(sealUse({}))).to.deep.equal([]);
  });

  it('Given the confidentiality commitment left unticked (false is not empty), Then CONFIDENTIALITY_REQUIRED (R12)', () => {
    expect(codes(sealUseProblems(sealUse({ confidentialityCommitment: false })))).to.deep.equal([
      'CONFIDENTIALITY_REQUIRED',
    ]);
  });

  it('Given the blank-paper promise missing, Then BLANK_PAPER_PROMISE_REQUIRED (R30)', () => {
    const problems = sealUseProblems(sealUse({ noBlankPaper: undefined }));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: 'noBlankPaper', code: 'BLANK_PAPER_PROMISE_REQUIRED' });
    expect(problems[0]?.message).to.match(/空白纸张.* \/ .*blank paper/);
  });

  it('Given no seal picked, Then SEALS_REQUIRED', () => {
    expect(codes(sealUseProblems(sealUse({ seals: [] })))).to.deep.equal(['SEALS_REQUIRED']);
  });

  it('Given a horizontal contract with a department seal, Then DEPT_SEAL_ON_CONTRACT at that seal (R32)', () => {
    const problems = sealUseProblems(
      sealUse({ horizontalContract: true, seals: [seal('contract'), seal('department')] }),
    );
    expect(problems).to.deep.equal([
      {
        path: 'seals[1].sealType',
        code: 'DEPT_SEAL_ON_CONTRACT',
        message:
          '合同一律不得加盖部门章，请申请使用学校公章或合同专用章 / a contract may not carry a department seal; use the university or contract seal',
      },
    ]);
  });

  it('Given a horizontal contract with a finance seal, Then SEAL_NOT_FOR_CONTRACT; with the official or contract seal, Then none', () => {
    expect(
      codes(sealUseProblems(sealUse({ horizontalContract: true, seals: [seal('finance')] }))),
    ).to.deep.equal(['SEAL_NOT_FOR_CONTRACT']);
    expect(
      sealUseProblems(sealUse({ horizontalContract: true, seals: [seal('official'), seal('contract')] })),
    ).to.deep.equal([]);
  });

  it('Given no contract, Then a department seal is fine', () => {
    expect(
      sealUseProblems(sealUse({ horizontalContract: false, seals: [seal('department')] })),
    ).to.deep.equal([]);
  });

  it('Given a name seal without its owner, Then NAME_SEAL_OWNER_REQUIRED; with the owner, Then none (R32)', () => {
    expect(codes(sealUseProblems(sealUse({ seals: [seal('name')] })))).to.deep.equal([
      'NAME_SEAL_OWNER_REQUIRED',
    ]);
    expect(sealUseProblems(sealUse({ seals: [seal('name')], nameSealOwner: 'zhenghq' }))).to.deep.equal([]);
  });

  it('Given the seal taken out without reason and return date, Then both are asked for (R20)', () => {
    expect(codes(sealUseProblems(sealUse({ takeOut: true })))).to.deep.equal([
      'TAKE_OUT_REASON_REQUIRED',
      'TAKE_OUT_RETURN_DATE_REQUIRED',
    ]);
    expect(
      sealUseProblems(
        sealUse({ takeOut: true, takeOutReason: '现场签约', expectedReturnDate: '2026-03-05' }),
      ),
    ).to.deep.equal([]);
  });

  it('Given garbage instead of a form, Then the rules report problems and never throw', () => {
    expect(() => sealUseProblems({ seals: 'x', horizontalContract: true } as never)).to.not.throw();
    expect(
      codes(sealUseProblems({ seals: [null, 3, { sealType: 7 }], horizontalContract: true })),
    ).to.include('SEALS_REQUIRED');
  });
});

describe('seal plugin > rules > other processes', () => {
  it('Given a lost seal surrendered without the loss notice, Then LOSS_NOTICE_REQUIRED', () => {
    const form = { ...validForms['seal-abolition'], surrenderMode: 'lost' };
    expect(codes(sealAbolitionProblems(form))).to.deep.equal(['LOSS_NOTICE_REQUIRED']);
    expect(sealAbolitionProblems({ ...form, lossNotice: ['f9'] })).to.deep.equal([]);
  });

  it('Given an original lent without dates or without an original picked, Then each is named', () => {
    const form = { ...validForms['legal-person-cert'], usage: ['lend'] };
    expect(codes(legalPersonCertProblems(form))).to.deep.equal([
      'ORIGINAL_REQUIRED_TO_LEND',
      'BORROW_DATE_REQUIRED',
      'RETURN_DATE_REQUIRED',
    ]);
    const lent = { ...form, documents: ['certificate-original'], borrowDate: '2026-03-02' };
    expect(codes(legalPersonCertProblems({ ...lent, returnDate: '2026-03-01' }))).to.deep.equal([
      'RETURN_BEFORE_BORROW',
    ]);
    expect(legalPersonCertProblems({ ...lent, returnDate: '2026-03-09' })).to.deep.equal([]);
  });

  it('Given each process key, Then sealFormProblems dispatches; the sample forms pass; an unknown key has no rules', () => {
    for (const [key, form] of Object.entries(validForms))
      expect(sealFormProblems(key, form), key).to.deep.equal([]);
    expect(codes(sealFormProblems('intro-letter', {}))).to.deep.equal(['CONFIDENTIALITY_REQUIRED']);
    expect(sealFormProblems('leave-request', {})).to.deep.equal([]);
  });
});

describe('seal plugin > rules > seal use > paths', () => {
  it('Given a broken row before a department seal on a contract, Then the path names the department seal row as the applicant sees it', () => {
    const problems = sealUseProblems(
      sealUse({ horizontalContract: true, seals: [null, seal('department')] }),
    );
    expect(problems.map((p) => p.path)).to.deep.equal(['seals[1].sealType']);
  });
});
