import { Button, Space, Spin, Typography, Upload as AntdUpload } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHost } from '../../host';
import { compressImage } from '../compress-image';
import { componentText } from '../component-text';
import { FileThumb } from './file-thumb';
import { itemsFromValue, room, valueOf, type UploadItem } from './upload-queue';

export interface UploadFieldProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** At most this many files (R10: 10). */
  maxCount?: number;
  accept?: string;
  /** Shrink photos in the browser before upload (default on). */
  compressImages?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
}

let sequence = 0;
const nextKey = () => `local-${Date.now()}-${(sequence += 1)}`;

/** Stored files' names and types, for ids that come back into the field after an upload. */
const useKnownFiles = () => useRef(new Map<string, { name: string; mime: string }>()).current;

export function UploadField(props: UploadFieldProps) {
  const { value, onChange, maxCount = 10, accept = 'image/*,.pdf', compressImages = true } = props;
  const host = useHost();
  const t = componentText(host.locale);
  const known = useKnownFiles();
  const [items, setItems] = useState<UploadItem[]>(() =>
    itemsFromValue(value ?? [], known, (n) => t('uploadFile', { n })),
  );
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const [notice, setNotice] = useState<string | null>(null);
  const coarse = useMemo(
    () => typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches,
    [],
  );

  // The form may set the value (draft loaded, copy of a case): follow it unless it is ours.
  useEffect(() => {
    const ids = value ?? [];
    if (ids.join() === valueOf(itemsRef.current).join()) return;
    itemsRef.current = [
      ...itemsFromValue(ids, known, (n) => t('uploadFile', { n })),
      ...itemsRef.current.filter((item) => item.status !== 'done'),
    ];
    setItems(itemsRef.current);
  }, [value]);

  // Every change goes through the ref, so overlapping uploads never overwrite each other's state.
  const update = (key: string, patch: Partial<UploadItem> | null) => {
    const current = itemsRef.current;
    const next =
      patch === null
        ? current.filter((item) => item.key !== key)
        : current.map((item) => (item.key === key ? { ...item, ...patch } : item));
    itemsRef.current = next;
    setItems(next);
    if (valueOf(next).join() !== valueOf(current).join()) onChange?.(valueOf(next));
  };

  const send = async (key: string, file: File) => {
    try {
      update(key, { status: compressImages ? 'compressing' : 'uploading', error: undefined });
      const prepared = compressImages ? await compressImage(file) : file;
      update(key, { status: 'uploading' });
      const [stored] = await host.upload([prepared]);
      known.set(stored.id, { name: stored.name, mime: stored.mime });
      update(key, { status: 'done', id: stored.id, name: stored.name, mime: stored.mime, file: undefined });
    } catch (error) {
      update(key, { status: 'error', error: error instanceof Error ? error.message : t('uploadFailed') });
    }
  };

  const pick = (file: File) => {
    if (room(itemsRef.current, maxCount) === 0) {
      setNotice(t('uploadTooMany', { max: maxCount }));
      return false;
    }
    setNotice(null);
    const item: UploadItem = { key: nextKey(), name: file.name, status: 'compressing', file };
    itemsRef.current = [...itemsRef.current, item];
    setItems(itemsRef.current);
    void send(item.key, file);
    return false;
  };

  const locked = props.disabled || props.readOnly;
  const full = room(items, maxCount) === 0;
  const trigger = (capture: boolean) => (
    <AntdUpload
      accept={capture ? 'image/*' : accept}
      multiple={!capture}
      showUploadList={false}
      beforeUpload={pick}
      disabled={locked || full}
      {...(capture ? { capture: 'environment' as const } : {})}
    >
      <Button disabled={locked || full}>{t(capture ? 'uploadCamera' : 'uploadPick')}</Button>
    </AntdUpload>
  );

  return (
    <div className="fh-upload">
      {!locked && (
        <Space wrap>
          {coarse && trigger(true)}
          {trigger(false)}
        </Space>
      )}
      {!locked && (
        <Typography.Text
          type="secondary"
          className="fh-upload-hint"
          style={{ display: 'block', fontSize: 12 }}
        >
          {t('uploadHint', { max: maxCount })}
        </Typography.Text>
      )}
      {notice && <Typography.Text type="danger">{notice}</Typography.Text>}
      <div className="fh-upload-list" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
        {items.map((item) => (
          <div key={item.key} className={`fh-upload-item fh-upload-${item.status}`} style={itemStyle}>
            {item.status === 'done' && item.id ? (
              <FileThumb
                url={host.fileUrl(item.id)}
                name={item.name}
                {...(item.mime ? { mime: item.mime } : {})}
              />
            ) : (
              <Spin spinning={item.status !== 'error'} size="small">
                <div style={{ width: 72, height: 72 }} />
              </Spin>
            )}
            <Typography.Text ellipsis style={{ maxWidth: 96, fontSize: 12 }} title={item.name}>
              {item.name}
            </Typography.Text>
            {item.status === 'compressing' && <small>{t('uploadCompressing')}</small>}
            {item.status === 'uploading' && <small>{t('uploadUploading')}</small>}
            {item.status === 'error' && (
              <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 96 }}>
                {item.error ?? t('uploadFailed')}
              </Typography.Text>
            )}
            {!locked && (
              <Space size={4}>
                {item.status === 'error' && item.file && (
                  <Button size="small" type="link" onClick={() => void send(item.key, item.file as File)}>
                    {t('uploadRetry')}
                  </Button>
                )}
                {(item.status === 'done' || item.status === 'error') && (
                  <Button size="small" type="link" danger onClick={() => update(item.key, null)}>
                    {t('uploadRemove')}
                  </Button>
                )}
              </Space>
            )}
          </div>
        ))}
        {locked && items.length === 0 && (
          <Typography.Text type="secondary">{t('uploadNone')}</Typography.Text>
        )}
      </div>
    </div>
  );
}

const itemStyle = {
  display: 'flex',
  flexDirection: 'column' as const,
  alignItems: 'center',
  gap: 2,
  width: 104,
  padding: 4,
  border: '1px solid #f0f0f0',
  borderRadius: 6,
};
