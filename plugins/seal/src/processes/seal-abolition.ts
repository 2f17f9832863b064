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
  date,
  department,
  mobile,
  opinion,
  options,
  radio,
  seals,
  text,
  textArea,
  upload,
  visibleWhen,
  wide,
} from './form-parts';
import type { ProcessBaseline } from './types';

const OPINIONS = ['unitHeadOpinion', 'officeReviewOpinion', 'leaderOpinion'] as const;
const SURRENDER_FIELDS = [
  'disposal',
  'disposedAt',
  'policeDeregistrationNo',
  'disposalEvidence',
  'surrenderNote',
] as const;

/** Node ids the server hooks on: completing `surrender` marks the seal abolished in the registry. */
export const SEAL_ABOLITION_NODES = {
  unitHead: 'unitHead',
  officeReview: 'officeReview',
  leader: 'leader',
  surrender: 'surrender',
} as const;

export const ABOLITION_REASONS = options([
  ['dissolved', '机构撤销'],
  ['renamed', '机构更名'],
  ['damaged', '印章损坏'],
  ['lost', '印章遗失'],
  ['other', '其他'],
]);

export const SURRENDER_MODES = options([
  ['returned', '交回原印章'],
  ['lost', '印章遗失（已登报声明作废）'],
]);

export const sealAbolitionForm: FormSchema = {
  type: 'object',
  properties: {
    commitments: card('承诺', { confidentialityCommitment: wide(confidentiality()) }, 1),
    seal: card('废止信息', {
      applyingUnit: department('申请单位', { required: true }),
      contactMobile: mobile('联系电话', { required: true }),
      seal: wide(
        seals('废止印章', {
          required: true,
          description: '从印章台账中选择本单位在用的印章',
          props: { status: 'in-use', scope: 'applyingUnit', multiple: false, withCount: false },
          extra: { maxItems: 1 },
        }),
      ),
      abolitionReason: radio('废止原因', ABOLITION_REASONS, { required: true }),
      stopDate: date('停用日期', { required: true, defaultToday: true }),
      reasonDetail: wide(
        textArea('情况说明', {
          required: true,
          maxLength: 500,
          placeholder:
            '例：根据示大校发〔2026〕20号文件，计算机学院更名为计算机与人工智能学院，原公章停止使用',
        }),
      ),
      surrenderMode: radio('交回方式', SURRENDER_MODES, { required: true }),
      lossNotice: visibleWhen(
        upload('登报遗失声明', { description: '印章遗失的，上传刊登遗失声明的报纸版面' }),
        'surrenderMode',
        "$deps[0] === 'lost'",
      ),
      lossNoticeMedia: visibleWhen(
        text('声明刊登媒体及日期', { placeholder: '例：《××日报》2026年3月1日第5版' }),
        'surrenderMode',
        "$deps[0] === 'lost'",
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
    surrender: card('印章收缴（党政办公室填写）', {
      disposal: radio(
        '处置方式',
        options([
          ['destroyed', '销毁'],
          ['archived', '封存归档'],
          ['lost', '遗失（无实物）'],
        ]),
        { required: true },
      ),
      disposedAt: date('处置日期', { required: true, defaultToday: true }),
      policeDeregistrationNo: text('公安注销备案编号', {
        required: true,
        placeholder: '例：公销〔2026〕0045',
      }),
      disposalEvidence: upload('处置凭证', { description: '销毁或封存记录、公安注销回执的照片或扫描件' }),
      surrenderNote: wide(textArea('办理备注', { maxLength: 500 })),
    }),
  },
};

const flow = {
  nodes: layout([
    startNode(hidden([...OPINIONS, ...SURRENDER_FIELDS])),
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
    handleNode('surrender', '党政办公室收缴注销', {
      assignees: [{ type: 'role', role: 'seal-custodian' }],
      fieldPermissions: editable([...SURRENDER_FIELDS]),
    }),
    endNode(),
  ]),
  edges: edges([
    ['start', 'unitHead'],
    ['unitHead', 'officeReview'],
    ['officeReview', 'leader'],
    ['leader', 'surrender'],
    ['surrender', 'end'],
  ]),
};

export const sealAbolitionBaseline: ProcessBaseline = {
  definition: {
    key: 'seal-abolition',
    version: 1,
    name: '印章废止审批',
    category: '办公办文',
    department: 'office',
    audience: ['staff'],
    guide: `【事项说明】学校各单位因机构撤销、更名、印章损坏或遗失等原因停止使用印章时在线申请废止。${CLASSIFIED_NOTICE}
【申请对象】学校各单位（由单位指定的经办人申请）。
【所需材料】撤销或更名文件；印章遗失的，须先在报纸上刊登遗失声明并上传声明版面。
【办理流程】1. 从印章台账中选择本单位在用的印章并填写废止原因、停用日期和交回方式；2. 申请单位负责人审批；3. 党政办公室审核；4. 分管校领导审批；5. 党政办公室收缴印章，销毁或封存归档，并到公安机关办理注销备案；6. 印章台账中该印章标记为“已废止”，不能再用于用印申请。
【办理时限】审批环节各 3 个工作日；停用日期后 5 个工作日内交回原印章。
【注意事项】废止的印章自停用日期起不得使用；需要新印章的请另行申请印章刻制。`,
    form: sealAbolitionForm,
    flow,
    settings: { serialPrefix: 'FZ' },
  },
  hall: {
    summary: '机构撤销、更名、印章损坏或遗失时申请废止印章，收缴注销后台账标记为已废止。',
    theme: '印章管理',
    mode: 'online',
  },
};
