// Filters the API offers on lists: collaborations by status, forces by region.
CREATE INDEX collaboration_status IF NOT EXISTS FOR (n:Collaboration) ON (n.status);
CREATE INDEX force_region IF NOT EXISTS FOR (n:Force) ON (n.region);
