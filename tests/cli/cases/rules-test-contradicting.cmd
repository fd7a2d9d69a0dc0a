# An example changed to contradict its rule fails, at the example's file:line:col.
args: rules test tests/cli/data/pack-contradicting
exit: 1
