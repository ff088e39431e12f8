-- Run once by the postgres image's entrypoint, when the compose `db` service starts
-- with an empty data volume (see docker-compose.yml: ./db/init -> /docker-entrypoint-initdb.d).
--
-- The application's Flyway migrations own the schema: no tables, roles or data here.
-- This only prepares the database with extensions that need superuser rights to create,
-- so that later migrations can use them (accent-insensitive and fuzzy search).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
