import type { FormSchema } from '@flowhall/schema';
import {
  approvalNode,
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
  CLASSIFIED_NOTICE,
  confidentiality,
  count,
  date,
  department,
  mobile,
  opinion,
  options,
  radio,
  select,
  SEAL_TYPE_OPTIONS,
  text,
  textArea,
  upload,
  user,
  wide,
} from './form-parts';
import type { ProcessBaseline } from './types';

const OPINIONS = ['unitHeadOpinion', 'officeReviewOpinion', 'leaderOpinion'] as const;
const ENGRAVE_FIELDS = [
  'policeFilingNo',
  'engraver',
  'engravedAt',
  'impressionImage',
  'engraveNote',
] as const;
const ACTIVATE_FIELDS = ['activatedAt', 'activationNote'] as const;

/** Node ids the server hooks on: completing `activate` creates the seal in the registry (in use). */
export const SEAL_ENGRAVING_NODES = {
  unitHead: 'unitHead',
  officeReview: 'officeReview',
  leader: 'leader',
  engrave: 'engrave',
  activate: 'activate',
} as const;

export const ENGRAVING_REASONS = options([
  ['new-body', '新设机构'],
  ['renamed', '机构更名'],
  ['damaged', '印章损坏'],
  ['lost', '印章遗失'],
]);

export const sealEngravingForm: FormSchema = {
  type: 'object',
  properties: {
    commitments: card('承诺', { confidentialityCommitment: wide(confidentiality()) }, 1),
    seal: card('刻制信息', {
      applyingUnit: department('申请单位', { required: true }),
      sealName: text('印章名称', {
        required: true,
        placeholder: '与成立文件一致，例：示范大学计算机学院',
        description: '印文须与机构成立（更名）文件中的名称完全一致',
      }),
      sealType: select('印章类型', SEAL_TYPE_OPTIONS, { required: true }),
      size: text('规格', { required: true, placeholder: '例：圆形，直径 42mm' }),
      material: select(
        '材质',
        options([
          ['copper', '铜质'],
          ['photosensitive', '光敏'],
          ['atomic', '原子'],
          ['rubber', '橡胶'],
          ['steel', '钢质'],
        ]),
        { required: true },
      ),
      quantity: count('数量（枚）', {
        required: true,
        max: 10,
        placeholder: '例如：1',
        extra: { default: 1 },
      }),
      engravingReason: radio('刻制原因', ENGRAVING_REASONS, { required: true }),
      startDate: date('拟启用日期', { required: true }),
      establishingDocNo: text('成立（更名）文件文号', {
        required: true,
        placeholder: '例：示大校发〔2026〕12号',
      }),
      establishingDocScan: upload('成立（更名）文件扫描件', { required: true }),
      custodian: user('印章保管人', { required: true, placeholder: '请选择本单位印章保管人' }),
      supervisor: user('印章监督人', {
        required: true,
        placeholder: '请选择本单位印章监督人（一般为单位负责人）',
      }),
      contactMobile: mobile('联系电话', { required: true }),
      reason: wide(
        textArea('申请说明', {
          required: true,
          maxLength: 500,
          placeholder: '例：根据示大校发〔2026〕12号文件成立人工智能研究院，申请刻制行政公章一枚',
        }),
      ),
    }),
    opinions: card(
      '审批意见',
      {
        unitHeadOpinion: opinion('申请单位负责人意见'),
        officeReviewOpinion: opinion('党政办公室审核意见'),
        leaderOpinion: opinion('分管校领导意见'),
      },
      1,
    ),
    engraving: card('刻制办理（党政办公室填写）', {
      policeFilingNo: text('公安备案编号', { required: true, placeholder: '例：公备〔2026〕0123' }),
      engraver: text('刻制单位', { required: true, placeholder: '例：××市公安局指定刻章企业名称' }),
      engravedAt: date('刻制完成日期', { required: true, defaultToday: true }),
      impressionImage: upload('印模图片', { required: true, props: { accept: 'image/*', maxCount: 3 } }),
      engraveNote: wide(textArea('办理备注', { maxLength: 500 })),
      activatedAt: date('启用日期', { required: true, defaultToday: true }),
      activationNote: wide(
        textArea('启用说明', {
          maxLength: 500,
          description: '启用后系统在印章台账中登记该印章，状态为“在用”',
        }),
      ),
    }),
  },
};

const flow = {
  nodes: layout([
    startNode(hidden([...OPINIONS, ...ENGRAVE_FIELDS, ...ACTIVATE_FIELDS])),
    approvalNode('unitHead', '申请单位负责人审批', {
      assignees: [{ type: 'deptHead', levels: 0 }],
      fieldPermissions: editable(['unitHeadOpinion']),
    }),
    approvalNode('officeReview', '党政办公室审核', {
      assignees: [{ type: 'role', role: 'office-staff' }],
      fieldPermissions: editable(['officeReviewOpinion']),
      autoStamp: false,
    }),
    approvalNode('leader', '分管校领导审批', {
      assignees: LEADER_IN_CHARGE,
      fieldPermissions: editable(['leaderOpinion']),
    }),
    handleNode('engrave', '党政办公室办理刻制', {
      assignees: [{ type: 'role', role: 'office-staff' }],
      fieldPermissions: editable([...ENGRAVE_FIELDS]),
      timeLimitHours: 240,
      onTimeout: 'remind',
    }),
    handleNode('activate', '印章启用登记', {
      assignees: [{ type: 'role', role: 'seal-custodian' }],
      fieldPermissions: editable([...ACTIVATE_FIELDS]),
    }),
    endNode(),
  ]),
  edges: edges([
    ['start', 'unitHead'],
    ['unitHead', 'officeReview'],
    ['officeReview', 'leader'],
    ['leader', 'engrave'],
    ['engrave', 'activate'],
    ['activate', 'end'],
  ]),
};

export const sealEngravingBaseline: ProcessBaseline = {
  definition: {
    key: 'seal-engraving',
    version: 1,
    name: '印章刻制审批',
    category: '办公办文',
    department: 'office',
    audience: ['staff'],
    guide: `【事项说明】学校各单位因新设机构、机构更名、印章损坏或遗失需要刻制印章（公章、党委章、部门章、业务专用章、合同专用章、财务专用章、钢印、名章）时在线申请。${CLASSIFIED_NOTICE}
【申请对象】学校各单位（由单位指定的经办人申请）。
【所需材料】机构成立或更名文件的扫描件及文号；印章遗失的，须先办理原印章废止并登报声明。
【办理流程】1. 填写刻制申请并提交；2. 申请单位负责人审批；3. 党政办公室审核印文、规格与文件是否一致；4. 分管校领导审批；5. 党政办公室到公安机关备案并在指定企业刻制，登记备案编号、刻制单位和印模；6. 印章管理员启用登记，印章进入印章台账，状态为“在用”。
【办理时限】审批环节各 3 个工作日；刻制一般 10 个工作日内完成。
【注意事项】印文须与成立文件名称完全一致；新印章启用前，旧印章须同时办理废止。`,
    form: sealEngravingForm,
    flow,
    settings: { serialPrefix: 'KZ' },
  },
  hall: {
    summary: '新设、更名、损坏或遗失时申请刻制印章，审批后由党政办公室备案刻制并登记启用。',
    theme: '印章管理',
    mode: 'online',
  },
};
