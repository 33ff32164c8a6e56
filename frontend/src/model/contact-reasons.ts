import type { Collaboration, Contact } from '../api/types';
import { formatDate } from './dates';

// Why a contact is listed, in words a collaboration lead reads ("went through a withdrawal: Lancashire, their
// force, left NWMPG in 2018"), and the score's parts named, so that no score is shown as a bare number. The
// words come from the answer's parts and the register's memberships; the ranking is the server's: those who have
// done what is asked (parts.tier 1: their own force withdrew while the role ran, or their collaboration works in
// the function asked about) first, then the rest, each by score.

export interface ReasonContext {
  asking: string;
  topic: string;
  /** A readable name for the topic ("withdrawal", "Roads policing"). */
  topicName: string;
  nameOf: (id: string) => string;
  collaboration: (id: string) => Pick<Collaboration, 'members' | 'ended' | 'functions'> | undefined;
}

export interface Reasons {
  /** Sentences, most telling first: what the contact has done, how they are linked, how recent. */
  why: string[];
  /** The score with its parts: "0.84 = match 1.1 × link 0.5 × experience 2 × recency 0.76". */
  parts?: string;
}

const n = (x: number) => String(Math.round(x * 100) / 100);

/** Years since the role ended, from the recency factor (its inverse: years = −10 · ln(2r − 1)). */
export function yearsSince(recency: number): number {
  return recency >= 1 ? 0 : -10 * Math.log(2 * recency - 1);
}

export function contactReasons(c: Contact, ctx: ReasonContext): Reasons {
  const why: string[] = [];
  const collab = c.collaboration ? ctx.collaboration(c.collaboration) : undefined;
  const collabName = c.collaboration ? ctx.nameOf(c.collaboration) : 'its collaboration';
  const outcome = c.parts?.outcome ?? 1;
  const done = c.parts?.tier === 1;
  const matched = c.matchedOn ?? [];
  if (outcome >= 2) {
    const own = collab?.members.find((m) => m.force === c.force && m.left);
    why.push(`${done ? 'Has done this, went' : 'Went'} through a withdrawal: ${c.force ? `${ctx.nameOf(c.force)}, their force,` : 'their force'} left ${collabName}${own?.left ? ` ${own.left.length > 7 ? 'on' : 'in'} ${formatDate(own.left)}` : ''}, while this role ran.`);
  } else if (outcome > 1) {
    const left = collab?.members.filter((m) => m.left && m.force !== c.force) ?? [];
    const events = [...left.map((m) => `${ctx.nameOf(m.force)} left${m.left ? ` (${formatDate(m.left)})` : ''}`), ...(collab?.ended ? [`it ended (${formatDate(collab.ended)})`] : [])];
    why.push(`Was in ${collabName} when ${events.length ? events.join(' and ') : 'it lost a member'}.`);
  }
  if (done && outcome < 2) why.unshift(`Has done this: ${collabName} works in ${ctx.topicName}.`);
  else if (matched.includes('function')) why.push(`${collabName} works in ${ctx.topicName}.`);
  if (c.parts?.tier === 0 && ctx.topic === 'withdrawal') why.push('Listed after those whose own force withdrew while their role ran.');
  if (matched.includes('topic')) why.push(`Named as a contact for ${ctx.topicName}.`);
  if (matched.includes('lesson')) why.push(`${collabName} recorded a lesson on ${ctx.topicName}.`);
  const asking = ctx.nameOf(ctx.asking);
  if (c.hops === undefined) why.push(`No link from ${asking} in the register: no chain of shared members reaches ${collabName}.`);
  else if (c.hops === 0) why.push(`${asking} is or was a member of ${collabName}.`);
  else why.push(`${c.hops} collaboration step${c.hops === 1 ? '' : 's'} from ${asking}.`);
  if (c.parts && c.parts.recency < 1) {
    const years = yearsSince(c.parts.recency);
    why.push(years < 1 ? 'The role ended within the last year.' : `The role ended about ${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'} before the date shown.`);
  }
  if (!c.parts) return { why };
  const p = c.parts;
  const kinds = matched.map((m) => (m === 'topic' ? 'named contact' : m)).join(', ');
  const experience = p.outcome >= 2 ? 'own force left' : p.outcome > 1 ? 'was there when it changed' : 'none recorded';
  const link = c.hops === undefined ? 'no link' : `${c.hops} step${c.hops === 1 ? '' : 's'}`;
  const recency = p.recency >= 1 ? 'in the role' : `ended ~${Math.round(yearsSince(p.recency))} y ago`;
  return { why, parts: `Score ${n(c.score)} = match ${n(p.match)} (${kinds}) × link ${n(p.proximity)} (${link}) × experience ${n(p.outcome)} (${experience}) × recency ${n(p.recency)} (${recency})` };
}
