import { expect } from 'chai';
import { introLetterBaseline, legalPersonCertBaseline } from '../../src/processes';
import { act, applicantDoes, as, begin, ok, passed, pending, pendingNodes, refused } from './support';
import { validForms } from './valid-forms';

const letter = introLetterBaseline.definition;
const cert = legalPersonCertBaseline.definition;

describe('seal plugin > introduction letter', () => {
  const form = validForms['intro-letter'] as Record<string, unknown>;

  it('Given a letter application, When the department head approves, Then the office issues it with the date, and the number is left for the system', () => {
    let s = begin(letter, form);
    expect(pending(s)).to.deep.equal(['liyuan']);
    s = as(letter, s, 'liyuan', { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    expect(pendingNodes(s)).to.deep.equal(['issue']);
    expect(pending(s)).to.deep.equal(['sunbs']);
    refused(
      act(letter, s, 'sunbs', { type: 'complete', formPatch: { letterNo: '〔2026〕第0001号' } }),
      'FIELD_NOT_EDITABLE',
    );
    s = as(letter, s, 'sunbs', { type: 'complete', formPatch: { issuedAt: '2026-03-02' } });
    expect(s.status).to.equal('approved');
  });

  it('Given a returned letter, When the applicant resubmits a letter number themselves, Then FIELD_NOT_EDITABLE (the system numbers letters)', () => {
    const returned = as(letter, begin(letter, form), 'liyuan', { type: 'return', opinion: '退回' });
    refused(
      applicantDoes(letter, returned, { type: 'resubmit', formPatch: { letterNo: '〔2026〕第0009号' } }),
      'FIELD_NOT_EDITABLE',
    );
  });

  it('Given the department head rejects, Then no letter is issued', () => {
    const s = as(letter, begin(letter, form), 'liyuan', { type: 'reject', opinion: '事由不明确' });
    expect(s.status).to.equal('rejected');
    expect(passed(s)).to.not.include('issue');
  });

  it('Given a return, When the applicant resubmits a corrected receiving organisation, Then the head decides again', () => {
    let s = as(letter, begin(letter, form), 'liyuan', { type: 'return', opinion: '接收单位全称有误' });
    s = ok(
      applicantDoes(letter, s, {
        type: 'resubmit',
        formPatch: { receivingOrg: '某市人力资源和社会保障局人才中心' },
      }),
    );
    expect(pending(s)).to.deep.equal(['liyuan']);
  });

  it('Given a waiting case, When the applicant withdraws, Then it stops', () => {
    expect(ok(applicantDoes(letter, begin(letter, form), { type: 'withdraw' })).status).to.equal('withdrawn');
  });
});

describe('seal plugin > legal-person certificate use', () => {
  const copies = validForms['legal-person-cert'] as Record<string, unknown>;
  const lend = {
    ...copies,
    documents: ['certificate-original'],
    usage: ['lend'],
    borrowDate: '2026-03-03',
    returnDate: '2026-03-09',
  };
  const handed = {
    watermarkText: '仅供申报省自然科学基金项目使用',
    handedOverAt: '2026-03-03',
    handedCopies: 2,
  };

  it('Given copies only, When the head and the office approve, Then the office hands over with the purpose watermark and the case ends without the leader', () => {
    let s = begin(cert, copies);
    s = as(cert, s, 'liyuan', { type: 'approve' });
    s = as(cert, s, 'sunbs', { type: 'approve', formPatch: { officeReviewOpinion: '同意。' } });
    expect(pendingNodes(s)).to.deep.equal(['handover']);
    s = as(cert, s, 'sunbs', { type: 'complete', formPatch: handed });
    expect(s.status).to.equal('approved');
    expect(passed(s)).to.not.include.members(['leader', 'returnConfirm']);
  });

  it('Given an original lent, Then the leader in charge approves, the office hands over, and a return confirmation waits for the original', () => {
    let s = begin(cert, lend);
    s = as(cert, s, 'liyuan', { type: 'approve' });
    s = as(cert, s, 'sunbs', { type: 'approve' });
    expect(pendingNodes(s)).to.deep.equal(['leader']);
    expect(pending(s)).to.deep.equal(['zhoufx']);
    s = as(cert, s, 'zhoufx', { type: 'approve', formPatch: { leaderOpinion: '同意借出，按期归还。' } });
    s = as(cert, s, 'sunbs', { type: 'complete', formPatch: handed });
    expect(s.status).to.equal('running');
    expect(pendingNodes(s)).to.deep.equal(['returnConfirm']);
    s = as(cert, s, 'sunbs', {
      type: 'complete',
      formPatch: { returnedAt: '2026-03-08', returnNote: '原件完好' },
    });
    expect(s.status).to.equal('approved');
  });

  it('Given the return step, Then it carries a time limit with a reminder and names the return-date field', () => {
    const node = cert.flow.nodes.find((n) => n.id === 'returnConfirm');
    expect(node?.properties).to.include({ onTimeout: 'remind', dueDateField: 'returnDate' });
  });

  it('Given the leader refuses to lend the original, Then the case is rejected before any handover', () => {
    let s = as(cert, as(cert, begin(cert, lend), 'liyuan', { type: 'approve' }), 'sunbs', {
      type: 'approve',
    });
    s = as(cert, s, 'zhoufx', { type: 'reject', opinion: '原件不外借，请使用复印件' });
    expect(s.status).to.equal('rejected');
    expect(passed(s)).to.not.include('handover');
  });

  it('Given the office returns for a clearer purpose, When resubmitted, Then the office reviews again; the applicant may also withdraw', () => {
    let s = as(cert, as(cert, begin(cert, copies), 'liyuan', { type: 'approve' }), 'sunbs', {
      type: 'return',
      opinion: '请写明具体用途',
    });
    s = ok(
      applicantDoes(cert, s, {
        type: 'resubmit',
        formPatch: { purpose: '申报2026年度省自然科学基金重点项目' },
      }),
    );
    expect(pending(s)).to.deep.equal(['sunbs']);
    expect(ok(applicantDoes(cert, s, { type: 'withdraw' })).status).to.equal('withdrawn');
  });
});
