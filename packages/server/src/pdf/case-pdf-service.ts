import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { readFile } from 'fs/promises';
import type { CaseRelation } from '../cases/case-access';
import type { CaseRow } from '../cases/case-models';
import { CaseReads } from '../cases/case-reads';
import type { UserProfile } from '../org/org-service';
import { CasePdfModel, renderCasePdf } from './case-pdf';
import { formLines } from './pdf-form';

const FONT = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

const STATUS: Record<string, string> = {
  draft: '草稿',
  running: '审批中',
  returned: '已退回',
  approved: '已通过',
  rejected: '未通过',
  withdrawn: '已撤回',
};

const ACTIONS: Record<string, string> = {
  create: '创建',
  submit: '提交',
  resubmit: '重新提交',
  withdraw: '撤回',
  urge: '催办',
  approve: '同意',
  reject: '不同意',
  return: '退回',
  forward: '同意并报上级',
  finalApprove: '同意（终审）',
  transfer: '转交',
  addSigner: '加签',
  complete: '办理完成',
  reassign: '更换审批人',
  remind: '超时提醒',
  skip: '跳过',
  approved: '办结（通过）',
  rejected: '办结（不通过）',
  withdrawn: '已撤回',
};

/** The decisions printed with their opinions; the rest of the trace is in the record table. */
const DECISIONS = new Set([
  'approve',
  'reject',
  'return',
  'forward',
  'finalApprove',
  'complete',
  'addSigner',
  'transfer',
]);

// The university's clock: dates print as people there read them.
const TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const formatTime = (iso: string | null): string | null => (iso ? TIME.format(new Date(iso)) : null);

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '') || 'case.pdf';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The case as a PDF for one reader (R26): what the case view shows them, on paper. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class CasePdfService {
  @Inject()
  reads!: CaseReads;

  private font: Promise<Buffer> | undefined;

  async render(
    reader: UserProfile,
    row: CaseRow,
    relations: Set<CaseRelation>,
  ): Promise<{ pdf: Buffer; filename: string }> {
    const [view, trace, schema, font] = await Promise.all([
      this.reads.view(reader, row, relations),
      this.reads.trace(row),
      this.reads.formSchema(row),
      (this.font ??= readFile(require.resolve(FONT))),
    ]);
    const stamps = [...view.stamps];
    const opinions = trace
      .filter((entry) => DECISIONS.has(entry.action))
      .map((entry) => {
        // The stamp this decision made, if the node auto-stamps (matched by step and person).
        const index = stamps.findIndex((s) => s.nodeId === entry.nodeId && s.userId === entry.actor.id);
        const stamp = index >= 0 ? stamps.splice(index, 1)[0] : undefined;
        return {
          step: entry.nodeName ?? '',
          approver: entry.actorLabel,
          action: ACTIONS[entry.action] ?? entry.action,
          opinion: entry.opinion ?? '',
          at: formatTime(entry.at) ?? '',
          stamp: stamp ? (stamp.departmentName ?? '') || null : null,
        };
      });
    const model: CasePdfModel = {
      title: view.definition.name,
      serialNo: view.serialNo,
      status: STATUS[view.status] ?? view.status,
      applicant: view.applicant.name,
      submittedAt: formatTime(view.submittedAt),
      finishedAt: formatTime(view.finishedAt),
      lines: formLines(schema, view.form, view.fieldPermissions),
      opinions,
      trace: trace.map((entry) => ({
        at: formatTime(entry.at) ?? '',
        actor: entry.actorLabel,
        action: ACTIONS[entry.action] ?? entry.action,
        step: entry.nodeName ?? '',
        opinion: entry.opinion ?? '',
      })),
      printedAt: formatTime(new Date().toISOString()) ?? '',
    };
    const pdf = await renderCasePdf(model, await font);
    return { pdf, filename: `${view.definition.name}-${view.serialNo ?? `case-${view.id}`}.pdf` };
  }
}
