import type { ImportProblem } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn, testServer } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

const tag = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe('api > org > import', () => {
  it('imports departments and users from CSV all at once, and re-importing updates instead of duplicating', async () => {
    const admin = await signedIn('admin');
    const t = tag();
    const departmentsCsv = [
      'code,name,parent_code,name_en',
      // The child comes before its parent: order in the file does not matter.
      `lab-${t},"实验室, 一",school-${t},Lab One`,
      `school-${t},导入学院,university,Imported School`,
    ].join('\r\n');
    const usersCsv = [
      'username,display_name,department_code,identity,staff_no,title,phone,email,password',
      `imp-a-${t},导入甲,lab-${t},staff,S${t},"研究员 ""高级""",13700000000,a@example.edu,Imported@2026`,
      `imp-b-${t},导入乙,school-${t},undergraduate,,,,,Imported@2026`,
    ].join('\n');
    const first = await admin.org.importCsv({ departmentsCsv, usersCsv });
    expect(first).to.deep.equal({
      departments: { created: 2, updated: 0 },
      users: { created: 2, updated: 0 },
    });
    const { user } = await newClient().auth.login(`imp-a-${t}`, 'Imported@2026');
    expect(user.title).to.equal('研究员 "高级"');
    expect(user.department?.path).to.deep.equal(['示范大学', '导入学院', '实验室, 一']);
    // Same files again, with one rename and no password (keeps the old one).
    const again = await admin.org.importCsv({
      departmentsCsv: departmentsCsv.replace('导入学院', '导入学院（新）'),
      usersCsv: usersCsv.replace(/Imported@2026/g, ''),
    });
    expect(again).to.deep.equal({
      departments: { created: 0, updated: 2 },
      users: { created: 0, updated: 2 },
    });
    const relogin = await newClient().auth.login(`imp-b-${t}`, 'Imported@2026');
    expect(relogin.user.department?.name).to.equal('导入学院（新）');
  });

  it('accepts one file as a text/csv body, with a byte order mark', async () => {
    const admin = await signedIn('admin');
    const t = tag();
    const token = await admin.auth.createToken({ name: 'import script' });
    const response = await fetch(`${testServer().url}/api/org/import?kind=departments`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${token.token}` },
      body: `\ufeffcode,name\ncsv-${t},CSV 部门\n`,
    });
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({
      departments: { created: 1, updated: 0 },
      users: { created: 0, updated: 0 },
    });
  });

  it('refuses a file with problems as 400 IMPORT_INVALID naming line and column, importing nothing', async () => {
    const admin = await signedIn('admin');
    const t = tag();
    const err = await apiError(
      admin.org.importCsv({
        departmentsCsv: `code,name,parent_code\nok-${t},好的,\nbad-${t},,nowhere-${t}\nloop-a-${t},A,loop-b-${t}\nloop-b-${t},B,loop-a-${t}`,
        usersCsv: `username,display_name,department_code,identity,password\nnew-${t},新人,missing-${t},alien,\n`,
      }),
    );
    expect([err.status, err.code]).to.deep.equal([400, 'IMPORT_INVALID']);
    const problems = (err.details as ImportProblem[]).map((p) => `${p.file}:${p.line}:${p.column}`);
    expect(problems).to.include.members([
      'departments:3:name',
      'departments:3:parent_code',
      'departments:4:parent_code',
      'users:2:department_code',
      'users:2:identity',
      'users:2:password',
    ]);
    const tree = JSON.stringify((await admin.org.departments()).items);
    expect(tree).to.not.contain(`ok-${t}`);
  });

  it('refuses unknown columns, CSV syntax errors and a missing file', async () => {
    const admin = await signedIn('admin');
    const columns = await apiError(admin.org.importCsv({ departmentsCsv: 'code,name,colour\n' }));
    expect((columns.details as ImportProblem[])[0]).to.include({ line: 1, column: 'colour' });
    const syntax = await apiError(admin.org.importCsv({ usersCsv: 'username,display_name\n"open,x\n' }));
    expect(syntax.code).to.equal('IMPORT_INVALID');
    expect((syntax.details as ImportProblem[])[0]?.line).to.equal(2);
    expect((await apiError(admin.org.importCsv({}))).code).to.equal('VALIDATION_FAILED');
  });

  it('is for administrators only', async () => {
    expect((await apiError(newClient().org.importCsv({ departmentsCsv: 'code,name\n' }))).status).to.equal(
      401,
    );
    const staff = await signedIn('zhangsan');
    expect((await apiError(staff.org.importCsv({ departmentsCsv: 'code,name\n' }))).status).to.equal(403);
  });
});
