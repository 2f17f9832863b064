import { expect } from 'chai';
import { sealAbolitionBaseline, sealEngravingBaseline } from '../../src/processes';
import { act, applicantDoes, as, begin, ok, passed, pending, pendingNodes, refused } from './support';
import { validForms } from './valid-forms';

const engraving = sealEngravingBaseline.definition;
const abolition = sealAbolitionBaseline.definition;
const engraved = {
  policeFilingNo: '公备〔2026〕0123',
  engraver: '某刻章公司',
  engravedAt: '2026-03-10',
  impressionImage: ['img-1'],
};

describe('seal plugin > seal engraving', () => {
  it('Given an application from the School of CS, When the unit head, the office and the leader in charge approve, Then the office engraves and the custodian activates the seal', () => {
    let s = begin(engraving, validForms['seal-engraving'] as Record<string, unknown>);
    expect(pending(s)).to.deep.equal(['liyuan']);
    s = as(engraving, s, 'liyuan', { type: 'approve', formPatch: { unitHeadOpinion: '同意。' } });
    expect(pending(s)).to.deep.equal(['sunbs']);
    s = as(engraving, s, 'sunbs', {
      type: 'approve',
      formPatch: { officeReviewOpinion: '印文与文件一致。' },
    });
    expect(pending(s)).to.deep.equal(['zhoufx']);
    s = as(engraving, s, 'zhoufx', { type: 'approve' });
    expect(pendingNodes(s)).to.deep.equal(['engrave']);
    refused(
      act(engraving, s, 'sunbs', { type: 'complete', formPatch: { activatedAt: '2026-03-11' } }),
      'FIELD_NOT_EDITABLE',
    );
    s = as(engraving, s, 'sunbs', { type: 'complete', formPatch: engraved });
    expect(pendingNodes(s)).to.deep.equal(['activate']);
    expect(pending(s)).to.deep.equal(['qianyg']);
    s = as(engraving, s, 'qianyg', { type: 'complete', formPatch: { activatedAt: '2026-03-11' } });
    expect(s.status).to.equal('approved');
    expect(s.form).to.include({ policeFilingNo: '公备〔2026〕0123', activatedAt: '2026-03-11' });
  });

  it("Given an applicant in a school's sub-office, Then the leader in charge of the parent school approves", () => {
    let s = begin(engraving, validForms['seal-engraving'] as Record<string, unknown>, {
      id: 'wangke',
      deptId: 'cs-general',
    });
    expect(pending(s)).to.deep.equal(['wangke']);
    s = as(engraving, s, 'wangke', { type: 'approve' });
    s = as(engraving, s, 'sunbs', { type: 'approve' });
    expect(pending(s)).to.deep.equal(['zhoufx']);
  });

  it('Given the office finds the seal name differs from the establishing document, When it returns, Then the applicant fixes it and the office reviews again', () => {
    let s = as(
      engraving,
      begin(engraving, validForms['seal-engraving'] as Record<string, unknown>),
      'liyuan',
      {
        type: 'approve',
      },
    );
    s = as(engraving, s, 'sunbs', { type: 'return', opinion: '印文与文件不一致' });
    expect(s.status).to.equal('returned');
    s = ok(
      applicantDoes(engraving, s, { type: 'resubmit', formPatch: { sealName: '示范大学人工智能研究院' } }),
    );
    expect(pending(s)).to.deep.equal(['sunbs']);
  });

  it('Given the leader in charge disagrees, When they reject, Then the case is rejected and nothing is engraved', () => {
    let s = as(
      engraving,
      begin(engraving, validForms['seal-engraving'] as Record<string, unknown>),
      'liyuan',
      {
        type: 'approve',
      },
    );
    s = as(engraving, s, 'sunbs', { type: 'approve' });
    s = as(engraving, s, 'zhoufx', { type: 'reject', opinion: '不同意' });
    expect(s.status).to.equal('rejected');
    expect(passed(s)).to.not.include('engrave');
  });

  it('Given a waiting case, When the applicant withdraws, Then it stops', () => {
    const s = begin(engraving, validForms['seal-engraving'] as Record<string, unknown>);
    expect(ok(applicantDoes(engraving, s, { type: 'withdraw' })).status).to.equal('withdrawn');
  });
});

describe('seal plugin > seal abolition', () => {
  const form = validForms['seal-abolition'] as Record<string, unknown>;
  const surrendered = {
    disposal: 'destroyed',
    disposedAt: '2026-04-02',
    policeDeregistrationNo: '公销〔2026〕0045',
  };

  it('Given a renamed school, When the unit head, the office and the leader approve, Then the custodian surrenders the seal and records the police de-registration', () => {
    let s = begin(abolition, form);
    s = as(abolition, s, 'liyuan', { type: 'approve' });
    s = as(abolition, s, 'sunbs', { type: 'approve' });
    s = as(abolition, s, 'zhoufx', { type: 'approve', formPatch: { leaderOpinion: '同意。' } });
    expect(pendingNodes(s)).to.deep.equal(['surrender']);
    expect(pending(s)).to.deep.equal(['qianyg']);
    s = as(abolition, s, 'qianyg', { type: 'complete', formPatch: surrendered });
    expect(s.status).to.equal('approved');
    expect(s.form.policeDeregistrationNo).to.equal('公销〔2026〕0045');
  });

  it('Given the unit head finds the wrong seal picked, When they return it, Then the resubmitted case comes back to them', () => {
    let s = as(abolition, begin(abolition, form), 'liyuan', { type: 'return', opinion: '印章选择有误' });
    s = ok(applicantDoes(abolition, s, { type: 'resubmit' }));
    expect(pending(s)).to.deep.equal(['liyuan']);
  });

  it('Given the office rejects, Then the case is rejected and the seal stays in use', () => {
    let s = as(abolition, begin(abolition, form), 'liyuan', { type: 'approve' });
    s = as(abolition, s, 'sunbs', { type: 'reject', opinion: '请先办理新印章刻制' });
    expect(s.status).to.equal('rejected');
    expect(passed(s)).to.not.include('surrender');
  });

  it('Given the applicant, When they try to write the surrender record, Then FIELD_NOT_EDITABLE', () => {
    const s = as(abolition, begin(abolition, form), 'liyuan', { type: 'return', opinion: '退回' });
    refused(
      applicantDoes(abolition, s, { type: 'resubmit', formPatch: { disposal: 'destroyed' } }),
      'FIELD_NOT_EDITABLE',
    );
  });

  it('Given a returned case, When the applicant withdraws, Then it stops', () => {
    const s = as(abolition, begin(abolition, form), 'liyuan', { type: 'return', opinion: '退回' });
    expect(ok(applicantDoes(abolition, s, { type: 'withdraw' })).status).to.equal('withdrawn');
  });
});
