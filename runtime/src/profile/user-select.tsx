import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

/** Picks a colleague by name or username (the org search every signed-in user may use). */
export function UserSelect({
  value,
  onChange,
  excludeId,
}: {
  value?: number;
  onChange?(id: number | undefined): void;
  excludeId: number;
}) {
  const { t } = useLocale();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Array<{ value: number; label: string }>>([]);
  useEffect(() => {
    let alive = true;
    const timer = window.setTimeout(() => {
      api.org
        .users({ q: q || undefined, limit: 20 })
        .then(({ items }) => {
          if (!alive) return;
          setOptions(
            items
              .filter((u) => u.id !== excludeId)
              .map((u) => ({
                value: u.id,
                label: `${u.displayName}（${u.department?.name ?? u.username}）`,
              })),
          );
        })
        .catch(() => alive && setOptions([]));
    }, 250);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [q, excludeId]);
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value}
      onChange={(id?: number) => onChange?.(id)}
      onSearch={setQ}
      options={options}
      placeholder={t('delegateSearch')}
      data-testid="delegate-select"
    />
  );
}
