"""`make bench`: the large-school data sets and the benchmark of DESIGN's performance targets."""
