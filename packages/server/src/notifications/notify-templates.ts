import type { NotifyEvent } from '@flowhall/schema';

/** The variables a template may use, as `{{name}}`. */
export interface TemplateVariables {
  title: string;
  step: string;
  applicant: string;
  time: string;
  link: string;
  serialNo: string;
  opinion: string;
}

export const TEMPLATE_VARIABLES: ReadonlyArray<keyof TemplateVariables> = [
  'title',
  'step',
  'applicant',
  'time',
  'link',
  'serialNo',
  'opinion',
];

export interface Template {
  subject: string;
  body: string;
}

const DETAILS = '申请人：{{applicant}}\n流水号：{{serialNo}}\n时间：{{time}}\n查看详情：{{link}}';

/** The shipped wording (R22, R24, R27); administrators may replace any of them. */
export const DEFAULT_TEMPLATES: Readonly<Record<NotifyEvent, Template>> = {
  assigned: {
    subject: '您有新的任务需要处理：{{title}}',
    body: `「{{title}}」已到达“{{step}}”，请您办理。\n${DETAILS}`,
  },
  urged: {
    subject: '【催办】烦请您尽快处理：{{title}}',
    body: `【催办】烦请您尽快处理「{{title}}」（{{step}}）。\n${DETAILS}`,
  },
  returned: {
    subject: '您的申请已被退回：{{title}}',
    body: `您的申请「{{title}}」在“{{step}}”被退回，请修改后重新提交或撤回。\n意见：{{opinion}}\n${DETAILS}`,
  },
  approved: {
    subject: '您的申请已办结：{{title}}',
    body: `您的申请「{{title}}」已审批通过。\n${DETAILS}`,
  },
  rejected: {
    subject: '您的申请未获通过：{{title}}',
    body: `您的申请「{{title}}」未获通过。\n意见：{{opinion}}\n${DETAILS}`,
  },
  withdrawn: {
    subject: '申请已撤回：{{title}}',
    body: `「{{title}}」已由申请人撤回，您无需再办理。\n${DETAILS}`,
  },
  cc: {
    subject: '知会：{{title}}',
    body: `「{{title}}」知会给您，请知悉。\n${DETAILS}`,
  },
  dueSoon: {
    subject: '任务即将到期：{{title}}',
    body: `您待办的「{{title}}」（{{step}}）即将到期，请尽快处理。\n${DETAILS}`,
  },
  overdue: {
    subject: '任务已超期：{{title}}',
    body: `您待办的「{{title}}」（{{step}}）已超过办理时限，请尽快处理。\n${DETAILS}`,
  },
};

/** Replaces `{{name}}` with the variable; unknown names are left as written so mistakes show. */
export function render(text: string, variables: TemplateVariables): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(variables, name)
      ? variables[name as keyof TemplateVariables]
      : whole,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
