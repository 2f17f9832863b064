import type { FormSchema } from '@flowhall/schema';
import {
  approvalNode,
  conditionNode,
  contains,
  editable,
  edges,
  endNode,
  handleNode,
  hidden,
  layout,
  LEADER_IN_CHARGE,
  startNode,
} from './flow-parts';
import {
  card,
  checkboxGroup,
  CLASSIFIED_NOTICE,
  confidentiality,
  count,
  date,
  department,
  mobile,
  opinion,
  options,
  text,
  textArea,
  visibleWhen,
  wide,
} from './form-parts';
import type { ProcessBaseline } from './types';

const OPINIONS = ['deptHeadOpinion', 'officeReviewOpinion', 'leaderOpinion'] as const;
const HANDOVER_FIELDS = ['watermarkText', 'handedOverAt', 'handedCopies', 'handoverNote'] as const;
const RETURN_FIELDS = ['returnedAt', 'returnNote'] as const;

/** Node ids the server hooks on (certificate loan register: `handover` lends, `returnConfirm` closes). */
export const LEGAL_PERSON_CERT_NODES = {
  deptHead: 'deptHead',
  officeReview: 'officeReview',
  leader: 'leader',
  handover: 'handover',
  returnConfirm: 'returnConfirm',
} as const;

export const CERT_DOCUMENTS = options([
  ['certificate-original', '事业单位法人证书（正本原件）'],
  ['certificate-copy', '事业单位法人证书（复印件）'],
  ['id-copy', '法定代表人身份证（复印件）'],
  ['id-original', '法定代表人身份证（原件）'],
]);

export const CERT_USAGES = options([
  ['copy', '复印'],
  ['scan', '扫描'],
  ['lend', '借出原件'],
]);

const lends = "($deps[0] || []).indexOf('lend') >= 0";

export const legalPersonCertForm: FormSchema = {
  type: 'object',
  properties: {
    commitments: card('承诺', { confidentialityCommitment: wide(confidentiality()) }, 1),
    use: card('使用信息', {
      applyingUnit: department('申请单位', { required: true }),
      documents: wide(checkboxGroup('使用证件', CERT_DOCUMENTS, { required: true })),
      usage: wide(
        checkboxGroup('使用方式', CERT_USAGES, {
          required: true,
          description: '原件原则上不外借，确需借出须经分管校领导批准并按期归还',
        }),
      ),
      copies: count('份数', { required: true, placeholder: '例如：2' }),
      receivingOrg: text('提交单位', { required: true, placeholder: '例：××省科学技术厅' }),
      purpose: wide(
        textArea('用途', {
          required: true,
          maxLength: 300,
          placeholder: '例：申报2026年度省自然科学基金项目（复印件将加注“仅供……使用”）',
        }),
      ),
      handler: text('经办人', { required: true, placeholder: '到党政办公室领取人姓名' }),
      handlerMobile: mobile('经办人手机', { required: true }),
      borrowDate: visibleWhen(date('借出日期'), 'usage', lends),
      returnDate: visibleWhen(date('归还日期', { description: '到期前系统提醒归还' }), 'usage', lends),
    }),
    opinions: card(
      '审批意见',
      {
        deptHeadOpinion: opinion('部门负责人意见'),
        officeReviewOpinion: opinion('党政办公室审核意见'),
        leaderOpinion: opinion('分管校领导意见（借出原件）'),
      },
      1,
    ),
    handover: card('交付登记（党政办公室填写）', {
      watermarkText: text('水印文字', {
        required: true,
        placeholder: '例：仅供申报2026年度省自然科学基金项目使用',
        description: '复印件、扫描件加注用途水印',
      }),
      handedOverAt: date('交付日期', { required: true, defaultToday: true }),
      handedCopies: count('交付份数', { required: true }),
      handoverNote: wide(textArea('交付备注', { maxLength: 300 })),
      returnedAt: date('原件归还日期', { required: true, defaultToday: true }),
      returnNote: textArea('归还情况', { maxLength: 300, placeholder: '例：原件完好，已收回' }),
    }),
  },
};

const flow = {
  nodes: layout(
    [
      startNode(hidden([...OPINIONS, ...HANDOVER_FIELDS, ...RETURN_FIELDS])),
      approvalNode('deptHead', '部门负责人审批', {
        assignees: [{ type: 'deptHead', levels: 0 }],
        fieldPermissions: editable(['deptHeadOpinion']),
      }),
      approvalNode('officeReview', '党政办公室审核', {
        assignees: [{ type: 'role', role: 'office-staff' }],
        fieldPermissions: editable(['officeReviewOpinion']),
        autoStamp: false,
      }),
      conditionNode('lendCheck', '是否借出原件'),
      approvalNode('leader', '分管校领导审批', {
        assignees: LEADER_IN_CHARGE,
        fieldPermissions: editable(['leaderOpinion']),
      }),
      handleNode('handover', '党政办公室交付', {
        assignees: [{ type: 'role', role: 'office-staff' }],
        fieldPermissions: editable([...HANDOVER_FIELDS]),
      }),
      conditionNode('returnCheck', '是否借出原件'),
      handleNode('returnConfirm', '原件归还确认', {
        assignees: [{ type: 'role', role: 'office-staff' }],
        fieldPermissions: editable([...RETURN_FIELDS]),
        // The server reminds from the applicant's return date; node entry is the fallback.
        dueDateField: 'returnDate',
        timeLimitHours: 168,
        onTimeout: 'remind',
      }),
      endNode(),
    ],
    ['leader', 'returnConfirm'],
  ),
  edges: edges([
    ['start', 'deptHead'],
    ['deptHead', 'officeReview'],
    ['officeReview', 'lendCheck'],
    ['lendCheck', 'leader', '借出原件', contains('usage', 'lend')],
    ['lendCheck', 'handover', '否', 'default'],
    ['leader', 'handover'],
    ['handover', 'returnCheck'],
    ['returnCheck', 'returnConfirm', '借出原件', contains('usage', 'lend')],
    ['returnCheck', 'end', '否', 'default'],
    ['returnConfirm', 'end'],
  ]),
};

export const legalPersonCertBaseline: ProcessBaseline = {
  definition: {
    key: 'legal-person-cert',
    version: 1,
    name: '法人证书、法定代表人身份证使用审批',
    category: '办公办文',
    department: 'office',
    audience: ['staff'],
    guide: `【事项说明】因项目申报、合同签订、资质办理等公务需要使用学校事业单位法人证书或法定代表人身份证（复印、扫描或借出原件）时在线申请。${CLASSIFIED_NOTICE}
【申请对象】学校在职教职工（以所在单位名义申请）。
【所需材料】无需另附材料；请写明用途和提交单位，复印件、扫描件将加注“仅供……使用”水印。
【办理流程】1. 选择证件、使用方式并填写用途后提交；2. 部门负责人审批；3. 党政办公室审核；4. 借出原件的，报分管校领导审批；5. 党政办公室交付复印件、扫描件或原件并登记；6. 借出的原件到期前系统提醒，归还后由党政办公室确认。
【办理时限】审批环节各 3 个工作日；原件借出一般不超过 7 天。
【注意事项】证件复印件仅限所写用途使用，不得挪作他用；原件须按期归还。`,
    form: legalPersonCertForm,
    flow,
    settings: { serialPrefix: 'FR' },
  },
  hall: {
    summary: '使用学校法人证书、法定代表人身份证的复印、扫描或借出原件审批，借出原件到期提醒归还。',
    theme: '介绍信与证照',
    mode: 'online',
  },
};
