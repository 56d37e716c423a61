// schema: uniqueness constraints and indexes, created on first use (idempotent); waits
// until they are online so that the first queries already use them.
// Parameters: none.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alias_uid IF NOT EXISTS FOR (a:Alias) REQUIRE a.uid IS UNIQUE;
CREATE CONSTRAINT name_lock IF NOT EXISTS FOR (l:NameLock) REQUIRE l.prefix IS UNIQUE;
CREATE INDEX alias_key IF NOT EXISTS FOR (a:Alias) ON (a.key);
CREATE INDEX company_name IF NOT EXISTS FOR (c:Company) ON (c.name);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CALL db.awaitIndexes(300)
