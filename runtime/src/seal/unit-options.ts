import type { DepartmentNode } from '@flowhall/client';
import { useEffect, useState } from 'react';
import { api } from '../api';

export interface UnitOption {
  value: number;
  label: string;
}

const flatten = (nodes: DepartmentNode[], depth = 0): UnitOption[] =>
  nodes.flatMap((n) => [
    { value: n.id, label: `${'　'.repeat(depth)}${n.name}` },
    ...flatten(n.children, depth + 1),
  ]);

/** The organisation's units as select options, indented by depth; empty until loaded. */
export function useUnitOptions(): UnitOption[] {
  const [options, setOptions] = useState<UnitOption[]>([]);
  useEffect(() => {
    let live = true;
    api.org
      .departments()
      .then((tree) => live && setOptions(flatten(tree.items)))
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, []);
  return options;
}
