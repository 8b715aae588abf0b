"""One module per group of operations (the spec's tags), imported on first use."""
