import type { ListItem } from '@flowhall/client';
import type { ListBox } from './boxes';

/** What the list page hands either view of a tab: the desktop table or the phone cards. */
export interface ListViewProps {
  box: ListBox;
  items: ListItem[];
  loading: boolean;
  /** After a row action (withdraw, delete a draft, 督办): reload the list. */
  onChanged(): void;
}

/** The applicant's own tabs: rows leave out the applicant and offer the applicant's actions. */
export const isOwnBox = (box: ListBox): boolean => box === 'mine' || box === 'drafts';
