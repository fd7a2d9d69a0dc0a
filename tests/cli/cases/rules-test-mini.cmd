# Every example of a small pack passes.
args: rules test tests/cli/data/pack-mini
exit: 0
