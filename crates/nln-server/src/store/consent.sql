-- nln-server schema, version 3: what each session's learner consented to, besides placement
-- (taking the test is for placement). 1 = consented, 0 = not; sessions before this had none.
ALTER TABLE sessions ADD COLUMN consent_research BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN consent_sharing BIGINT NOT NULL DEFAULT 0;
