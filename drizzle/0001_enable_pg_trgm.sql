-- Custom SQL migration file, put your code below! --
-- Trigram indexes make the admin search (ILIKE '%text%' on names and emails) use an index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
