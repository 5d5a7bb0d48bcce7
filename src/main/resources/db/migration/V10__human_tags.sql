-- A curator's tags are read on their own, by tag, whenever the tagger rebuilds its examples.
CREATE INDEX paper_tags_origin ON paper_tags (origin, tag);
