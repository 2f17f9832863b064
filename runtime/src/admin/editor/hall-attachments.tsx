import { useEffect, useState } from 'react';
import { Button, List, Typography, Upload, message } from 'antd';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';

interface Attachment {
  fileId: string;
  name: string;
}

/**
 * Attachments (form templates and the like) live on the hall service that offers this process,
 * not in the versioned definition: they are saved at once, like the rest of the catalogue.
 */
export function HallAttachments({ definitionKey, readOnly }: { definitionKey: string; readOnly: boolean }) {
  const { t } = useLocale();
  const [items, setItems] = useState<Attachment[] | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    api.hall
      .service(definitionKey)
      .then((s) => setItems(s.attachments))
      .catch(() => setMissing(true));
  }, [definitionKey]);

  const save = async (next: Attachment[]) => {
    try {
      const updated = await api.hall.updateService(definitionKey, { attachments: next });
      setItems(updated.attachments);
      void message.success(t('hallAttachmentsSaved'));
    } catch (err) {
      void message.error((err as Error).message);
    }
  };

  if (missing) return <Typography.Text type="secondary">{t('hallAttachmentsNoService')}</Typography.Text>;
  return (
    <div>
      <List
        size="small"
        dataSource={items ?? []}
        loading={items === null}
        renderItem={(a) => (
          <List.Item
            actions={
              readOnly
                ? []
                : [
                    <Button
                      key="rm"
                      type="link"
                      danger
                      size="small"
                      onClick={() => void save((items ?? []).filter((x) => x.fileId !== a.fileId))}
                    >
                      ×
                    </Button>,
                  ]
            }
          >
            <a href={api.files.downloadUrl(a.fileId)} target="_blank" rel="noreferrer">
              {a.name}
            </a>
          </List.Item>
        )}
      />
      {readOnly ? null : (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            api.files
              .upload([file])
              .then(([stored]) => save([...(items ?? []), { fileId: stored.id, name: stored.name }]))
              .catch((err: Error) => void message.error(err.message));
            return false;
          }}
        >
          <Button size="small">{t('hallUpload')}</Button>
        </Upload>
      )}
    </div>
  );
}
