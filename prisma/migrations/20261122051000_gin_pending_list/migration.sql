-- The trigram indexes take new rows into their pending list (fastupdate, on by default) and merge it
-- into the index in bulk. With the default 4 MB list a 10,000-row sync fills it and merges inside the
-- sync's own transaction; at 32 MB the merge is left to autovacuum, in its own process, off the
-- sync's path (bench:sync). Searches read the pending list as well, so results never lag.
ALTER INDEX "Transaction_userId_description_idx" SET (gin_pending_list_limit = 32768);
ALTER INDEX "Transaction_userId_merchantName_idx" SET (gin_pending_list_limit = 32768);
