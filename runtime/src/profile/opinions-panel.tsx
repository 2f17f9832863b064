import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { Opinion } from '@flowhall/client';
import { App, Button, Empty, Input, List, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import styles from './profile.less';

/** My common opinions (R17): the phrases offered first when I approve; add, reorder, delete. */
export function OpinionsPanel() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [own, setOwn] = useState<Opinion[]>([]);
  const [loading, setLoading] = useState(true);
  const [text, setText] = useState('');

  const report = (err: unknown) => void message.error(err instanceof Error ? err.message : String(err));
  const show = (items: Opinion[]) => setOwn(items.filter((o) => o.own));

  useEffect(() => {
    api.opinions
      .list()
      .then(({ items }) => show(items))
      .catch(report)
      .finally(() => setLoading(false));
    // Loaded once; every change below answers with the new list.
  }, []);

  const add = async () => {
    const value = text.trim();
    if (!value) return;
    try {
      const created = await api.opinions.add(value);
      setOwn((prev) => [...prev, created]);
      setText('');
    } catch (err) {
      report(err);
    }
  };

  const move = async (index: number, by: -1 | 1) => {
    const ids = own.map((o) => o.id as number);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved);
    try {
      show((await api.opinions.reorder(ids)).items);
    } catch (err) {
      report(err);
    }
  };

  const remove = async (id: number) => {
    try {
      await api.opinions.remove(id);
      setOwn((prev) => prev.filter((o) => o.id !== id));
    } catch (err) {
      report(err);
    }
  };

  return (
    <div data-testid="opinions">
      <p className={styles.hint}>{t('opinionsHint')}</p>
      <Space.Compact className={styles.addOpinion}>
        <Input
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          onPressEnter={() => void add()}
          placeholder={t('opinionPlaceholder')}
          data-testid="opinion-input"
        />
        <Button type="primary" onClick={() => void add()} disabled={!text.trim()} data-testid="opinion-add">
          {t('opinionAdd')}
        </Button>
      </Space.Compact>
      <List
        className={styles.list}
        loading={loading}
        dataSource={own}
        locale={{ emptyText: <Empty description={t('opinionsNone')} /> }}
        renderItem={(opinion, index) => (
          <List.Item
            data-testid="opinion-item"
            actions={[
              <Button
                key="up"
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                aria-label={t('moveUp')}
                onClick={() => void move(index, -1)}
              />,
              <Button
                key="down"
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === own.length - 1}
                aria-label={t('moveDown')}
                onClick={() => void move(index, 1)}
              />,
              <Button
                key="delete"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('delete')}
                onClick={() => void remove(opinion.id as number)}
              />,
            ]}
          >
            <span className={styles.opinionText}>{opinion.text}</span>
          </List.Item>
        )}
      />
    </div>
  );
}
