-- Every piece of text the portal's search may find, one row per piece, with what decides whether the public may
-- see it (meeting and agenda status, minutes status, exempt item, deleted paragraph). The search filters on these
-- columns and then checks each hit against the public record again, so a mistake here can hide a hit but never
-- show an exempt one. On PostgreSQL each branch's text has a GIN full-text index (db/postgresql/V42). Every branch
-- gives exactly the same column types (hence the cast of the varchar title), so PostgreSQL flattens the UNION ALL and
-- pushes the search condition into each branch, where its index can serve it.
create view search_text as
select 'ITEM' as kind, m.id as meeting_id, m.body_id, m.starts_at, m.status as meeting_status,
       m.agenda_status, m.minutes_status, ai.id as item_id, ai.exempt, cast(null as bigint) as paragraph_id,
       cast(ai.title as text) as text
  from agenda_item ai join meeting m on m.id = ai.meeting_id
union all
select 'SUMMARY', m.id, m.body_id, m.starts_at, m.status, m.agenda_status, m.minutes_status, ai.id, ai.exempt,
       cast(null as bigint), ai.summary
  from agenda_item ai join meeting m on m.id = ai.meeting_id
 where ai.summary is not null
union all
select 'RECOMMENDATION', m.id, m.body_id, m.starts_at, m.status, m.agenda_status, m.minutes_status, ai.id,
       ai.exempt, cast(null as bigint), r.text
  from agenda_item_recommendation r join agenda_item ai on ai.id = r.item_id join meeting m on m.id = ai.meeting_id
union all
select 'PARAGRAPH', m.id, m.body_id, m.starts_at, m.status, m.agenda_status, m.minutes_status, ai.id, ai.exempt,
       p.id, p.text
  from minute_paragraph p join agenda_item ai on ai.id = p.item_id join meeting m on m.id = p.meeting_id
 where p.deleted_at is null and p.text is not null
union all
select 'RESOLUTION', m.id, m.body_id, m.starts_at, m.status, m.agenda_status, m.minutes_status, ai.id, ai.exempt,
       p.id, c.text
  from resolution_clause c join minute_paragraph p on p.id = c.paragraph_id
       join agenda_item ai on ai.id = p.item_id join meeting m on m.id = p.meeting_id
 where p.deleted_at is null;
