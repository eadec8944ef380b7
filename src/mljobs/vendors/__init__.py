"""One module per vendor: its client classes, its job-state table and how its answers map to Job."""
