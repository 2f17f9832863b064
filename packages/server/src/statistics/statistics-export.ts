import { Workbook, type Worksheet } from 'exceljs';
import type { BacklogRow, CaseStatistics, DurationStatistics, RatingRow } from '@flowhall/schema';

const STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  running: '办理中',
  returned: '已退回',
  approved: '已通过',
  rejected: '未通过',
  withdrawn: '已撤回',
};

export const statusName = (status: string): string => STATUS_NAMES[status] ?? status;

function sheet(
  book: Workbook,
  name: string,
  columns: Array<[header: string, key: string, width: number]>,
): Worksheet {
  const ws = book.addWorksheet(name);
  ws.columns = columns.map(([header, key, width]) => ({ header, key, width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/** The statistics page as a workbook, one sheet per table, headers in Chinese (the offices' reports). */
export async function statisticsWorkbook(input: {
  period: string;
  /** 全校 or the unit's name. */
  scope: string;
  cases: CaseStatistics;
  durations: DurationStatistics;
  backlog: BacklogRow[];
  ratings: RatingRow[];
}): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Flowhall';
  book.created = new Date();
  const { cases, durations } = input;

  const summary = sheet(book, '概览', [
    ['项目', 'item', 20],
    ['内容', 'value', 40],
  ]);
  summary.addRow({ item: '统计期间', value: input.period });
  summary.addRow({ item: '统计范围', value: input.scope });
  summary.addRow({ item: '申请总数', value: cases.byStatus.reduce((n, r) => n + r.count, 0) });

  sheet(book, '按事项', [
    ['事项', 'name', 30],
    ['标识', 'key', 24],
    ['申请数', 'count', 10],
  ]).addRows(cases.byService);
  sheet(book, '按状态', [
    ['状态', 'status', 14],
    ['申请数', 'count', 10],
  ]).addRows(cases.byStatus.map((r) => ({ status: statusName(r.status), count: r.count })));
  sheet(book, '按部门', [
    ['部门', 'name', 30],
    ['申请数', 'count', 10],
  ]).addRows(cases.byDepartment);
  sheet(book, '趋势', [
    ['期间', 'period', 14],
    ['状态', 'status', 14],
    ['申请数', 'count', 10],
  ]).addRows(cases.overTime.map((r) => ({ ...r, status: statusName(r.status) })));
  const hours: Array<[string, string, number]> = [
    ['办结数', 'count', 10],
    ['平均时长（小时）', 'averageHours', 16],
    ['最长时长（小时）', 'longestHours', 16],
  ];
  sheet(book, '事项办理时长', [['事项', 'name', 30], ...hours]).addRows(durations.byService);
  sheet(book, '环节办理时长', [['事项', 'name', 30], ['环节', 'nodeName', 24], ...hours]).addRows(
    durations.byNode,
  );
  sheet(book, '待办积压', [
    ['审批人', 'name', 16],
    ['部门', 'department', 24],
    ['待办数', 'pending', 10],
    ['超期数', 'overdue', 10],
    ['最早到达', 'oldest', 24],
  ]).addRows(input.backlog);
  sheet(book, '满意度', [
    ['事项', 'name', 30],
    ['评价数', 'count', 10],
    ['平均星级', 'average', 10],
    ['1星', 's1', 8],
    ['2星', 's2', 8],
    ['3星', 's3', 8],
    ['4星', 's4', 8],
    ['5星', 's5', 8],
  ]).addRows(
    input.ratings.map((r) => ({
      ...r,
      s1: r.stars[0],
      s2: r.stars[1],
      s3: r.stars[2],
      s4: r.stars[3],
      s5: r.stars[4],
    })),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
