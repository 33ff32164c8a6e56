import { describe, expect, it } from 'vitest';
import { earliest, firstDay, formatDate, isIsoDay, monthIndex, monthStart, spanActiveAt } from '../src/model/dates';

describe('partial dates', () => {
  it('compare as the first day of their period', () => {
    expect(firstDay('2018')).toBe('2018-01-01');
    expect(firstDay('2018-05')).toBe('2018-05-01');
    expect(firstDay('2018-05-17')).toBe('2018-05-17');
    expect(firstDay(undefined)).toBeUndefined();
    expect(firstDay('May 2018')).toBeUndefined();
  });

  it('make a span active from its start (inclusive) until its end (exclusive)', () => {
    // NWMPG started 2008-06; Lancashire left in 2018, i.e. from 2018-01-01 it is no longer a member.
    expect(spanActiveAt('2008-06', '2018', '2008-05-31')).toBe(false);
    expect(spanActiveAt('2008-06', '2018', '2008-06-01')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2017-06-30')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2017-12-31')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2018-01-01')).toBe(false);
  });

  it('treat a missing start as "always" and a missing end as "still running"', () => {
    expect(spanActiveAt(undefined, undefined, '1900-01-01')).toBe(true);
    expect(spanActiveAt(undefined, '2012-10-01', '2012-09-30')).toBe(true);
    expect(spanActiveAt(undefined, '2012-10-01', '2012-10-01')).toBe(false);
  });

  it('find the earliest start, ignoring unknown ones', () => {
    expect(earliest(['2010', undefined, '1990', '2002-04'])).toBe('1990-01-01');
    expect(earliest([undefined])).toBeUndefined();
  });

  it('format at the precision they have', () => {
    expect(formatDate('2017-06-30')).toBe('30 Jun 2017');
    expect(formatDate('2018-05')).toBe('May 2018');
    expect(formatDate('2018')).toBe('2018');
    expect(formatDate(undefined)).toBe('');
  });
});

describe('slider months', () => {
  it('round-trip a month index to the first day of the month', () => {
    expect(monthStart(monthIndex('2017-06-30'))).toBe('2017-06-01');
    expect(monthStart(monthIndex('2010-01-01'))).toBe('2010-01-01');
    expect(monthIndex('2011-01-01') - monthIndex('2010-12-31')).toBe(1);
  });

  it('accept only real ISO days as exact dates', () => {
    expect(isIsoDay('2017-06-30')).toBe(true);
    expect(isIsoDay('2017-6-30')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });
});
