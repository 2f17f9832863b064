/**
 * Palette metadata of the standard form components: Chinese title, English title, group. Kept
 * apart from the components themselves so the designer (and tests) can read it without React.
 * `part` marks pieces that only live inside another component (table columns, step panes, the
 * FormItem decorator): the palette leaves them out.
 */
export type PaletteGroup = 'input' | 'choice' | 'date' | 'upload' | 'org' | 'table' | 'layout' | 'part';

export interface PaletteRow {
  name: string;
  title: string;
  titleEn: string;
  group: PaletteGroup;
}

const row = (name: string, title: string, titleEn: string, group: PaletteGroup): PaletteRow => ({
  name,
  title,
  titleEn,
  group,
});

export const STANDARD_PALETTE: readonly PaletteRow[] = [
  row('Input', '单行文本', 'Text', 'input'),
  row('Input.TextArea', '多行文本', 'Text area', 'input'),
  row('NumberPicker', '数字', 'Number', 'input'),
  row('Select', '下拉选择', 'Select', 'choice'),
  row('Radio.Group', '单选', 'Radio', 'choice'),
  row('Checkbox', '勾选确认', 'Checkbox', 'choice'),
  row('Checkbox.Group', '多选', 'Checkboxes', 'choice'),
  row('Switch', '开关', 'Switch', 'choice'),
  row('DatePicker', '日期', 'Date', 'date'),
  row('DatePicker.RangePicker', '日期范围', 'Date range', 'date'),
  row('Upload', '附件上传', 'Upload', 'upload'),
  row('Signature', '手写签名', 'Signature', 'upload'),
  row('UserPicker', '人员选择', 'User picker', 'org'),
  row('DepartmentPicker', '部门选择', 'Department picker', 'org'),
  row('ArrayTable', '重复表格', 'Repeating table', 'table'),
  row('ArrayTable.Column', '表格列', 'Table column', 'part'),
  row('ArrayTable.Addition', '添加行', 'Add row', 'part'),
  row('ArrayTable.Remove', '删除行', 'Remove row', 'part'),
  row('ArrayTable.Index', '序号', 'Row number', 'part'),
  row('Card', '卡片', 'Card', 'layout'),
  row('FormGrid', '栅格', 'Grid', 'layout'),
  row('FormLayout', '表单布局', 'Form layout', 'layout'),
  row('FormTab', '选项卡', 'Tabs', 'layout'),
  row('FormTab.TabPane', '选项卡页', 'Tab', 'part'),
  row('FormStep', '分步', 'Steps', 'layout'),
  row('FormStep.StepPane', '步骤', 'Step', 'part'),
  row('Alert', '提示文字', 'Notice', 'layout'),
  row('FormItem', '表单项', 'Form item', 'part'),
];
