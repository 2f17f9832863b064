/** The words the seal picker shows; the host's locale picks the language (Chinese first). */
const zhCN = {
  seal: '印章',
  pick: '请选择印章',
  count: '用印次数',
  countPlaceholder: '例如：2',
  positions: '用章位置',
  positionsPlaceholder: '例：第1项用印材料2,3页',
  add: '添加印章',
  remove: '删除',
  loading: '正在加载印章…',
  none: '没有可选的印章',
  loadFailed: '印章列表加载失败',
  empty: '—',
  times: '{n} 次',
};

export type SealPickerText = typeof zhCN;

const enUS: SealPickerText = {
  seal: 'Seal',
  pick: 'Pick a seal',
  count: 'Times',
  countPlaceholder: 'e.g. 2',
  positions: 'Where to stamp',
  positionsPlaceholder: 'e.g. item 1, pages 2 and 3',
  add: 'Add a seal',
  remove: 'Remove',
  loading: 'Loading seals…',
  none: 'No seal can be picked',
  loadFailed: 'The seals could not be loaded',
  empty: '—',
  times: '{n} times',
};

export function sealPickerText(locale: string): SealPickerText {
  return locale === 'en-US' ? enUS : zhCN;
}
