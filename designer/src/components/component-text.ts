/**
 * The few words the form components show themselves. The designer package has no i18n of the
 * app's, so the components pick from this by the host's locale.
 */
const zhCN = {
  uploadPick: '选择文件',
  uploadCamera: '拍照上传',
  uploadHint: '可上传图片或 PDF，每项最多 {max} 个文件；照片会自动压缩',
  uploadCompressing: '正在压缩…',
  uploadUploading: '正在上传…',
  uploadFailed: '上传失败',
  uploadTooMany: '每项最多 {max} 个文件',
  uploadRemove: '删除',
  uploadRetry: '重试',
  uploadFile: '附件 {n}',
  uploadNone: '未上传',
  userSearch: '输入姓名或工号搜索',
  departmentPick: '请选择部门',
  checked: '已确认',
  unchecked: '未确认',
  empty: '—',
  signatureHint: '请在框内手写签名',
  signatureUndo: '撤销一笔',
  signatureClear: '清除',
  signatureSave: '确认签名',
  signatureRedo: '重新签名',
  signatureNone: '未签名',
  signatureAlt: '手写签名',
};

export type ComponentText = typeof zhCN;

const enUS: ComponentText = {
  uploadPick: 'Choose files',
  uploadCamera: 'Take a photo',
  uploadHint: 'Images or PDF, at most {max} files; photos are compressed automatically',
  uploadCompressing: 'Compressing…',
  uploadUploading: 'Uploading…',
  uploadFailed: 'Upload failed',
  uploadTooMany: 'At most {max} files',
  uploadRemove: 'Remove',
  uploadRetry: 'Retry',
  uploadFile: 'File {n}',
  uploadNone: 'None uploaded',
  userSearch: 'Search by name or staff number',
  departmentPick: 'Choose a department',
  checked: 'Confirmed',
  unchecked: 'Not confirmed',
  empty: '—',
  signatureHint: 'Sign inside the box',
  signatureUndo: 'Undo stroke',
  signatureClear: 'Clear',
  signatureSave: 'Use this signature',
  signatureRedo: 'Sign again',
  signatureNone: 'Not signed',
  signatureAlt: 'Handwritten signature',
};

export function componentText(locale: 'zh-CN' | 'en-US') {
  const messages = locale === 'en-US' ? enUS : zhCN;
  return (key: keyof ComponentText, values: Record<string, string | number> = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
