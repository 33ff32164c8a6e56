import { describe, expect, it } from 'vitest';
import { certainDay, earliest, firstDay, formatDate, isIsoDay, monthIndex, monthStart, spanActiveAt, uncertainAt } from '../src/model/dates';

describe('partial dates', () => {
  it('compare as the first day of their period', () => {
    expect(firstDay('2018')).toBe('2018-01-01');
    expect(firstDay('2018-05')).toBe('2018-05-01');
    expect(firstDay('2018-05-17')).toBe('2018-05-17');
    expect(firstDay(undefined)).toBeUndefined();
    expect(firstDay('May 2018')).toBeUndefined();
  });

  it('make a span active once its start has certainly happened, until its end certainly has', () => {
    // NWMPG started 2008-06; Lancashire left in 2018. Inside June 2008 the start may not have happened yet, and
    // all through 2018 the exit may not have: both count as not yet (issue 13), as the server's answers do.
    expect(spanActiveAt('2008-06', '2018', '2008-05-31')).toBe(false);
    expect(spanActiveAt('2008-06', '2018', '2008-06-30')).toBe(false);
    expect(spanActiveAt('2008-06', '2018', '2008-07-01')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2017-06-30')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2018-04-30')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2018-12-31')).toBe(true);
    expect(spanActiveAt('2008-06', '2018', '2019-01-01')).toBe(false);
  });

  it('know when a partial date has certainly happened, and when it may have', () => {
    expect(certainDay('2018')).toBe('2019-01-01');
    expect(certainDay('2018-05')).toBe('2018-06-01');
    expect(certainDay('2018-12')).toBe('2019-01-01');
    expect(certainDay('2018-05-01')).toBe('2018-05-01');
    expect(certainDay(undefined)).toBeUndefined();
    expect(uncertainAt('2018', '2018-04-30')).toBe(true);
    expect(uncertainAt('2018', '2017-12-31')).toBe(false);
    expect(uncertainAt('2018', '2019-01-01')).toBe(false);
    expect(uncertainAt('2018-05', '2018-05-31')).toBe(true);
    expect(uncertainAt('2018-05-01', '2018-05-01')).toBe(false);
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
