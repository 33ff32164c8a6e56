// Issue 13: a collaboration's legal basis is one of its agreement terms, and its single annual cost a budget
// whose financial year was not recorded. Terms, cost sharing, budgets and benefits are kept on the
// Collaboration node as JSON text, read and written whole with it (docs/register-format.md). The node keeps
// annualCost as the running cost derived from its budgets, which the analytics snapshot reads.
// (V006 is left to the audit log, which another branch adds.)
MATCH (c:Collaboration) WHERE c.legalBasis IS NOT NULL AND c.terms IS NULL
SET c.terms = '{"legalBasis":{"value":"' + c.legalBasis + '"}}'
REMOVE c.legalBasis;

MATCH (c:Collaboration) WHERE c.annualCost IS NOT NULL AND c.budgets IS NULL
SET c.budgets = '[{"amount":' + toString(toFloat(c.annualCost)) + ',"note":"recorded as annualCost, the year not stated"}]';
