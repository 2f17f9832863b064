import type { ServiceCard } from '@flowhall/client';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'umi';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';
import { fetchRecent, fetchServices, Load, useLoad } from './hall-data';
import { Panel } from './panel';
import { serviceName } from './service-labels';
import styles from './hall.less';

const SECTION_SIZE = 6;

function Section({
  title,
  load,
  empty,
  testId,
  extra,
}: {
  title: keyof Messages;
  load: Load<ServiceCard[]>;
  empty: keyof Messages;
  testId: string;
  extra?: ReactNode;
}) {
  const { t, locale } = useLocale();
  return (
    <Panel small title={t(title)} extra={extra} className={styles.section} testId={testId}>
      {load.status === 'loading' && <Spin size="small" />}
      {load.status === 'failed' && <span className={styles.muted}>{t('loadFailed')}</span>}
      {load.status === 'ready' && load.data.length === 0 && <span className={styles.muted}>{t(empty)}</span>}
      {load.status === 'ready' && load.data.length > 0 && (
        <ul className={styles.sectionList}>
          {load.data.slice(0, SECTION_SIZE).map((service) => (
            <li key={service.key}>
              <Link to={`/services/${encodeURIComponent(service.key)}`} className={styles.sectionLink}>
                {serviceName(service, locale)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

const items = (load: Load<{ items: ServiceCard[] }>): Load<ServiceCard[]> =>
  load.status === 'ready' ? { status: 'ready', data: load.data.items } : load;

/**
 * Pinned by administrators, my favourites, hot by cases handled, and what I used recently (R5).
 * `version` changes when a favourite is toggled elsewhere on the page, so the lists follow.
 */
export function HallSections({ version }: { version: number }) {
  const [pinned] = useLoad(() => fetchServices({ pinnedOnly: true, limit: SECTION_SIZE }), []);
  const [favourites] = useLoad(() => fetchServices({ favouritesOnly: true, limit: SECTION_SIZE }), [version]);
  const [hot] = useLoad(() => fetchServices({ sort: 'hot', limit: SECTION_SIZE }), []);
  const [recent] = useLoad(() => fetchRecent(SECTION_SIZE), []);
  return (
    <div className={styles.sections}>
      <Section title="sectionPinned" load={items(pinned)} empty="sectionEmpty" testId="section-pinned" />
      <Section
        title="sectionFavourites"
        load={items(favourites)}
        empty="favouritesEmpty"
        testId="section-favourites"
      />
      <Section title="sectionHot" load={items(hot)} empty="sectionEmpty" testId="section-hot" />
      <Section title="sectionRecent" load={items(recent)} empty="recentEmpty" testId="section-recent" />
    </div>
  );
}
