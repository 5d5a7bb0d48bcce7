-- What the paper sources add beyond the papers table, and when each source last ran without a failure.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

-- One row per paper that a source said more about: the arXiv announce feed's announce type, and Hugging Face
-- Daily Papers' AI summary, AI keywords and code repository.
CREATE TABLE paper_extras (
    paper_id      VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES papers (id),
    announce_type VARCHAR(32)   NOT NULL, -- new | cross | replace | replace-cross, empty when unknown
    ai_summary    VARCHAR(4000) NOT NULL, -- empty when unknown
    ai_keywords   VARCHAR(4000) NOT NULL, -- one per line
    github_repo   VARCHAR(500)  NOT NULL, -- empty when unknown
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The next scheduled ingest of a source fetches from the day of its last complete run.
CREATE TABLE source_runs (
    source       VARCHAR(32) NOT NULL PRIMARY KEY, -- arxiv | arxiv-feed | hf
    last_success TIMESTAMP WITH TIME ZONE NOT NULL
);
