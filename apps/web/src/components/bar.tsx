/** A horizontal bar with its figure written beside it, readable at a glance and by screen readers. */
export function Bar({
  value,
  max = 100,
  label,
  text,
}: {
  value: number | null;
  max?: number;
  label: string;
  text: string;
}) {
  const share = value === null || max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
  return (
    <div
      className="bar"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value ?? 0}
      aria-valuetext={text}
    >
      <div className="bar-track">
        <div className="bar-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span className="bar-text">{text}</span>
    </div>
  );
}

export function percent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined ? '—' : `${share.toFixed(digits)}%`;
}
