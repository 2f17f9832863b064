import {
  ArrayTable,
  FormGrid,
  FormItem,
  FormLayout,
  FormStep,
  FormTab,
  Input,
  NumberPicker,
  Radio,
  Select,
  Switch,
} from '@formily/antd-v5';
import { Alert, Card } from 'antd';
import { createElement, type ComponentProps, type ComponentType } from 'react';
import { createComponentRegistry, type ComponentRegistry } from '../component-registry';
import { Checkbox } from './checkbox';
import { DatePicker } from './date-picker';
import { DepartmentPicker } from './department-picker';
import { STANDARD_PALETTE } from './palette';
import { Signature } from './signature';
import { Upload } from './upload';
import { UserPicker } from './user-picker';

export type FormComponent = ComponentType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type FormRegistry = ComponentRegistry<FormComponent>;

/**
 * FormGrid lays columns out by its container's width, 100 px per column by default: two columns
 * then still fit a 390 px phone and squeeze every field. 260 px keeps fields usable and collapses
 * a two-column card to one column on a phone, as the schemas' `minColumns: 1` intends.
 */
const ResponsiveGrid = Object.assign(
  (props: ComponentProps<typeof FormGrid>) => createElement(FormGrid, { minWidth: 260, ...props }),
  {
    GridColumn: FormGrid.GridColumn,
    createFormGrid: FormGrid.createFormGrid,
    useFormGrid: FormGrid.useFormGrid,
  },
);

/** The component behind each palette row, by name. */
const COMPONENTS: { [name: string]: unknown } = {
  Input,
  'Input.TextArea': Input.TextArea,
  NumberPicker,
  Select,
  'Radio.Group': Radio.Group,
  Checkbox,
  'Checkbox.Group': Checkbox.Group,
  Switch,
  DatePicker,
  'DatePicker.RangePicker': DatePicker.RangePicker,
  Upload,
  Signature,
  UserPicker,
  DepartmentPicker,
  ArrayTable,
  'ArrayTable.Column': ArrayTable.Column,
  'ArrayTable.Addition': ArrayTable.Addition,
  'ArrayTable.Remove': ArrayTable.Remove,
  'ArrayTable.Index': ArrayTable.Index,
  Card,
  FormGrid: ResponsiveGrid,
  FormLayout,
  FormTab,
  'FormTab.TabPane': FormTab.TabPane,
  FormStep,
  'FormStep.StepPane': FormStep.StepPane,
  Alert,
  FormItem,
};

/**
 * A registry holding every standard form component: what the baselines' schemas name
 * (`FORM_COMPONENTS` of the seal plugin) and what the form designer's palette offers. Each app
 * (runtime, designer preview, a test) creates its own; plugins then register theirs into it.
 */
export function createFormRegistry(): FormRegistry {
  const registry = createComponentRegistry<FormComponent>();
  for (const row of STANDARD_PALETTE) {
    const component = COMPONENTS[row.name];
    if (!component) throw new Error(`No component for palette row "${row.name}"`);
    registry.register({ ...row, component: component as FormComponent, source: 'flowhall' });
  }
  return registry;
}
