import type { FlowhallHost } from '@flowhall/designer/host';
import { useHost } from '@flowhall/designer/host';
import { connect, mapProps, observer, useForm } from '@formily/react';
import { Button, Input, InputNumber, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { PickerSeal } from '../api-types';
import { SEAL_API_BASE } from './seal-api';
import { sealPickerText } from './seal-picker-text';

/** One row of form data: the seal picked from the registry, how often and where to stamp (R11). */
export interface SealRow {
  sealId?: string;
  sealName?: string;
  sealType?: string;
  count?: number;
  positions?: string;
}

export interface SealPickerProps {
  value?: SealRow[];
  onChange?: (rows: SealRow[]) => void;
  /** Only seals of this type (`official`, `name`…). */
  sealType?: string;
  /** A form field holding a department (e.g. `applyingUnit`): only that unit's seals are offered. */
  scope?: string;
  /** `false`: a single seal (abolition). */
  multiple?: boolean;
  /** `false`: no count and positions (abolition). */
  withCount?: boolean;
  countPlaceholder?: string;
  positionsPlaceholder?: string;
  disabled?: boolean;
  readOnly?: boolean;
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; seals: PickerSeal[] };

function usePickerSeals(
  host: FlowhallHost,
  unit: unknown,
  sealType: string | undefined,
  skip: boolean,
): Load {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const unitKey = typeof unit === 'string' || typeof unit === 'number' ? String(unit) : undefined;
  useEffect(() => {
    if (skip) return;
    let live = true;
    setLoad({ state: 'loading' });
    host
      .request<{ items: PickerSeal[] }>('GET', `${SEAL_API_BASE}/seals/picker`, {
        query: { unit: unitKey, type: sealType },
      })
      .then((page) => live && setLoad({ state: 'ready', seals: page.items }))
      .catch(() => live && setLoad({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [host, unitKey, sealType, skip]);
  return load;
}

const rowLabel = (row: SealRow, times: string) =>
  [row.sealName ?? `#${row.sealId}`, row.count ? times.replace('{n}', String(row.count)) : '', row.positions]
    .filter(Boolean)
    .join(' · ');

/**
 * Picks seals from the registry (only seals in use), one row each with count and stamp positions.
 * Rows stack as cards, so a phone shows every input at full width. The row stores the registry's
 * name and type too: the flow's conditions and the R32 rules read the type, and the server checks
 * it against the registry on submit.
 */
export const SealPickerField = observer(function SealPickerField(props: SealPickerProps) {
  const host = useHost();
  const form = useForm();
  const t = sealPickerText(host.locale);
  const rows = props.value ?? [];
  const withCount = props.withCount !== false;
  const unit = props.scope ? (form.values as Record<string, unknown>)[props.scope] : undefined;
  const load = usePickerSeals(host, unit, props.sealType, Boolean(props.readOnly));

  if (props.readOnly) {
    if (!rows.length) return <span>{t.empty}</span>;
    return (
      <div className="fh-seal-picker-pretty">
        {rows.map((row, i) => (
          <div key={`${row.sealId}-${i}`}>{rowLabel(row, t.times)}</div>
        ))}
      </div>
    );
  }

  const seals = load.state === 'ready' ? load.seals : [];
  const options = seals.map((s) => ({
    value: s.id,
    label: `${s.name}（${s.sealTypeName}${s.department ? ` · ${s.department.name}` : ''}）`,
  }));
  // An empty value still shows one blank row to fill; edits apply to the rows as shown.
  const shown: SealRow[] = rows.length ? rows : [{}];
  const change = (next: SealRow[]) => props.onChange?.(next);
  const update = (i: number, patch: SealRow) =>
    change(shown.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const pick = (i: number, id: string | undefined) => {
    const seal = seals.find((s) => s.id === id);
    update(i, { sealId: id, sealName: seal?.name, sealType: seal?.sealType });
  };
  const canAdd = props.multiple !== false && !props.disabled;

  return (
    <div className="fh-seal-picker" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {shown.map((row, i) => (
        <div
          key={i}
          className="fh-seal-picker-row"
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 8,
            padding: 8,
            border: '1px solid #f0f0f0',
            borderRadius: 6,
          }}
        >
          <Select
            showSearch
            allowClear
            value={row.sealId}
            placeholder={t.pick}
            aria-label={t.seal}
            disabled={props.disabled}
            loading={load.state === 'loading'}
            optionFilterProp="label"
            options={options}
            notFoundContent={
              load.state === 'failed' ? t.loadFailed : load.state === 'loading' ? t.loading : t.none
            }
            onChange={(id: string | undefined) => pick(i, id)}
            style={{ flex: '1 1 240px', minWidth: 0 }}
          />
          {withCount && (
            <InputNumber
              min={1}
              precision={0}
              value={row.count}
              aria-label={t.count}
              addonBefore={t.count}
              placeholder={props.countPlaceholder ?? t.countPlaceholder}
              disabled={props.disabled}
              onChange={(n) => update(i, { count: typeof n === 'number' ? n : undefined })}
              style={{ flex: '1 1 150px' }}
            />
          )}
          {withCount && (
            <Input
              value={row.positions}
              maxLength={200}
              aria-label={t.positions}
              addonBefore={t.positions}
              placeholder={props.positionsPlaceholder ?? t.positionsPlaceholder}
              disabled={props.disabled}
              onChange={(e) => update(i, { positions: e.target.value })}
              style={{ flex: '2 1 220px' }}
            />
          )}
          {rows.length > 1 && !props.disabled && (
            <Button danger type="link" onClick={() => change(rows.filter((_r, j) => j !== i))}>
              {t.remove}
            </Button>
          )}
          {row.sealType && seals.length > 0 && !seals.some((s) => s.id === row.sealId) && (
            <Tag color="warning">{row.sealName}</Tag>
          )}
        </div>
      ))}
      {canAdd && (
        <Button type="dashed" block onClick={() => change([...shown, {}])}>
          {t.add}
        </Button>
      )}
    </div>
  );
});

/** The Formily field component: read-pretty and read-only fields show the rows as text. */
export const SealPicker = connect(
  SealPickerField,
  mapProps((props, field) => ({
    ...props,
    readOnly: Boolean(props.readOnly) || ('readPretty' in field && (field.readPretty || field.readOnly)),
  })),
);
