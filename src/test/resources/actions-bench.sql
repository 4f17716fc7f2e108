-- Figures for the actions list at 10,000 actions: psql -h 127.0.0.1 -U postgres -d <test db> -f src/test/resources/actions-bench.sql
-- (after a test run has migrated and seeded the database; everything is rolled back).
begin;
insert into action(body_id, description, owner_organisation_id, owner_person_id, due_kind, due_date, status, version)
select b.id, 'Bench action ' || g, case when g % 3 = 0 then null else o.id end, null, 'DATE', date '2026-01-01' + (g % 400),
       case when g % 4 = 0 then 'DONE' else 'OPEN' end, 0
from generate_series(1, 10000) g
cross join lateral (select id from body order by id limit 1 offset (g % 3)) b
cross join lateral (select id from organisation order by id limit 1 offset (g % 2)) o;
insert into action_plan_link(action_id, element_kind, element_id) select id, 'THEME', id % 7 from action where description like 'Bench action %';
analyze action; analyze action_plan_link;
select count(*) as actions from action;
\timing on
-- clerk: one body, open, page 100 of 50, newest first, and its count
explain analyze select a.id from action a where a.body_id in (1,2,3) and a.body_id = 1 and a.status = 'OPEN' order by a.id desc offset 5000 limit 50;
select count(*) from action a where a.body_id in (1,2,3) and a.body_id = 1 and a.status = 'OPEN';
-- officer: own or organisation's, first page and count
explain analyze select a.id from action a where (a.owner_person_id = 5 or a.owner_organisation_id = 2) order by a.id desc limit 50;
select count(*) from action a where (a.owner_person_id = 5 or a.owner_organisation_id = 2);
-- plan element filter (theme) with the subquery
explain analyze select a.id from action a where a.id in (select a2.id from action a2 join action_plan_link l on l.action_id = a2.id where l.element_kind = 'THEME' and l.element_id = 3) order by a.id desc limit 50;
rollback;
