-- The network results table averages every rate of a campaign and basis (about 150,000 rows at
-- national scale): with the structure and the rate in the index, PostgreSQL reads them from the
-- index alone (index-only scan) instead of visiting the table's pages. It replaces the narrower
-- index of V3, whose columns are its first three.
create index diagnostic_rate_results_idx on diagnostic_rate (network_id, campaign_id, basis)
    include (structure_id, theme_code, rate);
drop index diagnostic_rate_campaign_idx;
