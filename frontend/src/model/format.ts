// Number formats for panels and exports, in UK English. Cost shares are fractions of 1.

export function percent(share: number | undefined | null, digits = 1): string {
  return share === undefined || share === null || Number.isNaN(share) ? '—' : `${(share * 100).toFixed(digits)}%`;
}

/**
 * A share before and after, to one decimal place or to as many more (up to six) as it takes to tell them apart: one
 * of 253 members leaving is "0.395%" to "0.397%", not "0.4%" to "0.4%" (the server's summaries write theirs alike).
 */
export function percentPair(before: number | undefined | null, after: number | undefined | null): [string, string] {
  let digits = 1;
  while (before != null && after != null && before !== after && digits < 6 && percent(before, digits) === percent(after, digits)) digits++;
  return [percent(before, digits), percent(after, digits)];
}

/**
 * A dependency risk score to two places, cut rather than rounded as the server's summary cuts it, so that 0.4999
 * reads "0.49" beside its band (medium) and never "0.50", where high starts; "under 0.01" rather than "0.00".
 */
export function riskScore(score: number): string {
  const cut = Math.floor(Math.round(score * 1e8) / 1e6) / 100; // rounded to 8 places first: 0.29 × 100 is 28.999…
  return score > 0 && cut === 0 ? 'under 0.01' : cut.toFixed(2);
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
