// Number formats for panels and exports, in UK English. Cost shares are fractions of 1.

export function percent(share: number | undefined | null, digits = 1): string {
  return share === undefined || share === null || Number.isNaN(share) ? '—' : `${(share * 100).toFixed(digits)}%`;
}

/** "£1.2m", "£350k", "£900": short money for tables, where the full figure is in the source. */
export function money(amount: number | undefined | null): string {
  if (amount === undefined || amount === null || Number.isNaN(amount)) return '—';
  const sign = amount < 0 ? '−' : '';
  const a = Math.abs(amount);
  if (a >= 1e9) return `${sign}£${trim(a / 1e9)}bn`;
  if (a >= 1e6) return `${sign}£${trim(a / 1e6)}m`;
  if (a >= 1e3) return `${sign}£${trim(a / 1e3)}k`;
  return `${sign}£${Math.round(a)}`;
}

function trim(n: number): string {
  const text = n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2);
  // Drop trailing zeros of the decimals only ("1.50" → "1.5", "2.00" → "2"), never of the integer ("100").
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
