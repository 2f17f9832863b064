import { App, Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';

interface Opinion {
  id: number | null;
  text: string;
  own: boolean;
}

/**
 * The opinion with the common-opinion pick list (R17): stock phrases, then the user's own; a pick
 * fills the text (free text stays possible); "保存为常用意见" adds the current text to the user's list.
 */
export function OpinionBox({
  value,
  onChange,
  required,
}: {
  value: string;
  onChange(v: string): void;
  required: boolean;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [opinions, setOpinions] = useState<Opinion[]>([]);
  // The pick list is a menu, not a field: remount it after each pick so it shows its prompt again.
  const [pickKey, setPickKey] = useState(0);
  useEffect(() => {
    api.opinions
      .list()
      .then((answer) => setOpinions(answer.items))
      .catch(() => setOpinions([]));
  }, []);
  const save = async () => {
    const text = value.trim();
    if (!text) return;
    try {
      const added = await api.opinions.add(text);
      setOpinions((current) => [...current, added]);
      message.success(t('actOpinionSaved'));
    } catch (error) {
      message.error(error instanceof Error ? error.message : t('applyFailed'));
    }
  };
  const known = opinions.some((o) => o.text === value.trim());
  return (
    <div className="fh-opinion-box">
      <Select
        className="fh-opinion-pick"
        placeholder={t('actOpinionPick')}
        key={pickKey}
        onChange={(text: string) => {
          onChange(text);
          setPickKey((n) => n + 1);
        }}
        options={[
          {
            label: t('actOpinionStock'),
            options: opinions.filter((o) => !o.own).map((o) => ({ label: o.text, value: o.text })),
          },
          {
            label: t('actOpinionMine'),
            options: opinions.filter((o) => o.own).map((o) => ({ label: o.text, value: o.text })),
          },
        ].filter((group) => group.options.length > 0)}
        data-testid="opinion-pick"
      />
      <Input.TextArea
        rows={3}
        maxLength={500}
        showCount
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t(required ? 'actOpinionRequiredHint' : 'actOpinionHint')}
        data-testid="opinion-text"
      />
      <Space>
        <Button
          size="small"
          type="link"
          disabled={!value.trim() || known}
          onClick={save}
          data-testid="opinion-save"
        >
          {t('actOpinionSave')}
        </Button>
      </Space>
    </div>
  );
}
