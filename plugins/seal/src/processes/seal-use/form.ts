import type { FormSchema } from '@flowhall/schema';
import {
  card,
  confidentiality,
  count,
  date,
  department,
  mobile,
  opinion,
  options,
  promise,
  radio,
  select,
  SEAL_TYPE_OPTIONS,
  seals,
  table,
  text,
  textArea,
  upload,
  user,
  visibleIfYes,
  visibleWhen,
  wide,
  yesNo,
} from '../form-parts';

/** 业务类型 (R8): chosen first; research, teaching and foreign affairs need their office's approval. */
export const BUSINESS_TYPES = options([
  ['research', '科研类'],
  ['teaching', '教育教学类'],
  ['foreign', '外事类'],
  ['general', '综合类'],
]);

/** Opinion areas, one per approval step (R14). */
export const SEAL_USE_OPINIONS = [
  'sectionHeadOpinion',
  'deptHeadOpinion',
  'leaderOpinion',
  'nameSealOwnerOpinion',
  'legalOpinion',
  'headsOpinion',
  'approvingDeptOpinion',
] as const;

/** What the custodian records when stamping (R20, R31) and when the seal comes back. */
export const SEAL_USE_STAMP_FIELDS = ['stampedCopies', 'stampedScans', 'stampNote'] as const;
export const SEAL_USE_RETURN_FIELDS = ['returnedAt', 'returnNote'] as const;

const REASON_GUIDANCE =
  '请写明用印材料的用途；非常规材料需详细说明，例如：“应服务公司申请，证明其在我校具有真实的服务项目”';

const materials = table(
  '用印材料',
  [
    ['name', '用印材料名称', text('用印材料名称', { required: true, placeholder: '例：××项目科研任务书' })],
    ['files', '上传用印材料', upload('上传用印材料', { required: true })],
    ['copies', '用印材料份数', count('份数', { required: true, placeholder: '例如：5' })],
  ],
  { required: true, description: '每份材料上传照片或扫描件（每项最多 10 个文件），可添加、删除行' },
);

const applyStep = {
  commitments: card(
    '承诺',
    {
      confidentialityCommitment: wide(confidentiality()),
      noBlankPaper: wide(
        promise('不在空白纸张上盖章', '材料已填写完整，不在空白纸张、表格、信函、证件、介绍信上盖章。'),
      ),
    },
    1,
  ),
  units: card('用印单位', {
    usingUnit: department('用印单位', { required: true, placeholder: '请选择需要用印的单位' }),
    approvingDept: department('审批部门', {
      description: '科研类选科学技术研究院，教育教学类选教务处，外事类选国际合作与交流处；综合类可不选',
      placeholder: '请选择审批部门',
    }),
    responsiblePerson: text('用印申请人', { required: true, placeholder: '项目的校内负责人姓名' }),
    responsibleMobile: mobile('用印申请人手机', { required: true }),
    handler: text('经办人', { required: true, placeholder: '到党政办公室现场用印人姓名' }),
    handlerMobile: mobile('经办人手机', { required: true }),
  }),
  materialsCard: card('用印材料', { materials: wide(materials) }, 1),
  sealsCard: card('申请用印', {
    useDate: date('用印日期', { required: true, defaultToday: true, description: '默认为当天' }),
    primarySealType: select('主要印章类型', SEAL_TYPE_OPTIONS, {
      required: true,
      description: '决定由哪位印章管理员办理：党委章由组织员，负责人名章由办公室主任，其余由印章管理员',
      extra: { default: 'official' },
    }),
    seals: wide(
      seals('申请印章', {
        required: true,
        description: '从印章台账中选择；每枚印章填写用印次数和用章位置',
        props: {
          status: 'in-use',
          positionsPlaceholder: '例：第1项用印材料2,3页',
          countPlaceholder: '例如：2',
        },
      }),
    ),
    nameSealOwner: visibleWhen(
      user('名章所属负责人', {
        description: '使用负责人名章须经本人审核同意（R32）；选择名章所属的负责人',
        placeholder: '请选择名章所属负责人',
      }),
      'seals',
      "($deps[0] || []).some(function (s) { return s && s.sealType === 'name'; })",
    ),
  }),
  mattersCard: card('用印事项', {
    authorisationLetter: yesNo('是否有法人委托授权书'),
    horizontalContract: yesNo('是否横向合同', {
      description: '横向合同须经法律顾问审核；合同不得加盖部门章',
    }),
    majorMatter: yesNo('是否“三重一大”事项', { description: '重大事项须报党政主要负责人审批' }),
    takeOut: yesNo('是否需要将印章带出', {
      description: '非必要不带出；带出须经党政主要负责人批准，并由经办人与印章管理员共同携带，用后及时归还',
    }),
    takeOutReason: wide(
      visibleIfYes(
        textArea('带出事由', { placeholder: '例：赴市场监管局现场办理登记，须当场盖章' }),
        'takeOut',
      ),
    ),
    expectedReturnDate: visibleIfYes(date('预计归还日期'), 'takeOut'),
    reason: wide(textArea('用印事由', { required: true, maxLength: 500, placeholder: REASON_GUIDANCE })),
    sectionHead: user('验印审核人（科室负责人）', {
      description: '可选：选择后由其先行审核，不选则跳过该步骤',
      placeholder: '请选择科室、中心负责人',
      props: { role: 'section-head', scope: 'applicantDept' },
    }),
  }),
};

const opinions = card(
  '审批意见',
  {
    sectionHeadOpinion: opinion('科室负责人意见'),
    deptHeadOpinion: opinion('部门负责人意见'),
    leaderOpinion: opinion('上级领导意见'),
    nameSealOwnerOpinion: opinion('名章所属负责人意见'),
    legalOpinion: opinion('法律顾问意见（横向合同）'),
    headsOpinion: opinion('党政主要负责人意见'),
    approvingDeptOpinion: opinion('审批部门意见'),
  },
  1,
);

const stamping = card('用印登记（印章管理员填写）', {
  stampedCopies: count('实际盖章份数', { required: true, placeholder: '例如：5' }),
  stampedScans: upload('盖章页扫描件', {
    required: true,
    description: '验印留痕：上传盖章后页面的照片或扫描件',
  }),
  stampNote: wide(textArea('用印备注', { maxLength: 500 })),
  returnedAt: date('印章归还日期', { required: true, defaultToday: true }),
  returnNote: textArea('归还情况', { maxLength: 500, placeholder: '例：印章完好，已收回' }),
});

/** 用印审批 form: business type first (R8), then the PKU-style approval sheet (003). */
export const sealUseForm: FormSchema = {
  type: 'object',
  properties: {
    steps: {
      type: 'void',
      'x-component': 'FormStep',
      'x-component-props': { formStep: '{{formStep}}' },
      properties: {
        chooseType: {
          type: 'void',
          'x-component': 'FormStep.StepPane',
          'x-component-props': { title: '选择业务类型' },
          properties: {
            businessType: radio('业务类型', BUSINESS_TYPES, { required: true }),
          },
        },
        fill: {
          type: 'void',
          'x-component': 'FormStep.StepPane',
          'x-component-props': { title: '填写用印审批表' },
          properties: applyStep,
        },
      },
    },
    opinions,
    stamping,
  },
};
