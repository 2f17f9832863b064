import { StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

/** Marks or unmarks a service as the user's favourite; the star follows the server's answer. */
export function FavouriteStar({
  serviceKey,
  favourite,
  onChange,
  withLabel = false,
}: {
  serviceKey: string;
  favourite: boolean;
  onChange?(favourite: boolean): void;
  withLabel?: boolean;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const label = favourite ? t('unfavourite') : t('favourite');

  const toggle = async () => {
    setBusy(true);
    try {
      const answer = await api.hall.setFavourite(serviceKey, !favourite);
      onChange?.(answer.favourite);
      void message.success(answer.favourite ? t('favouriteAdded') : t('favouriteRemoved'));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button
      type={withLabel ? 'default' : 'text'}
      size={withLabel ? 'middle' : 'small'}
      loading={busy}
      aria-label={label}
      aria-pressed={favourite}
      data-testid="favourite-toggle"
      icon={favourite ? <StarFilled style={{ color: '#f5a623' }} /> : <StarOutlined />}
      onClick={(event) => {
        // The star sits on a clickable card: toggling must not open the service.
        event.stopPropagation();
        void toggle();
      }}
    >
      {withLabel ? label : null}
    </Button>
  );
  return withLabel ? button : <Tooltip title={label}>{button}</Tooltip>;
}
