import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';
import { pdfText } from './helpers/pdf-text';

describe('api > cases > the case as a PDF (R26)', () => {
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let custodian: FlowhallClient;
  let stranger: FlowhallClient;
  let caseId: number;
  let serialNo: string;

  before(async () => {
    admin = await signedIn('admin');
    [applicant, head, custodian, stranger] = await Promise.all(
      ['zhangsan', 'liyuan', 'qianyg', 'hegj'].map((u) => signedIn(u)),
    );
    const key = await publish(admin, sealCheckDefinition(uniqueKey('pdf')));
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { bizType: '科研类', reason: '科研合同用印，第1项材料第2、3页', majorMatter: false, copies: 2 },
      submit: true,
    });
    caseId = submitted.id;
    serialNo = submitted.serialNo!;
    const headTask = (await head.cases.get(caseId)).myTasks[0]!;
    await head.cases.act(headTask.id, {
      type: 'approve',
      opinion: '同意用印。',
      formPatch: { headOpinion: '同意用印。' },
    });
    const handle = (await custodian.cases.get(caseId)).myTasks[0]!;
    await custodian.cases.act(handle.id, { type: 'complete', formPatch: { stampedCopies: 2 } });
  });

  it('given a finished case, the applicant downloads a PDF with the form, opinions, stamp, serial number and trace', async () => {
    await admin.cases.pdf(caseId); // the server's first PDF reads the 10 MB font once
    const started = Date.now();
    const file = await applicant.cases.pdf(caseId);
    expect(Date.now() - started).to.be.lessThan(1000);
    expect(file.contentType).to.equal('application/pdf');
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).to.equal('%PDF-');
    expect(file.contentDisposition).to.match(
      /^attachment; filename="[A-Za-z0-9._-]+\.pdf"; filename\*=UTF-8''/,
    );
    const utf8Name = decodeURIComponent(file.contentDisposition!.split("filename*=UTF-8''")[1]!);
    expect(utf8Name).to.equal(`部门用印审批（测试）-${serialNo}.pdf`);

    const text = pdfText(file.bytes);
    expect(text).to.include(serialNo);
    expect(text).to.include('部门用印审批（测试）');
    expect(text).to.include('已通过');
    // The form as the applicant may see it: labels and values, enum and boolean as words.
    expect(text).to.include('用印事由');
    expect(text).to.include('科研合同用印，第1项材料第2、3页');
    expect(text).to.include('是否三重一大事项');
    expect(text).to.include('否');
    // The applicant's view hides the head's opinion field, but the decision and opinion are printed.
    expect(text).to.not.include('部门负责人意见');
    expect(text).to.include('部门负责人审批：同意');
    expect(text).to.include('同意用印。');
    expect(text).to.include('李院长');
    // The head's step auto-stamps: the department's seal carries its name, one character at a time.
    expect(text.replace(/\n/g, '')).to.include('计算机学院');
    // The trace.
    expect(text).to.include('办理记录');
    expect(text).to.include('办理完成');
    expect(text).to.include('钱印管');
  });

  it('shows an approver with an open step the fields that step may see', async () => {
    const pending = await applicant.cases.copy(caseId);
    await applicant.cases.submit(pending.id);
    const text = pdfText((await head.cases.pdf(pending.id)).bytes);
    expect(text).to.include('部门负责人意见');
    expect(text).to.include('审批中');
    expect(pdfText((await applicant.cases.pdf(pending.id)).bytes)).to.not.include('部门负责人意见');
  });

  it('checks access like the case itself: 404 for people outside the case, 401 anonymous', async () => {
    expect(await apiError(stranger.cases.pdf(caseId))).to.include({ status: 404, code: 'CASE_NOT_FOUND' });
    expect((await apiError(newClient().cases.pdf(caseId))).status).to.equal(401);
    expect((await apiError(applicant.cases.pdf(987654321))).status).to.equal(404);
    const office = await admin.cases.pdf(caseId);
    expect(pdfText(office.bytes)).to.include(serialNo);
  });
});
