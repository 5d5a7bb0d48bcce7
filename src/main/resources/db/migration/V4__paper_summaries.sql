-- Summaries made outside the extractive summarizer: an LLM's, keyed by model and prompt version so a paper is
-- asked once per (model, prompt) and a new prompt asks afresh; or Hugging Face's ai_summary. No foreign key to
-- papers: a feed may deliver a paper's ai_summary before the paper row is written.
CREATE TABLE paper_summaries (
    paper_id       VARCHAR(64)   NOT NULL,
    model          VARCHAR(200)  NOT NULL,
    prompt_version VARCHAR(64)   NOT NULL,
    summary        VARCHAR(4000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (paper_id, model, prompt_version)
);
