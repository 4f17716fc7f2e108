-- A paper is now an uploaded file. Its bytes live in their own table, read only when someone downloads the
-- paper: the agenda, the meeting page and the record read the small "paper" row on every request, and must not
-- drag megabytes of PDF along with it (nor may a careless "select *" do so).
alter table paper add column file_name varchar(255);
alter table paper add column content_type varchar(150);
alter table paper add column size_bytes bigint;

create table paper_content (
    paper_id bigint primary key references paper(id) on delete cascade,
    bytes bytea not null
);
