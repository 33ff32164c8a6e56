import type { Session } from '../api/session';
import type { Collaboration, Lesson, Person } from '../api/types';

// What the page offers to edit, mirroring the server's editors' rights (README, "Who may do what";
// EditRights on the server). The page only leaves out what would be refused; the server decides every write.

/** The forces that host or lead the collaboration now (a host or lead that has left no longer counts). */
export function hostsAndLeads(c: Pick<Collaboration, 'members'>): string[] {
  return c.members.filter((m) => (m.role === 'host' || m.role === 'lead') && !m.left && !m.leftDateUnknown).map((m) => m.force);
}

/** The collaboration's own fields, terms, budgets, benefits, figures and deleting it: admins, and editors of a force that hosts or leads it. */
export function mayEditCollaboration(session: Session, c: Pick<Collaboration, 'members'>): boolean {
  return session.isAdmin || hostsAndLeads(c).some((f) => session.mayEditFor(f));
}

/** The forces whose memberships (join, withdrawal) and figures the account may record in any collaboration. */
export function ownForces(session: Session, allForces: string[]): string[] {
  if (session.isAdmin) return allForces;
  return session.has('editor') ? (session.account?.forces ?? []).filter((f) => allForces.includes(f)) : [];
}

/** Lessons of a collaboration: admins, and editors of a force that is or was a member of it. */
export function mayEditLessonsOf(session: Session, c: Pick<Collaboration, 'members'>): boolean {
  return session.isAdmin || c.members.some((m) => session.mayEditFor(m.force));
}

export function mayEditLesson(session: Session, lesson: Pick<Lesson, 'collaboration'>, collaboration: Pick<Collaboration, 'members'> | undefined): boolean {
  if (session.isAdmin) return true;
  return !!lesson.collaboration && !!collaboration && mayEditLessonsOf(session, collaboration);
}

/** People serving in the account's forces. */
export function mayEditPerson(session: Session, person: Pick<Person, 'force'>): boolean {
  return session.isAdmin || (!!person.force && session.mayEditFor(person.force));
}

/** The audit of an entity: admins, and editors (for what they may edit now; the server filters the rest). */
export function mayReadHistory(session: Session): boolean {
  return session.isAdmin || session.has('editor');
}
