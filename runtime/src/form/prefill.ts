import type { UserProfile } from '@flowhall/client';

/**
 * R7: the applicant's base information fills the form when it opens. A field opts in with
 * `x-prefill` (`name` | `phone` | `department` | `staffNo` | `email` | `title`), which the form
 * designer can set; fields of the baselines are recognised by their conventional names, so the
 * seal plugin's forms work without it. Only empty, editable, top-level data fields are filled:
 * a draft's own values always win.
 */
export type ProfileKey = 'name' | 'phone' | 'department' | 'staffNo' | 'email' | 'title';

const BY_NAME: Record<string, ProfileKey> = {
  applicantName: 'name',
  responsiblePerson: 'name',
  handler: 'name',
  contactName: 'name',
  applicantPhone: 'phone',
  applicantMobile: 'phone',
  responsibleMobile: 'phone',
  handlerMobile: 'phone',
  contactMobile: 'phone',
  phone: 'phone',
  mobile: 'phone',
  applicantDept: 'department',
  applicantDepartment: 'department',
  usingUnit: 'department',
  applyingUnit: 'department',
  department: 'department',
  staffNo: 'staffNo',
  applicantStaffNo: 'staffNo',
  email: 'email',
  applicantEmail: 'email',
};

interface Node {
  type?: string;
  properties?: Record<string, Node>;
  'x-prefill'?: unknown;
  'x-component'?: string;
}

const PROFILE_KEYS: readonly string[] = ['name', 'phone', 'department', 'staffNo', 'email', 'title'];

function valueOf(profile: UserProfile, key: ProfileKey): string | undefined {
  const value = {
    name: profile.displayName,
    phone: profile.phone,
    department: profile.department ? String(profile.department.id) : null,
    staffNo: profile.staffNo,
    email: profile.email,
    title: profile.title,
  }[key];
  return value ?? undefined;
}

/** Values to merge under the draft's own: `{ field: value }` for empty editable fields. */
export function prefillFromProfile(
  schema: Node,
  profile: UserProfile,
  options: { editable: (path: string) => boolean; current: Record<string, unknown> },
): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (properties: Record<string, Node> | undefined) => {
    for (const [name, field] of Object.entries(properties ?? {})) {
      if (field.type === 'void') {
        walk(field.properties);
        continue;
      }
      const declared = typeof field['x-prefill'] === 'string' ? field['x-prefill'] : undefined;
      const key = (declared && PROFILE_KEYS.includes(declared) ? declared : BY_NAME[name]) as
        | ProfileKey
        | undefined;
      if (!key || !options.editable(name)) continue;
      const existing = options.current[name];
      if (existing !== undefined && existing !== null && existing !== '') continue;
      const value = valueOf(profile, key);
      if (value) out[name] = value;
    }
  };
  walk(schema.properties);
  return out;
}
