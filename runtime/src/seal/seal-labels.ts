import type {
  LedgerKind,
  LetterStatusKey,
  SealEventKindKey,
  SealStatusKey,
} from '@flowhall/plugin-seal/client';
import type { Messages } from '../i18n/messages';

type Key = keyof Messages;

export const SEAL_STATUS_LABEL: Record<SealStatusKey, Key> = {
  'in-use': 'sealStatusInUse',
  out: 'sealStatusOut',
  abolished: 'sealStatusAbolished',
};

export const SEAL_STATUS_COLOR: Record<SealStatusKey, string> = {
  'in-use': 'green',
  out: 'orange',
  abolished: 'default',
};

export const SEAL_EVENT_LABEL: Record<SealEventKindKey, Key> = {
  registered: 'sealEventRegistered',
  engraved: 'sealEventEngraved',
  used: 'sealEventUsed',
  'taken-out': 'sealEventTakenOut',
  returned: 'sealEventReturned',
  abolished: 'sealEventAbolished',
};

export const LETTER_STATUS_LABEL: Record<LetterStatusKey, Key> = {
  issued: 'sealLetterStatusIssued',
  used: 'sealLetterStatusUsed',
  void: 'sealLetterStatusVoid',
  expired: 'sealLetterStatusExpired',
};

export const LETTER_STATUS_COLOR: Record<LetterStatusKey, string> = {
  issued: 'green',
  used: 'blue',
  void: 'red',
  expired: 'default',
};

export const LEDGER_TABS: Array<{ kind: LedgerKind; label: Key }> = [
  { kind: 'seal-uses', label: 'sealLedgerSealUses' },
  { kind: 'engravings', label: 'sealLedgerEngravings' },
  { kind: 'abolitions', label: 'sealLedgerAbolitions' },
  { kind: 'letters', label: 'sealLedgerLetters' },
  { kind: 'cert-loans', label: 'sealLedgerCertLoans' },
];
