import { expect } from 'chai';
import { validateFormData, type FormSchema } from '../src';

const ID = 'a'.repeat(32);
const form: FormSchema = {
  type: 'object',
  properties: {
    signature: {
      type: 'string',
      title: '申请人签名',
      required: true,
      'x-decorator': 'FormItem',
      'x-component': 'Signature',
    },
  },
};
const options = (ids: string[]) => ({
  mode: 'submit' as const,
  isAcceptableFileId: (id: string) => ids.includes(id),
});
const codes = (data: unknown, ids: string[] = [ID]) =>
  validateFormData(form, data, options(ids)).map((p) => [p.path, p.code]);

describe('schema > form data > handwritten signature', () => {
  it('accepts the id of a stored file the applicant may use', () => {
    expect(codes({ signature: ID })).to.deep.equal([]);
  });

  it('refuses a file that is not acceptable, like an upload', () => {
    expect(codes({ signature: ID }, [])).to.deep.equal([['signature', 'FILE_REFERENCE']]);
  });

  it('holds one file id, not a list or an object', () => {
    expect(codes({ signature: [ID] })).to.deep.equal([['signature', 'TYPE']]);
    expect(codes({ signature: { id: ID } })).to.deep.equal([['signature', 'TYPE']]);
  });

  it('is required like any field when the form says so', () => {
    expect(codes({})).to.deep.equal([['signature', 'REQUIRED']]);
    expect(validateFormData(form, {}, { mode: 'draft' })).to.deep.equal([]);
  });
});
