// Every entity carries a version, the number in the change log of the write that last changed it (see
// register/Precondition). Entities written before versions were kept start at 0.
MATCH (n) WHERE (n:Function OR n:Force OR n:Collaboration OR n:Person OR n:Lesson) AND n.version IS NULL
SET n.version = 0;
