import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { FormEvent, useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { HallCatalogue } from './hall-catalogue';
import { HallFigures } from './hall-figures';
import { HallSections } from './hall-sections';
import styles from './hall.less';

/**
 * The hall home: search, figures (R4), pinned / favourites / hot / recent (R5), the catalogue (R1,
 * R2). It is the first page most people load, so it keeps to light components (a plain search
 * field, no Typography or Input, which bring antd's form machinery): `npm run size` watches it.
 */
export function HallHome() {
  const { t } = useLocale();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string>();
  // Bumped when a star changes in the catalogue, so "my favourites" reloads.
  const [favouritesVersion, setFavouritesVersion] = useState(0);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim() || undefined);
  };

  return (
    <div data-testid="hall" className={styles.home}>
      <section className={styles.banner}>
        <h1 className={styles.bannerTitle}>{t('hallTitle')}</h1>
        <p className={styles.bannerSubtitle}>{t('hallSubtitle')}</p>
        <form className={styles.search} role="search" onSubmit={onSearch}>
          <SearchOutlined className={styles.searchIcon} />
          <input
            type="search"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              // Clearing the field shows the whole hall again.
              if (!event.target.value) setQ(undefined);
            }}
            placeholder={t('searchPlaceholder')}
            aria-label={t('search')}
            className={styles.searchInput}
            data-testid="hall-search"
          />
          <Button type="primary" htmlType="submit" size="large" className={styles.searchButton}>
            {t('search')}
          </Button>
        </form>
        <HallFigures />
      </section>
      {!q && <HallSections version={favouritesVersion} />}
      <HallCatalogue q={q} onFavouriteChange={() => setFavouritesVersion((n) => n + 1)} />
    </div>
  );
}
