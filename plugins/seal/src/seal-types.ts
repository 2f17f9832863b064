/**
 * The kinds of seal a university office keeps (001, 002, 003). The key is stored in forms and in
 * the seal registry; the names are what people see. `contractAllowed` carries rule R32: contracts
 * may carry only the university seal or the contract seal, never a department seal.
 */
export type SealTypeKey =
  | 'official'
  | 'party'
  | 'department'
  | 'business'
  | 'contract'
  | 'finance'
  | 'steel'
  | 'name';

export interface SealType {
  key: SealTypeKey;
  name: string;
  nameEn: string;
  contractAllowed: boolean;
}

export const SEAL_TYPES: readonly SealType[] = [
  { key: 'official', name: '公章', nameEn: 'Official seal', contractAllowed: true },
  { key: 'party', name: '党委章', nameEn: 'Party committee seal', contractAllowed: false },
  { key: 'department', name: '部门章', nameEn: 'Department seal', contractAllowed: false },
  { key: 'business', name: '业务专用章', nameEn: 'Business seal', contractAllowed: false },
  { key: 'contract', name: '合同专用章', nameEn: 'Contract seal', contractAllowed: true },
  { key: 'finance', name: '财务专用章', nameEn: 'Finance seal', contractAllowed: false },
  { key: 'steel', name: '钢印', nameEn: 'Embossing seal', contractAllowed: false },
  { key: 'name', name: '名章', nameEn: "Person's name seal", contractAllowed: false },
];

export function findSealType(key: string): SealType | undefined {
  return SEAL_TYPES.find((t) => t.key === key);
}
