/**
 * The department's seal image on an opinion (R18): drawn, not uploaded, so every department has
 * one from day one: a red ring with the department's name along the top and a star.
 */
export function DepartmentStamp({ name, size = 96 }: { name: string; size?: number }) {
  const id = `stamp-arc-${Math.abs(hash(name))}`;
  const chars = [...name].length;
  // Long names get a smaller font so they stay on the upper arc.
  const fontSize = Math.max(9, Math.min(16, Math.floor(150 / Math.max(chars, 1))));
  return (
    <svg
      className="fh-stamp"
      width={size}
      height={size}
      viewBox="0 0 100 100"
      role="img"
      aria-label={name}
      style={{ opacity: 0.85 }}
    >
      <defs>
        <path id={id} d="M 18 54 A 32 32 0 1 1 82 54" />
      </defs>
      <circle cx="50" cy="50" r="46" fill="none" stroke="#d4380d" strokeWidth="4" />
      <text fill="#d4380d" fontSize={fontSize} fontWeight="bold" letterSpacing="1">
        <textPath href={`#${id}`} startOffset="50%" textAnchor="middle">
          {name}
        </textPath>
      </text>
      <text x="50" y="66" fill="#d4380d" fontSize="26" textAnchor="middle">
        ★
      </text>
    </svg>
  );
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
