import type { FormSchema } from '@flowhall/schema';
import { approvalNode, editable, edges, endNode, handleNode, hidden, layout, startNode } from './flow-parts';
import {
  card,
  CLASSIFIED_NOTICE,
  confidentiality,
  count,
  date,
  department,
  mobile,
  opinion,
  options,
  select,
  table,
  text,
  textArea,
  wide,
} from './form-parts';
import type { ProcessBaseline } from './types';

const ISSUE_FIELDS = ['issuedAt', 'issueNote'] as const;

/** Node ids the server hooks on: entering `issue` draws the letter number (〔2026〕第0001号). */
export const INTRO_LETTER_NODES = { deptHead: 'deptHead', issue: 'issue' } as const;

export const LETTER_TYPES = options([
  ['liaison', '工作联系介绍信'],
  ['visit', '考察调研介绍信'],
  ['investigation', '外调（调档）介绍信'],
  ['other', '其他'],
]);

export const introLetterForm: FormSchema = {
  type: 'object',
  properties: {
    commitments: card('承诺', { confidentialityCommitment: wide(confidentiality()) }, 1),
    letter: card('介绍信内容', {
      letterType: select('介绍信类型', LETTER_TYPES, { required: true }),
      applyingUnit: department('申请单位', { required: true }),
      receivingOrg: wide(
        text('接收单位', { required: true, placeholder: '例：××市人力资源和社会保障局', maxLength: 100 }),
      ),
      persons: wide(
        table(
          '被介绍人',
          [
            ['name', '姓名', text('姓名', { required: true, placeholder: '例：张三', maxLength: 30 })],
            [
              'position',
              '职务/职称',
              text('职务/职称', { required: true, placeholder: '例：副教授', maxLength: 30 }),
            ],
            ['count', '人数', count('人数', { required: true, placeholder: '例如：1', max: 50 })],
          ],
          { required: true, description: '“张三等3人”可填一行，人数填3' },
        ),
      ),
      purpose: wide(
        textArea('事由', {
          required: true,
          maxLength: 300,
          placeholder: '例：前往贵单位联系2026届毕业生就业见习基地共建事宜',
        }),
      ),
      validDays: count('有效期（天）', {
        required: true,
        max: 30,
        description: '默认 15 天，最长 30 天',
        extra: { default: 15 },
      }),
      contactName: text('联系人', { required: true, placeholder: '例：张三' }),
      contactMobile: mobile('联系电话', { required: true }),
    }),
    opinions: card('审批意见', { deptHeadOpinion: opinion('部门负责人意见') }, 1),
    issue: card('开具信息（党政办公室填写）', {
      letterNo: text('介绍信编号', {
        description: '由系统在开具时按年度顺序自动编号（如〔2026〕第0001号），无需填写',
        maxLength: 30,
      }),
      issuedAt: date('开具日期', { required: true, defaultToday: true }),
      issueNote: wide(textArea('开具备注', { maxLength: 300 })),
    }),
  },
};

// letterNo is written by the server only: read-only at every node, hidden from the applicant.
const flow = {
  nodes: layout([
    startNode(hidden(['deptHeadOpinion', 'letterNo', ...ISSUE_FIELDS])),
    approvalNode('deptHead', '部门负责人审批', {
      assignees: [{ type: 'deptHead', levels: 0 }],
      fieldPermissions: editable(['deptHeadOpinion']),
    }),
    handleNode('issue', '党政办公室开具介绍信', {
      assignees: [{ type: 'role', role: 'office-staff' }],
      fieldPermissions: { ...editable([...ISSUE_FIELDS]), letterNo: 'readonly' },
    }),
    endNode(),
  ]),
  edges: edges([
    ['start', 'deptHead'],
    ['deptHead', 'issue'],
    ['issue', 'end'],
  ]),
};

export const introLetterBaseline: ProcessBaseline = {
  definition: {
    key: 'intro-letter',
    version: 1,
    name: '开具介绍信审批',
    category: '办公办文',
    department: 'office',
    audience: ['staff'],
    guide: `【事项说明】教职工因公务需要以学校名义向校外单位开具介绍信时在线申请。${CLASSIFIED_NOTICE}
【申请对象】学校在职教职工。
【所需材料】无需另附材料；请如实填写接收单位、被介绍人、事由和有效期。
【办理流程】1. 填写介绍信申请并提交；2. 部门负责人审批；3. 党政办公室开具介绍信，系统按年度顺序编号（如〔2026〕第0001号），打印的介绍信带二维码，接收单位扫码可核验编号、接收单位、有效期和状态。
【办理时限】审批通过后 1 个工作日内开具。
【注意事项】有效期默认 15 天，最长 30 天；介绍信仅限所写事由使用，不得转借；未使用的请交回作废。`,
    form: introLetterForm,
    flow,
    settings: { serialPrefix: 'JS' },
  },
  hall: {
    summary: '以学校名义向校外单位开具介绍信，编号可扫码核验。',
    theme: '介绍信与证照',
    mode: 'online',
    pinned: true,
  },
};
