-- Sentence embeddings of papers, per model. A cache: everything here can be recomputed from papers.
-- Vectors are little-endian float32 in base64 (portable across H2 and PostgreSQL).
CREATE TABLE paper_embeddings (
    paper_id VARCHAR(64)   NOT NULL,
    model    VARCHAR(64)   NOT NULL,
    vector   VARCHAR(8000) NOT NULL,
    PRIMARY KEY (paper_id, model)
);
