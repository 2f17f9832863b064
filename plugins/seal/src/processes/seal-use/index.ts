import type { ProcessBaseline } from '../types';
import { CLASSIFIED_NOTICE } from '../form-parts';
import { sealUseFlow } from './flow';
import { sealUseForm } from './form';

export const SEAL_USE_GUIDE = `【事项说明】用印审批用于非涉密材料在科研类、教育教学类、外事类和综合类常规业务中申请使用学校公章、党委章、合同专用章、负责人名章等印章。${CLASSIFIED_NOTICE}
【申请对象】学校在职教职工（以所在单位名义申请）。
【用印原则】先审批、后用印：审批通过后方可用印；一律不得在空白纸张、表格、信函、证件、介绍信上盖章。合同不得加盖部门章，须按学校规定使用学校公章或合同专用章；使用负责人名章须经该负责人本人审核同意。印章原则上不得带出，确需带出须经党政主要负责人批准，由经办人与印章管理员共同携带，用后及时归还。
【所需材料】用印材料的照片或扫描件（每项最多 10 个文件）；横向合同须附法律顾问审核意见；如有法人委托授权书请一并上传。
【办理流程】1. 选择业务类型后填写用印审批表并提交；2. 如选择了科室负责人，由其先行验印审核；3. 部门负责人审批（可终审同意，或提交上级领导审批）；4. 使用负责人名章的，由名章所属负责人审核；5. 横向合同由法律顾问审核；6. “三重一大”事项或需带出印章的，报党政主要负责人审批；7. 科研类、教育教学类、外事类分别由科学技术研究院、教务处、国际合作与交流处审批；8. 审批通过后，经办人持材料到党政办公室，由印章管理员盖章并登记实际盖章份数、上传盖章页扫描件；9. 印章带出的，归还后由印章管理员确认。
【办理时限】各审批环节原则上 3 个工作日内办理；审批通过后 5 个工作日内到现场用印。
【注意事项】提交后、全部审批完成前可撤销；被退回的申请可修改后重新提交，直接回到退回的环节。`;

/** 用印审批 (seeds 002, 003). */
export const sealUseBaseline: ProcessBaseline = {
  definition: {
    key: 'seal-use',
    version: 1,
    name: '用印审批',
    category: '办公办文',
    department: 'office',
    audience: ['staff'],
    guide: SEAL_USE_GUIDE,
    form: sealUseForm,
    flow: sealUseFlow,
    settings: { serialPrefix: 'YY' },
  },
  hall: {
    summary: '非涉密材料使用学校印章的网上审批：先审批、后用印，验印留痕。',
    theme: '印章管理',
    mode: 'online',
    // The office's most used service: recommended on the hall home from the first start (R5).
    pinned: true,
  },
};

export { sealUseForm, BUSINESS_TYPES } from './form';
export { sealUseFlow, SEAL_USE_NODES } from './flow';
