-- Schema 5: an index on every foreign-key column that had none, so that deleting or merging a
-- row does not scan the tables that refer to it; and no index that a UNIQUE constraint
-- already provides.
CREATE INDEX hospital_by_merged_into ON hospital (merged_into);
CREATE INDEX import_record_by_edition ON import_record (edition_id);
CREATE INDEX checklist_assessment_by_template ON checklist_assessment (template_id);
CREATE INDEX checklist_answer_by_item ON checklist_answer (item_id);

-- UNIQUE (template_id, number) of checklist_item is this index already.
DROP INDEX checklist_item_by_template;
