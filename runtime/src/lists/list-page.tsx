import { Alert, Badge, Button, Card, Result, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { usePhone } from '../layouts/use-phone';
import { isAdminUser } from '../session/roles';
import { useSession } from '../session/session-context';
import { BOX_BADGE, BOX_LABEL, isListBox, LIST_BOXES, ListBox } from './boxes';
import { useCounts } from './counts-context';
import { ListCards } from './list-cards';
import { ListFilters } from './list-filters';
import { ListTable } from './list-table';
import { ListFilters as Filters, useList } from './use-list';
import styles from './lists.less';

function ListBody({ box }: { box: ListBox }) {
  const { t } = useLocale();
  const phone = usePhone();
  const { refresh } = useCounts();
  const [filters, setFilters] = useState<Filters>({});
  const list = useList(box, filters);
  const onChanged = () => {
    list.reload();
    refresh();
  };

  return (
    <>
      <ListFilters filters={filters} withStatus={box === 'mine'} items={list.items} onChange={setFilters} />
      {list.error && (
        <Alert
          type="error"
          showIcon
          message={t('loadFailed')}
          description={list.error}
          action={<Button onClick={list.reload}>{t('retry')}</Button>}
          className={styles.error}
        />
      )}
      {phone ? (
        <ListCards box={box} items={list.items} loading={list.loading} onChanged={onChanged} />
      ) : (
        <ListTable box={box} items={list.items} loading={list.loading} onChanged={onChanged} />
      )}
      {list.hasMore && (
        <div className={styles.more}>
          <Button onClick={list.loadMore} loading={list.loading} data-testid="load-more">
            {t('loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}

/** To-do, done, CC'd, my applications, drafts and supervised (R21) as tabs with count badges. */
export function ListPage() {
  const { box } = useParams<{ box: string }>();
  const { t } = useLocale();
  const navigate = useNavigate();
  const { state } = useSession();
  const { counts, refresh } = useCounts();
  const admin = state.status === 'signed-in' && isAdminUser(state.user);
  const boxes = LIST_BOXES.filter((b) => b !== 'supervised' || admin);
  // Opening a list is a good moment to bring the badges up to date.
  useEffect(refresh, [box, refresh]);

  if (!isListBox(box) || !boxes.includes(box)) {
    return <Result status="404" title={t('listNotFound')} />;
  }
  return (
    <Card className={styles.page} data-testid={`list-${box}`}>
      <Tabs
        activeKey={box}
        onChange={(key) => navigate(`/tasks/${key}`)}
        items={boxes.map((b) => {
          const badge = BOX_BADGE[b];
          return {
            key: b,
            label: (
              <span data-testid={`tab-box-${b}`}>
                {t(BOX_LABEL[b])}
                {badge && counts ? (
                  <Badge count={counts[badge]} size="small" className={styles.badge} />
                ) : null}
              </span>
            ),
          };
        })}
      />
      <ListBody key={box} box={box} />
    </Card>
  );
}
