import { connect, mapProps } from '@formily/react';
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useHost, type FlowhallHost } from '../host';
import { componentText } from './component-text';

/** A user as the org search answers (`UserCard`), as much as the picker needs. */
interface UserOption {
  id: number;
  displayName: string;
  department: { name: string } | null;
  title: string | null;
}

export interface UserPickerProps {
  /** The user's id as a string (what form data stores). */
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Only holders of this role, e.g. `section-head` or `seal-custodian`. */
  role?: string;
  /** Only users of this department. */
  departmentId?: number;
  placeholder?: string;
  disabled?: boolean;
  readOnly?: boolean;
  allowClear?: boolean;
}

const label = (user: UserOption) =>
  [user.displayName, user.department?.name, user.title].filter(Boolean).join(' · ');

function search(host: FlowhallHost, q: string, props: UserPickerProps) {
  return host.request<{ items: UserOption[] }>('GET', '/api/org/users', {
    query: { q: q || undefined, roleKey: props.role, departmentId: props.departmentId, limit: 20 },
  });
}

/**
 * One user by id for a stored value. Any signed-in user may search but only administrators may
 * read `/users/:id`, so this asks the search for the first user after id - 1 (keyset cursor).
 */
async function findById(host: FlowhallHost, id: string): Promise<UserOption | undefined> {
  const n = Number(id);
  if (!Number.isInteger(n) || n < 1) return undefined;
  const page = await host.request<{ items: UserOption[] }>('GET', '/api/org/users', {
    query: { cursor: n - 1, limit: 1 },
  });
  return page.items.find((user) => user.id === n);
}

export function UserPickerField(props: UserPickerProps) {
  const host = useHost();
  const t = componentText(host.locale);
  const [options, setOptions] = useState<UserOption[]>([]);
  const [selected, setSelected] = useState<UserOption | undefined>();
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const run = (q: string) => {
    const ticket = (latest.current += 1);
    setLoading(true);
    search(host, q, props)
      .then((page) => ticket === latest.current && setOptions(page.items))
      .catch(() => ticket === latest.current && setOptions([]))
      .finally(() => ticket === latest.current && setLoading(false));
  };

  useEffect(() => {
    if (!props.readOnly && !props.disabled) run('');
  }, [props.role, props.departmentId]);

  useEffect(() => {
    if (!props.value || selected?.id === Number(props.value)) return;
    let live = true;
    findById(host, props.value)
      .then((user) => live && setSelected(user))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.value]);

  if (props.readOnly) {
    return (
      <span className="fh-user-pretty">
        {selected ? label(selected) : props.value ? `#${props.value}` : t('empty')}
      </span>
    );
  }
  const merged = selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options;
  return (
    <Select
      showSearch
      allowClear={props.allowClear ?? true}
      value={props.value}
      placeholder={props.placeholder ?? t('userSearch')}
      disabled={props.disabled}
      filterOption={false}
      onSearch={run}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      options={merged.map((user) => ({ value: String(user.id), label: label(user) }))}
      onChange={(value: string | undefined) => {
        setSelected(merged.find((user) => String(user.id) === value));
        props.onChange?.(value);
      }}
      style={{ width: '100%' }}
    />
  );
}

export const UserPicker = connect(
  UserPickerField,
  mapProps((props, field) => ({
    ...props,
    readOnly: Boolean(props.readOnly) || ('readPretty' in field && (field.readPretty || field.readOnly)),
  })),
);
