import type { ListItem } from '@flowhall/client';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { isOwnBox, type ListViewProps } from './list-view';
import { MineActions } from './mine-actions';
import { RowMarks } from './row-marks';
import { SuperviseAction } from './supervise-action';
import { ArrivedAt, CaseProgress, Elapsed, rowPath, stepOf, TIME_LABEL } from './row-fields';

/** The desktop list: one row per case or task; a click opens the case. */
export function ListTable({ box, items, loading, onChanged }: ListViewProps) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const own = isOwnBox(box);

  const columns: ColumnsType<ListItem> = [
    {
      title: t('colService'),
      key: 'service',
      render: (_, item) => <Typography.Text strong>{item.definition.name}</Typography.Text>,
    },
    { title: t('colSerial'), key: 'serial', render: (_, item) => item.serialNo ?? '—', width: 150 },
    ...(own
      ? []
      : [
          {
            title: t('colApplicant'),
            key: 'applicant',
            render: (_: unknown, item: ListItem) => item.applicant.name,
          },
        ]),
    { title: t('colStep'), key: 'step', render: (_, item) => stepOf(item) },
    {
      title: t('colProgress'),
      key: 'progress',
      render: (_, item) => <CaseProgress item={item} />,
      width: 130,
    },
    {
      title: t(TIME_LABEL[box]),
      key: 'arrived',
      render: (_, item) => <ArrivedAt iso={item.arrivedAt} />,
      width: 150,
    },
    { title: t('colElapsed'), key: 'elapsed', render: (_, item) => <Elapsed item={item} />, width: 110 },
    { title: t('colMarks'), key: 'marks', render: (_, item) => <RowMarks item={item} /> },
    ...(own
      ? [
          {
            title: t('colActions'),
            key: 'actions',
            render: (_: unknown, item: ListItem) => <MineActions item={item} onChanged={onChanged} />,
          },
        ]
      : []),
    ...(box === 'supervised'
      ? [
          {
            title: t('colActions'),
            key: 'actions',
            render: (_: unknown, item: ListItem) => <SuperviseAction item={item} onChanged={onChanged} />,
          },
        ]
      : []),
  ];

  return (
    <Table<ListItem>
      rowKey={(item) => `${item.caseId}-${item.task?.id ?? ''}`}
      columns={columns}
      dataSource={items}
      loading={loading && items.length === 0}
      pagination={false}
      size="middle"
      locale={{ emptyText: t('listEmpty') }}
      onRow={(item) => ({
        onClick: () => navigate(rowPath(item)),
        style: { cursor: 'pointer' },
        'data-testid': 'list-row',
      })}
    />
  );
}
