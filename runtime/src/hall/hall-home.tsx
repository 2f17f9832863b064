import { Input, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { HallCatalogue } from './hall-catalogue';
import { HallFigures } from './hall-figures';
import { HallSections } from './hall-sections';
import styles from './hall.less';

/** The hall home: search, figures (R4), pinned / favourites / hot / recent (R5), the catalogue (R1, R2). */
export function HallHome() {
  const { t } = useLocale();
  const [q, setQ] = useState<string>();
  // Bumped when a star changes in the catalogue, so "my favourites" reloads.
  const [favouritesVersion, setFavouritesVersion] = useState(0);

  return (
    <div data-testid="hall" className={styles.home}>
      <section className={styles.banner}>
        <Typography.Title level={3} className={styles.bannerTitle}>
          {t('hallTitle')}
        </Typography.Title>
        <Typography.Text className={styles.bannerSubtitle}>{t('hallSubtitle')}</Typography.Text>
        <Input.Search
          allowClear
          size="large"
          enterButton={t('search')}
          className={styles.search}
          placeholder={t('searchPlaceholder')}
          onSearch={(value) => setQ(value.trim() || undefined)}
          data-testid="hall-search"
        />
        <HallFigures />
      </section>
      {!q && <HallSections version={favouritesVersion} />}
      <HallCatalogue q={q} onFavouriteChange={() => setFavouritesVersion((n) => n + 1)} />
    </div>
  );
}
